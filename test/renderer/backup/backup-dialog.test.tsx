import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AboutDialog } from '../../../renderer/features/about/AboutDialog.tsx';
import { BackupDialog } from '../../../renderer/features/backup/BackupDialog.tsx';
import { guardConnection } from '../../../renderer/features/backup/connection-guard.ts';
import { decodeBackup } from '../../../renderer/db/backup-format.ts';
import { createBackupFile } from '../../../renderer/db/backup.ts';
import { HelseDatabase, SCHEMA_VERSION, setDb } from '../../../renderer/db/database.ts';
import { periodRecord, snapshotDatabase } from '../../helpers/stored-records.ts';
import { setPlatform } from '../../../renderer/platform/index.ts';
import type { BackupStore, Platform } from '../../../renderer/platform/platform.ts';

let counter = 0;
const dbs: HelseDatabase[] = [];
function useFreshDb(): HelseDatabase {
  const db = new HelseDatabase(`hp-dialog-${Date.now()}-${counter++}`);
  dbs.push(db);
  setDb(db);
  return db;
}

afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  setDb(null);
  setPlatform(null);
});

function fakePlatform(pick: Uint8Array | null): Platform & { saved: { name: string; bytes: Uint8Array }[]; store: Map<string, Uint8Array> } {
  const saved: { name: string; bytes: Uint8Array }[] = [];
  const store = new Map<string, Uint8Array>();
  const backups: BackupStore = {
    write: async (n, b) => void store.set(n, b),
    list: async () => [...store.keys()].sort().reverse().map((name) => ({ name, size: store.get(name)!.length, modifiedAt: '' })),
    read: async (n) => store.get(n)!,
    remove: async (n) => void store.delete(n),
  };
  return {
    kind: 'electron',
    saved,
    store,
    openFiles: async () => (pick ? [{ name: 'kopi.hpbackup', bytes: pick }] : []),
    saveFile: async (name, bytes) => {
      saved.push({ name, bytes });
      return { savedAs: name };
    },
    appInfo: async () => ({ name: 'Helseportefølje', version: '9.9.9', electron: '45', chrome: '140', node: '22', platform: 'linux', userDataPath: '/home/u/.config/helseportefolje' }),
    backups,
  };
}

async function seed(db: HelseDatabase, name: string) {
  await db.settings.put({ key: 'profile', value: { name, organisation: 'NHN' }, v: 1, updatedAt: '2026-01-01T00:00:00.000Z' });
  await db.periods.put(periodRecord('2022-09'));
}

describe('«Sikkerhetskopi» dialog', () => {
  it('saves one checked backup file of the whole database', async () => {
    const db = useFreshDb();
    await seed(db, 'Kari');
    const platform = fakePlatform(null);
    setPlatform(platform);
    render(<BackupDialog reload={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Sikkerhetskopi' }));
    await userEvent.click(screen.getByRole('button', { name: /Lagre sikkerhetskopi/ }));
    await waitFor(() => expect(platform.saved).toHaveLength(1));
    expect(platform.saved[0]!.name).toMatch(/^helseportefolje-sikkerhetskopi-\d{4}-\d{2}-\d{2}\.hpbackup$/);
    const { header, snapshot } = await decodeBackup(platform.saved[0]!.bytes, SCHEMA_VERSION);
    expect(header.counts).toMatchObject({ settings: 1, periods: 1 });
    expect(snapshot.tables.settings).toHaveLength(1);
  });

  it('says the checksum detects damage, not tampering', async () => {
    useFreshDb();
    setPlatform(fakePlatform(null));
    render(<BackupDialog reload={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Sikkerhetskopi' }));
    expect(screen.getByText(/avslører skade .* men beskytter ikke mot at noen endrer/).textContent).toMatch(/Gjenopprett bare kopier du selv/);
  });

  it('refuses a corrupt file with a Norwegian message and leaves the data alone', async () => {
    const db = useFreshDb();
    await seed(db, 'Kari');
    const good = await createBackupFile('manuell', db);
    const corrupt = good.slice(0, good.length - 7);
    const before = await snapshotDatabase(db);
    setPlatform(fakePlatform(corrupt));
    render(<BackupDialog reload={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Sikkerhetskopi' }));
    await userEvent.click(screen.getByRole('button', { name: /Gjenopprett fra fil/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/kopi\.hpbackup: Sikkerhetskopien er avkortet/);
    expect(screen.queryByRole('button', { name: 'Gjenopprett' })).toBeNull();
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it('restores a picked file after confirmation, keeping the replaced data as an automatic backup', async () => {
    const db = useFreshDb();
    await seed(db, 'Gammel');
    const backup = await createBackupFile('manuell', db);
    await seed(db, 'Ny');
    const platform = fakePlatform(backup);
    setPlatform(platform);
    const reload = vi.fn();
    render(<BackupDialog reload={reload} />);
    await userEvent.click(screen.getByRole('button', { name: 'Sikkerhetskopi' }));
    await userEvent.click(screen.getByRole('button', { name: /Gjenopprett fra fil/ }));
    expect(await screen.findByText(/1 periode, 1 innstilling/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Gjenopprett' }));
    await waitFor(() => expect(reload).toHaveBeenCalled());
    expect((await db.settings.get('profile'))?.value).toEqual({ name: 'Gammel', organisation: 'NHN' });
    expect([...platform.store.keys()]).toEqual([expect.stringMatching(/^auto-.*-for-gjenoppretting\.hpbackup$/)]);
  });
});

describe('several windows on one database', () => {
  it('closes and asks for a reload when another window upgrades the schema', async () => {
    const db = useFreshDb();
    await db.open();
    const notify = vi.fn();
    const stop = guardConnection(db, notify, vi.fn());
    // A newer app version opening the same database bumps the version: this connection must yield.
    const { default: Dexie } = await import('dexie');
    const newer = new Dexie(db.name);
    newer.version(SCHEMA_VERSION + 1).stores({ settings: 'key', extra: 'id' });
    await newer.open();
    expect(newer.verno).toBe(SCHEMA_VERSION + 1);
    expect(notify).toHaveBeenCalledWith('warning', expect.stringMatching(/oppdatert i et annet vindu/));
    expect(db.isOpen()).toBe(false);
    newer.close();
    stop();
  });
});

describe('«Om» dialog', () => {
  it('shows the version and the licences of bundled libraries and fonts', async () => {
    setPlatform(fakePlatform(null));
    render(<AboutDialog />);
    await userEvent.click(screen.getByRole('button', { name: 'Om' }));
    expect(await screen.findByText(/Versjon 9\.9\.9/)).toBeInTheDocument();
    expect(await screen.findByText(/biblioteker og 1 skrift følger med/)).toBeInTheDocument();
    expect(screen.queryByText(/Noto Sans \(skrift\) – OFL-1\.1/)).toBeInTheDocument();
    expect(screen.queryByText(/^react \d+\.\d+\.\d+ – MIT$/)).toBeInTheDocument();
    expect(screen.queryByText(/\/home\/u\/\.config\/helseportefolje/)).toBeInTheDocument();
  });
});
