import { describe, expect, it, vi } from 'vitest';
import { createElectronPlatform } from '../../../renderer/platform/electron-platform.ts';
import type { DesktopBridge } from '../../../shared/ipc/contract.ts';

const base: DesktopBridge = {
  openFiles: async () => [],
  saveFile: async () => null,
  appInfo: async () => ({ name: '', version: '', electron: '', chrome: '', node: '', platform: '', userDataPath: '' }),
};

describe('Electron platform backups', () => {
  it('go through the backup channels of the bridge', async () => {
    const bridge: DesktopBridge = {
      ...base,
      writeBackup: vi.fn(async () => undefined),
      listBackups: vi.fn(async () => [{ name: 'auto-1.hpbackup', size: 1, modifiedAt: '' }]),
      readBackup: vi.fn(async () => new Uint8Array([7])),
      deleteBackup: vi.fn(async () => undefined),
    };
    const store = createElectronPlatform(bridge).backups!;
    await store.write('auto-1.hpbackup', new Uint8Array([1]));
    expect(bridge.writeBackup).toHaveBeenCalledWith({ name: 'auto-1.hpbackup', bytes: new Uint8Array([1]) });
    expect(await store.list()).toHaveLength(1);
    expect(Array.from(await store.read('auto-1.hpbackup'))).toEqual([7]);
    expect(bridge.readBackup).toHaveBeenCalledWith({ name: 'auto-1.hpbackup' });
    await store.remove('auto-1.hpbackup');
    expect(bridge.deleteBackup).toHaveBeenCalledWith({ name: 'auto-1.hpbackup' });
  });

  it('fall back to IndexedDB (no store from the platform) when the preload lacks the channels', () => {
    expect(createElectronPlatform(base).backups).toBeUndefined();
  });
});
