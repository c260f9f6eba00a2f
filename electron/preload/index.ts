import { contextBridge, ipcRenderer } from 'electron';
import { Channels } from '../../shared/ipc/contract.ts';
import type { DesktopBridge } from '../../shared/ipc/contract.ts';

// Named methods only: the renderer never sees ipcRenderer or any channel it could pick itself.
const bridge: DesktopBridge = {
  openFiles: (request) => ipcRenderer.invoke(Channels.filesOpen, request),
  saveFile: (request) => ipcRenderer.invoke(Channels.filesSave, request),
  appInfo: () => ipcRenderer.invoke(Channels.appInfo),
  reload: () => ipcRenderer.invoke(Channels.appReload),
  writeBackup: (request) => ipcRenderer.invoke(Channels.backupWrite, request),
  listBackups: () => ipcRenderer.invoke(Channels.backupList),
  readBackup: (request) => ipcRenderer.invoke(Channels.backupRead, request),
  deleteBackup: (request) => ipcRenderer.invoke(Channels.backupDelete, request),
};

contextBridge.exposeInMainWorld('helseportefolje', bridge);
