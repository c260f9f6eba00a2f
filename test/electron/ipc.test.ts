import { describe, expect, it, vi } from 'vitest';
import { createHandlers, dispatch } from '../../electron/main/ipc.ts';
import type { IpcDeps } from '../../electron/main/ipc.ts';
import { Channels, IpcLimits } from '../../shared/ipc/contract.ts';
import { APP_ENTRY } from '../../electron/main/security.ts';

const trusted = { frameUrl: APP_ENTRY, isMainFrame: true };

function fakeDeps(overrides: Partial<IpcDeps> = {}): IpcDeps {
  return {
    showOpenDialog: vi.fn(async () => ['/home/u/rapport.xlsx']),
    showSaveDialog: vi.fn(async () => '/home/u/sak.pdf'),
    readPickedFile: vi.fn(async () => new Uint8Array([1, 2, 3])),
    writeFile: vi.fn(async () => undefined),
    baseName: (p: string) => p.slice(p.lastIndexOf('/') + 1),
    appInfo: () => ({ name: 'Helseportefølje', version: '0.1.0', electron: '', chrome: '', node: '', platform: 'linux', userDataPath: '/x' }),
    ...overrides,
  };
}

describe('IPC handlers', () => {
  it('opens files through the dialog and returns names and bytes', async () => {
    const deps = fakeDeps();
    const files = await dispatch(createHandlers(deps), Channels.filesOpen, trusted, [{ kind: 'report', multiple: true }]);
    expect(files).toEqual([{ name: 'rapport.xlsx', bytes: new Uint8Array([1, 2, 3]) }]);
    expect(deps.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ multiple: true }));
  });

  it('reads each picked file through the limited reader, with the limit', async () => {
    const deps = fakeDeps();
    await dispatch(createHandlers(deps), Channels.filesOpen, trusted, [{ kind: 'report', multiple: false }]);
    // the reader gets the limit and enforces it on the opened handle (test/electron/read-limited.test.ts)
    expect(deps.readPickedFile).toHaveBeenCalledWith('/home/u/rapport.xlsx', 'rapport.xlsx', IpcLimits.maxFileBytes);
  });

  it('validates arguments before any side effect', async () => {
    const deps = fakeDeps();
    const handlers = createHandlers(deps);
    const bad: unknown[][] = [
      [],
      [null],
      [{ kind: 'passwords', multiple: false }],
      [{ kind: 'report', multiple: 'yes' }],
      [{ kind: 'report', multiple: false, path: '/etc/passwd' }],
      [{ kind: 'report', multiple: false }, 'extra'],
    ];
    for (const args of bad) {
      await expect(dispatch(handlers, Channels.filesOpen, trusted, args)).rejects.toThrow();
    }
    await expect(dispatch(handlers, Channels.filesSave, trusted, [{ suggestedName: 'a.pdf', bytes: 'text' }])).rejects.toThrow();
    await expect(dispatch(handlers, Channels.filesSave, trusted, [{ suggestedName: '', bytes: new Uint8Array() }])).rejects.toThrow();
    await expect(dispatch(handlers, Channels.appInfo, trusted, [1])).rejects.toThrow();
    expect(deps.showOpenDialog).not.toHaveBeenCalled();
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('saves bytes under a sanitised suggested name', async () => {
    const deps = fakeDeps();
    const result = await dispatch(createHandlers(deps), Channels.filesSave, trusted, [
      { suggestedName: '../../NUIT-sak 43/23.pdf', bytes: new Uint8Array([9]) },
    ]);
    expect(result).toEqual({ savedAs: 'sak.pdf' });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultName: '_.._NUIT-sak 43_23.pdf' }));
    expect(deps.writeFile).toHaveBeenCalledWith('/home/u/sak.pdf', new Uint8Array([9]));
  });

  it('returns null and writes nothing when the save dialog is cancelled', async () => {
    const deps = fakeDeps({ showSaveDialog: async () => null });
    expect(await dispatch(createHandlers(deps), Channels.filesSave, trusted, [{ suggestedName: 'a.xlsx', bytes: new Uint8Array() }])).toBeNull();
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('refuses unknown channels and untrusted senders', async () => {
    const handlers = createHandlers(fakeDeps());
    await expect(dispatch(handlers, 'shell:exec', trusted, [])).rejects.toThrow(/Ukjent kanal/);
    await expect(dispatch(handlers, '__proto__', trusted, [])).rejects.toThrow(/Ukjent kanal/);
    await expect(dispatch(handlers, Channels.appInfo, { frameUrl: 'https://evil.example/', isMainFrame: true }, [])).rejects.toThrow(/avsender/);
    await expect(dispatch(handlers, Channels.appInfo, { frameUrl: APP_ENTRY, isMainFrame: false }, [])).rejects.toThrow(/avsender/);
  });
});
