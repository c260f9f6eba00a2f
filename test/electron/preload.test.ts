import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Channels } from '../../shared/ipc/contract.ts';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => 'svar');

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke: (...args: unknown[]) => invoke(...args), on: vi.fn(), send: vi.fn() },
}));

beforeEach(() => invoke.mockClear());

describe('preload bridge', () => {
  it('exposes exactly the named methods, each bound to one fixed channel, and never ipcRenderer', async () => {
    await import('../../electron/preload/index.ts');
    expect(Object.keys(exposed)).toEqual(['helseportefolje']);
    const bridge = exposed.helseportefolje as Record<string, (...a: unknown[]) => Promise<unknown>>;
    expect(Object.keys(bridge).sort()).toEqual(['appInfo', 'deleteBackup', 'listBackups', 'openFiles', 'readBackup', 'reload', 'saveFile', 'writeBackup']);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');

    const calls: [string, unknown[], string][] = [
      ['openFiles', [{ kind: 'report', multiple: false }], Channels.filesOpen],
      ['saveFile', [{ suggestedName: 'a.pdf', bytes: new Uint8Array() }], Channels.filesSave],
      ['appInfo', [], Channels.appInfo],
      ['reload', [], Channels.appReload],
      ['writeBackup', [{ name: 'auto-1.hpbackup', bytes: new Uint8Array([1]) }], Channels.backupWrite],
      ['listBackups', [], Channels.backupList],
      ['readBackup', [{ name: 'auto-1.hpbackup' }], Channels.backupRead],
      ['deleteBackup', [{ name: 'auto-1.hpbackup' }], Channels.backupDelete],
    ];
    for (const [method, args, channel] of calls) {
      invoke.mockClear();
      await bridge[method]!(...args);
      expect(invoke).toHaveBeenCalledTimes(1);
      expect(invoke.mock.calls[0]![0]).toBe(channel);
    }
    // Every channel of the contract is reachable, and nothing else.
    expect(new Set(calls.map((c) => c[2]))).toEqual(new Set(Object.values(Channels)));
    // The renderer cannot pick a channel: extra arguments are not forwarded as a channel name.
    invoke.mockClear();
    await bridge.appInfo!('shell:exec');
    expect(invoke.mock.calls[0]![0]).toBe(Channels.appInfo);
  });
});
