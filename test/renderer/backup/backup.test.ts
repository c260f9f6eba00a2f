import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { describeStorageError, isQuotaError } from '../../../renderer/db/backup-errors.ts';
import { BACKUP_MAGIC, decodeBackup, encodeBackup } from '../../../renderer/db/backup-format.ts';
import {
  automaticBackupName,
  backupsToPrune,
  createBackupFile,
  KEEP_AUTOMATIC_BACKUPS,
  takeAutomaticBackup,
  takeDailyBackupIfDue,
} from '../../../renderer/db/backup.ts';
import { restoreBackup } from '../../../renderer/db/backup-restore.ts';
import { checkHeaderCounts } from '../../../renderer/db/backup-validate.ts';
import { describeCounts } from '../../../renderer/features/backup/backup-actions.ts';
import { caseRecord, initiativeChunks, periodRecord, snapshotDatabase } from '../../helpers/stored-records.ts';
import { createIndexedDbBackupStore } from '../../../renderer/db/backup-store.ts';
import { HelseDatabase, SCHEMA_VERSION, setDb } from '../../../renderer/db/database.ts';
import type { BackupStore } from '../../../renderer/platform/platform.ts';
import { BACKUP_NAME_PATTERN } from '../../../shared/ipc/contract.ts';

let counter = 0;
const freshName = () => `hp-backup-${Date.now()}-${counter++}`;
const open: HelseDatabase[] = [];

function newDb(): HelseDatabase {
  const db = new HelseDatabase(freshName());
  open.push(db);
  return db;
}

afterEach(() => {
  for (const db of open.splice(0)) db.close();
  setDb(null);
});

function memoryStore(): BackupStore & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    write: async (name, bytes) => void files.set(name, bytes),
    list: async () =>
      [...files.entries()]
        .map(([name, b]) => ({ name, size: b.length, modifiedAt: new Date(0).toISOString() }))
        .sort((a, b) => (a.name < b.name ? 1 : -1)),
    read: async (name) => files.get(name) ?? new Uint8Array(),
    remove: async (name) => void files.delete(name),
  };
}

async function fill(db: HelseDatabase, label: string): Promise<void> {
  await db.settings.put({ key: 'profile', value: { name: label, organisation: 'NHN' }, v: 1, updatedAt: '2026-01-01T00:00:00.000Z' });
  await db.periods.put(periodRecord('2022-09', { importedAt: `2026-01-02T00:00:00.000Z`, metadata: { tittel: `Rapport ${label}` } }));
  await db.periodData.bulkPut(initiativeChunks('2022-09', label));
  await db.cases.put(caseRecord());
  const c = caseRecord();
  await db.caseVersions.add({ caseId: c.id, createdAt: '2026-01-03T00:00:00.000Z', label: 'sendt NUIT', named: true, v: 1, doc: c.doc });
}

