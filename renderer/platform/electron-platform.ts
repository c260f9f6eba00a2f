import type { DesktopBridge } from '../../shared/ipc/contract.ts';
import type { BackupStore, Platform } from './platform.ts';

export function createElectronPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'electron',
    openFiles: (kind, options) => bridge.openFiles({ kind, multiple: options?.multiple ?? false }),
    saveFile: (suggestedName, bytes) => bridge.saveFile({ suggestedName, bytes }),
    appInfo: () => bridge.appInfo(),
    reload: bridge.reload ? () => bridge.reload!() : undefined,
    backups: backupsOf(bridge),
  };
}

/** The userData/backups folder through the bridge, when the preload offers it. */
function backupsOf(bridge: DesktopBridge): BackupStore | undefined {
  const { writeBackup, listBackups, readBackup, deleteBackup } = bridge;
  if (!writeBackup || !listBackups || !readBackup || !deleteBackup) return undefined;
  return {
    write: (name, bytes) => writeBackup({ name, bytes }),
    list: () => listBackups(),
    read: (name) => readBackup({ name }),
    remove: (name) => deleteBackup({ name }),
  };
}
