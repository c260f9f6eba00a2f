import type { DesktopBridge } from '../../shared/ipc/contract.ts';
import type { Platform } from './platform.ts';

export function createElectronPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'electron',
    openFiles: (kind, options) => bridge.openFiles({ kind, multiple: options?.multiple ?? false }),
    saveFile: (suggestedName, bytes) => bridge.saveFile({ suggestedName, bytes }),
    appInfo: () => bridge.appInfo(),
    backups: {
      write: (name, bytes) => bridge.writeBackup({ name, bytes }),
      list: () => bridge.listBackups(),
      read: (name) => bridge.readBackup({ name }),
      remove: (name) => bridge.deleteBackup({ name }),
    },
  };
}