describe('backup file', () => {
  it('round-trips dates and bytes through the file format', async () => {
    const tables = { settings: [{ key: 'x', v: 1, updatedAt: '', value: { when: new Date('2026-01-03T10:00:00Z'), bytes: new Uint8Array([1, 2, 3]), floats: new Float64Array([0.1, -2]) } }] };
    const { snapshot } = await decodeBackup(await encodeBackup({ schemaVersion: SCHEMA_VERSION, tables }, { createdAt: '', reason: 'manuell' }), SCHEMA_VERSION);
    const value = (snapshot.tables.settings![0] as { value: { when: Date; bytes: Uint8Array; floats: unknown } }).value;
    expect(value.when).toBeInstanceOf(Date);
    expect(Array.from(value.bytes)).toEqual([1, 2, 3]);
    expect(Object.prototype.toString.call(value.floats)).toBe('[object Float64Array]');
  });

  it('reads and encodes the database a row at a time into the same bytes as encoding a whole snapshot', async () => {
    const db = newDb();
    await fill(db, 'Kari');
    await db.settings.put({ key: 'dated', value: { when: new Date('2026-01-03T10:00:00Z'), bytes: new Uint8Array([1, 2, 3]) }, v: 1, updatedAt: '' });
    const now = new Date('2026-02-01T12:00:00Z');
    const whole = await encodeBackup(await snapshotDatabase(db), { createdAt: now.toISOString(), reason: 'manuell' });
    expect(await createBackupFile('manuell', db, now)).toEqual(whole);
  });

  it('round-trips every table', async () => {
    const db = newDb();
    await fill(db, 'Kari');
    const original = await snapshotDatabase(db);
    const bytes = await createBackupFile('manuell', db);
    expect(new TextDecoder().decode(bytes.subarray(0, BACKUP_MAGIC.length))).toBe(BACKUP_MAGIC);

    await db.transaction('rw', db.tables, async () => {
      for (const t of db.tables) await t.clear();
    });
    await fill(db, 'Endret');
    const store = memoryStore();
    await restoreBackup(bytes, { db, store });
    expect(await snapshotDatabase(db)).toEqual(original);
    // The data that was replaced is itself kept as an automatic backup.
    const names = [...store.files.keys()];
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/for-gjenoppretting/);
  });

  it('refuses corrupt, truncated, foreign and wrong-version files without touching the live data', async () => {
    const db = newDb();
    await fill(db, 'Kari');
    const good = await createBackupFile('manuell', db);
    await db.settings.put({ key: 'marker', value: 'live', v: 1, updatedAt: '2026-02-01T00:00:00.000Z' });
    const before = await snapshotDatabase(db);

    const flipped = good.slice();
    flipped[flipped.length - 20]! ^= 0x04;
    const text = new TextDecoder().decode(good);
    const withHeader = (patch: (h: Record<string, unknown>) => void) => {
      const [magic, header, ...rest] = text.split('\n');
      const h = JSON.parse(header!) as Record<string, unknown>;
      patch(h);
      return new TextEncoder().encode([magic, JSON.stringify(h), rest.join('\n')].join('\n'));
    };
    const cases: [string, Uint8Array, RegExp][] = [
      ['empty', new Uint8Array(), /ikke en sikkerhetskopi/],
      ['png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /ikke en sikkerhetskopi/],
      ['bit flip', flipped, /kontrollsummen/],
      ['truncated', good.subarray(0, good.length - 100), /avkortet/],
      ['header only', good.subarray(0, text.indexOf('\n', BACKUP_MAGIC.length + 1) + 1), /avkortet/],
      ['cut in header', good.subarray(0, BACKUP_MAGIC.length + 10), /avkortet/],
      ['trailing garbage', new Uint8Array([...good, 0x7b]), /uventet innhold/],
      ['format version', withHeader((h) => (h.formatVersion = 99)), /formatversjon 99/],
      ['newer schema', withHeader((h) => (h.schemaVersion = SCHEMA_VERSION + 1)), /nyere versjon/],
      ['broken header', new TextEncoder().encode(`${BACKUP_MAGIC}\n{"formatVersion":1,\n{}`), /skadet/],
    ];
    for (const [label, bytes, message] of cases) {
      const store = memoryStore();
      await expect(restoreBackup(bytes, { db, store }), label).rejects.toThrow(message);
      expect(store.files.size, label).toBe(0);
    }
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it('leaves the database exactly as before when a write fails half-way (full disk)', async () => {
    const db = newDb();
    await fill(db, 'Kari');
    const backup = await createBackupFile('manuell', db);
    await fill(db, 'Nyere');
    const before = await snapshotDatabase(db);
    // The restore clears every table, then fails while writing periodData, as a full disk would.
    const fail = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    db.periodData.hook('creating', fail);
    let caught: unknown;
    try {
      await restoreBackup(backup, { db, store: memoryStore() });
    } catch (err) {
      caught = err;
    }
    db.periodData.hook('creating').unsubscribe(fail);
    expect(caught, String(caught)).toBeDefined();
    expect(isQuotaError(caught), String(caught)).toBe(true);
    expect(describeStorageError(caught, 'gjenopprettingen')).toMatch(/ikke mer lagringsplass.*Tidligere data er uendret/);
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it('restores a backup taken under schema version 1', async () => {
    const db = newDb();
    const v1 = await encodeBackup(
      { schemaVersion: 1, tables: { settings: [{ key: 'profile', value: { name: 'Ola', organisation: 'Helse Nord' } }] } },
      { createdAt: '2025-01-01T00:00:00.000Z', reason: 'manuell' },
    );
    const { header } = await decodeBackup(v1, SCHEMA_VERSION);
    expect(header.schemaVersion).toBe(1);
    await restoreBackup(v1, { db, store: memoryStore() });
    expect(await db.settings.get('profile')).toEqual({
      key: 'profile',
      value: { name: 'Ola', organisation: 'Helse Nord' },
      v: 1,
      updatedAt: new Date(0).toISOString(),
    });
  });
});

describe('automatic backups', () => {
  it('keeps the newest ones, with names main accepts', async () => {
    const db = newDb();
    await fill(db, 'Kari');
    const store = memoryStore();
    const start = Date.parse('2026-03-01T08:00:00Z');
    for (let i = 0; i < KEEP_AUTOMATIC_BACKUPS + 5; i++) {
      const r = await takeAutomaticBackup('før import', { db, store, now: new Date(start + i * 60_000) });
      expect(r.ok).toBe(true);
    }
    const names = [...store.files.keys()].sort();
    expect(names).toHaveLength(KEEP_AUTOMATIC_BACKUPS);
    expect(KEEP_AUTOMATIC_BACKUPS).toBeGreaterThanOrEqual(10);
    expect(names[0]).toBe(automaticBackupName('før import', new Date(start + 5 * 60_000)));
    for (const n of names) expect(n).toMatch(BACKUP_NAME_PATTERN);
    expect(backupsToPrune([{ name: 'helseportefolje-sikkerhetskopi-2026-01-01.hpbackup', size: 1, modifiedAt: '' }], 0)).toEqual([]);
  });

  it('takes one daily backup per day and none of an empty database', async () => {
    const empty = newDb();
    const store = memoryStore();
    expect(await takeAutomaticBackup('før import', { db: empty, store })).toEqual({ ok: true, name: null });
    const db = newDb();
    await fill(db, 'Kari');
    const day = new Date('2026-03-02T09:00:00Z');
    expect((await takeDailyBackupIfDue({ db, store, now: day })).ok).toBe(true);
    expect(await takeDailyBackupIfDue({ db, store, now: new Date('2026-03-02T15:00:00Z') })).toEqual({ ok: true, name: null });
    await takeDailyBackupIfDue({ db, store, now: new Date('2026-03-03T09:00:00Z') });
    expect(store.files.size).toBe(2);
  });

  it('lets the daily backup be prepared elsewhere (the app: a worker) and reports a failure there in words', async () => {
    const store = memoryStore();
    const day = new Date('2026-03-04T09:00:00Z');
    const seen: string[] = [];
    const r = await takeDailyBackupIfDue({ store, now: day, prepare: async (reason) => (seen.push(reason), { name: 'auto-20260304-090000000-daglig.hpbackup', bytes: new Uint8Array([1, 2, 3]) }) });
    expect(r).toEqual({ ok: true, name: 'auto-20260304-090000000-daglig.hpbackup' });
    expect(seen).toEqual(['daglig']);
    expect([...store.files.keys()]).toEqual(['auto-20260304-090000000-daglig.hpbackup']);
    const failed = await takeDailyBackupIfDue({ store: memoryStore(), now: day, prepare: () => Promise.reject(new Error('Arbeideren stoppet')) });
    expect(failed.ok).toBe(false);
  });

  it('reports a full store instead of throwing, and keeps the live data', async () => {
    const db = newDb();
    await fill(db, 'Kari');
    const before = await snapshotDatabase(db);
    const full: BackupStore = {
      ...memoryStore(),
      write: () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')),
    };
    const r = await takeAutomaticBackup('før import', { db, store: full });
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/ikke mer lagringsplass/) });
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it('keeps browser-build backups in a separate IndexedDB database', async () => {
    const store = createIndexedDbBackupStore(freshName());
    await store.write('auto-20260301-080000000-daglig.hpbackup', new Uint8Array([1, 2]));
    await store.write('auto-20260302-080000000-daglig.hpbackup', new Uint8Array([3]));
    expect((await store.list()).map((e) => e.name)).toEqual(['auto-20260302-080000000-daglig.hpbackup', 'auto-20260301-080000000-daglig.hpbackup']);
    expect(Array.from(await store.read('auto-20260301-080000000-daglig.hpbackup'))).toEqual([1, 2]);
    await store.remove('auto-20260301-080000000-daglig.hpbackup');
    expect(await store.list()).toHaveLength(1);
  });

  it('reads browser-build backups written as bytes before they were kept as Blobs', async () => {
    const name = freshName();
    const old = new Dexie(name);
    old.version(1).stores({ files: 'name' });
    await old.table('files').put({ name: 'auto-20260301-080000000-daglig.hpbackup', bytes: new Uint8Array([7, 8]), size: 2, modifiedAt: '2026-03-01T08:00:00.000Z' });
    old.close();
    const store = createIndexedDbBackupStore(name);
    await store.write('auto-20260302-080000000-daglig.hpbackup', new Uint8Array([9]));
    expect(await store.list()).toEqual([
      { name: 'auto-20260302-080000000-daglig.hpbackup', size: 1, modifiedAt: expect.any(String) },
      { name: 'auto-20260301-080000000-daglig.hpbackup', size: 2, modifiedAt: '2026-03-01T08:00:00.000Z' },
    ]);
    expect(Array.from(await store.read('auto-20260301-080000000-daglig.hpbackup'))).toEqual([7, 8]);
    expect(Array.from(await store.read('auto-20260302-080000000-daglig.hpbackup'))).toEqual([9]);
  });
});

describe('sha256', () => {
  it('matches known digests at block boundaries', async () => {
    const { createHash } = await import('node:crypto');
    const { sha256 } = await import('../../../renderer/db/backup-sha256.ts');
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 100_003]) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 31 + n) & 0xff);
      expect(sha256(bytes), `length ${n}`).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });
});

describe('backup counts in words', () => {
  it('groups thousands and uses the singular for one only', () => {
    expect(describeCounts({ periods: 1, cases: 1200, caseVersions: 0, savedViews: 2 })).toBe('1 periode, 1\u00a0200 saker, 2 lagrede visninger');
    expect(describeCounts({})).toBe('ingen data');
  });

  it('says a damaged header’s counts the same way', () => {
    expect(() => checkHeaderCounts({ periods: 12000 }, { periods: 11999 })).toThrow('hodet oppgir 12\u00a0000 perioder, men innholdet har 11\u00a0999.');
    expect(() => checkHeaderCounts({ cases: 1 }, { cases: 2 })).toThrow('hodet oppgir 1 sak, men innholdet har 2.');
    expect(() => checkHeaderCounts({ periods: 'mange' }, { periods: 2 })).toThrow('hodet oppgir mange perioder, men innholdet har 2.');
  });
});
