import Dexie from 'dexie';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackupFile } from '../../../renderer/db/backup.ts';
import { snapshotDatabase } from '../../helpers/stored-records.ts';
import { restoreBackup } from '../../../renderer/db/backup-restore.ts';
import { HelseDatabase, SCHEMA_VERSION, setDb } from '../../../renderer/db/database.ts';
import { restoreSetting } from '../../../renderer/db/restore.ts';
import { loadProfile, loadSetting } from '../../../renderer/db/settings-repo.ts';

interface SchemaFixture {
  schemaVersion: number;
  stores: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}

const DIR = 'test/fixtures/robustness';
const fixtures = readdirSync(DIR)
  .filter((f) => /^schema-v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as SchemaFixture);

let counter = 0;
const open: Dexie[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
  setDb(null);
});

/** Writes a fixture exactly as that schema version of the app would have (raw Dexie, old stores). */
async function writeOld(fx: SchemaFixture): Promise<string> {
  const name = `hp-migrate-v${fx.schemaVersion}-${Date.now()}-${counter++}`;
  const old = new Dexie(name);
  old.version(fx.schemaVersion).stores(fx.stores);
  await old.open();
  for (const [table, rows] of Object.entries(fx.tables)) await old.table(table).bulkAdd(rows);
  old.close();
  return name;
}

describe('schema migrations from fixtures', () => {
  it('has a fixture for every earlier schema version', () => {
    const versions = fixtures.map((f) => f.schemaVersion).sort((a, b) => a - b);
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(versions, `test/fixtures/robustness/schema-v${v}.json`).toContain(v);
  });

  for (const fx of fixtures) {
    it(`opens data written by schema version ${fx.schemaVersion} under version ${SCHEMA_VERSION} without losing a row`, async () => {
      const name = await writeOld(fx);
      const db = new HelseDatabase(name);
      open.push(db);
      setDb(db);
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSION);
      for (const [table, rows] of Object.entries(fx.tables)) {
        expect(await db.table(table).count(), table).toBe(rows.length);
      }
      for (const row of await db.settings.toArray()) {
        const restored = restoreSetting(row);
        expect(restored, row.key).not.toBeNull();
        expect(typeof restored!.v).toBe('number');
        expect(Number.isNaN(Date.parse(restored!.updatedAt))).toBe(false);
      }
      if (fx.tables.settings?.some((r) => r.key === 'profile')) {
        const expected = fx.tables.settings.find((r) => r.key === 'profile')!.value as { name: string; organisation: string };
        expect(await loadProfile()).toEqual(expected);
      }
      expect(await loadSetting('columns')).toEqual(fx.tables.settings?.find((r) => r.key === 'columns')?.value);
      // Nothing was polluted by a stored "__proto__" key.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      // The upgraded data backs up and restores unchanged.
      const snap = await snapshotDatabase(db);
      const bytes = await createBackupFile('test', db);
      const store = new Map<string, Uint8Array>();
      await restoreBackup(bytes, {
        db,
        store: { write: async (n, b) => void store.set(n, b), list: async () => [], read: async () => new Uint8Array(), remove: async () => undefined },
      });
      expect(await snapshotDatabase(db)).toEqual(snap);
    });
  }
});
