import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupDir } from '../../electron/main/backup-dir.ts';
import { createHandlers, dispatch } from '../../electron/main/ipc.ts';
import type { IpcDeps } from '../../electron/main/ipc.ts';
import { APP_ENTRY } from '../../electron/main/security.ts';
import { Channels, IpcLimits } from '../../shared/ipc/contract.ts';

const trusted = { frameUrl: APP_ENTRY, isMainFrame: true };
const deps: IpcDeps = {
  showOpenDialog: async () => [],
  showSaveDialog: async () => null,
  readPickedFile: async () => new Uint8Array(),
  writeFile: async () => undefined,
  baseName: (p) => p,
  appInfo: () => ({ name: '', version: '', electron: '', chrome: '', node: '', platform: '', userDataPath: '' }),
};

let root: string;
let dir: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'hp-backups-'));
  dir = join(root, 'backups');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const name = 'auto-20260301-080000000-for-import.hpbackup';

describe('backup channels', () => {
  it('write, list, read and delete files inside userData/backups only', async () => {
    const handlers = createHandlers(deps, createBackupDir(dir, fsp, join));
    await dispatch(handlers, Channels.backupWrite, trusted, [{ name, bytes: new Uint8Array([1, 2, 3]) }]);
    expect(await readdir(dir)).toEqual([name]);
    // Stray files in the folder are never listed or served.
    await writeFile(join(dir, 'notes.txt'), 'x');
    const list = (await dispatch(handlers, Channels.backupList, trusted, [])) as { name: string; size: number }[];
    expect(list.map((e) => [e.name, e.size])).toEqual([[name, 3]]);
    expect(Array.from((await dispatch(handlers, Channels.backupRead, trusted, [{ name }])) as Uint8Array)).toEqual([1, 2, 3]);
    await dispatch(handlers, Channels.backupDelete, trusted, [{ name }]);
    expect(await readdir(dir)).toEqual(['notes.txt']);
  });

  it('refuses names that could leave the folder, bad payloads and extra arguments', async () => {
    const handlers = createHandlers(deps, createBackupDir(dir, fsp, join));
    const bad: [string, unknown[]][] = [
      [Channels.backupWrite, [{ name: '../evil.hpbackup', bytes: new Uint8Array([1]) }]],
      [Channels.backupWrite, [{ name: '..\\evil.hpbackup', bytes: new Uint8Array([1]) }]],
      [Channels.backupWrite, [{ name: '/etc/passwd', bytes: new Uint8Array([1]) }]],
      [Channels.backupWrite, [{ name: 'a.exe', bytes: new Uint8Array([1]) }]],
      [Channels.backupWrite, [{ name: 'AUTO.hpbackup', bytes: new Uint8Array([1]) }]],
      [Channels.backupWrite, [{ name, bytes: 'tekst' }]],
      [Channels.backupWrite, [{ name, bytes: new Uint8Array() }]],
      [Channels.backupWrite, [{ name, bytes: new Uint8Array([1]), path: '/tmp' }]],
      [Channels.backupWrite, [{ name, bytes: new Uint8Array([1]) }, 'extra']],
      [Channels.backupWrite, []],
      [Channels.backupRead, [{ name: '../../window-state.json' }]],
      [Channels.backupRead, ['auto.hpbackup']],
      [Channels.backupDelete, [{ name: '.hpbackup' }]],
      [Channels.backupList, [{}]],
    ];
    for (const [channel, args] of bad) {
      await expect(dispatch(handlers, channel, trusted, args), `${channel} ${JSON.stringify(args)}`).rejects.toThrow();
    }
    await expect(readdir(dir)).rejects.toThrow();
  });

  it('refuses an oversized backup without writing', async () => {
    const handlers = createHandlers(deps, createBackupDir(dir, fsp, join));
    const big = { byteLength: IpcLimits.maxBackupBytes + 1 };
    Object.setPrototypeOf(big, Uint8Array.prototype);
    await expect(dispatch(handlers, Channels.backupWrite, trusted, [{ name, bytes: big }])).rejects.toThrow(/for stor/);
  });

  it('reports a full disk in Norwegian and leaves no partial file', async () => {
    const fullFs = {
      ...fsp,
      writeFile: async () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
    } as unknown as typeof fsp;
    const handlers = createHandlers(deps, createBackupDir(dir, fullFs, join));
    await expect(dispatch(handlers, Channels.backupWrite, trusted, [{ name, bytes: new Uint8Array([1]) }])).rejects.toThrow(
      /Disken er full/,
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('answers only the app\'s own top frame, and refuses channels it does not know', async () => {
    const handlers = createHandlers(deps, createBackupDir(dir, fsp, join));
    for (const sender of [
      { frameUrl: 'https://evil.example/index.html', isMainFrame: true },
      { frameUrl: 'file:///etc/index.html', isMainFrame: true },
      { frameUrl: APP_ENTRY, isMainFrame: false },
      { frameUrl: undefined, isMainFrame: true },
    ]) {
      await expect(dispatch(handlers, Channels.backupList, sender, [])).rejects.toThrow(/avsender/);
    }
    for (const channel of ['backup:exec', 'constructor', 'toString', 'hasOwnProperty', 'files:openExternal', '']) {
      await expect(dispatch(handlers, channel, trusted, [])).rejects.toThrow(/Ukjent kanal/);
    }
  });

  it('refuses backup calls when main has no backup folder', async () => {
    const handlers = createHandlers(deps);
    await expect(dispatch(handlers, Channels.backupList, trusted, [])).rejects.toThrow(/ikke tilgjengelige/);
  });

  it('writes atomically: the final name appears only complete', async () => {
    const backups = createBackupDir(dir, fsp, join);
    await backups.writeAtomic(name, new Uint8Array(1000).fill(7));
    expect((await readFile(join(dir, name))).length).toBe(1000);
    expect((await readdir(dir)).some((n) => n.endsWith('.tmp'))).toBe(false);
  });
});

describe('app:reload', () => {
  it('reloads the window from main, takes no arguments, and is refused without a window', async () => {
    let reloads = 0;
    const handlers = createHandlers(deps, undefined, { reload: () => reloads++ });
    await dispatch(handlers, Channels.appReload, trusted, []);
    expect(reloads).toBe(1);
    await expect(dispatch(handlers, Channels.appReload, trusted, ['https://evil.example/'])).rejects.toThrow(/ingen argumenter/);
    await expect(dispatch(handlers, Channels.appReload, { frameUrl: 'https://evil.example/', isMainFrame: true }, [])).rejects.toThrow(/avsender/);
    expect(reloads).toBe(1);
    await expect(dispatch(createHandlers(deps), Channels.appReload, trusted, [])).rejects.toThrow(/ikke tilgjengelig/);
  });
});

describe('backup folder caps in main', () => {
  it('keeps at most the count and total size, dropping the oldest, never the new one', async () => {
    const backups = createBackupDir(dir, fsp, join, { maxCount: 3, maxTotalBytes: 25 });
    for (let i = 0; i < 5; i++) {
      await backups.writeAtomic(`auto-2026030${i}-080000000-daglig.hpbackup`, new Uint8Array(5));
      await new Promise((r) => setTimeout(r, 5));
    }
    expect((await backups.list()).map((e) => e.name)).toEqual([
      'auto-20260304-080000000-daglig.hpbackup',
      'auto-20260303-080000000-daglig.hpbackup',
      'auto-20260302-080000000-daglig.hpbackup',
    ]);
    await backups.writeAtomic('auto-20260305-080000000-daglig.hpbackup', new Uint8Array(20));
    expect((await backups.list()).map((e) => e.name)).toEqual(['auto-20260305-080000000-daglig.hpbackup', 'auto-20260304-080000000-daglig.hpbackup']);
  });
  it('refuses a backup larger than the folder may hold', async () => {
    const backups = createBackupDir(dir, fsp, join, { maxCount: 3, maxTotalBytes: 10 });
    await expect(backups.writeAtomic(name, new Uint8Array(11))).rejects.toThrow(/for stor/);
  });
});
