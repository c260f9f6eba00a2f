import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeBackup } from '../../../renderer/db/backup-format.ts';
import { inspectBackup, restoreBackup } from '../../../renderer/db/backup-restore.ts';
import { createBackupFile } from '../../../renderer/db/backup.ts';
import { HelseDatabase, SCHEMA_VERSION, setDb } from '../../../renderer/db/database.ts';
import { savePeriod } from '../../../renderer/db/periods-repo.ts';
import type { BackupStore } from '../../../renderer/platform/platform.ts';
import { importPortfolio } from '../../../shared/import/index.ts';
import { caseRecord, initiativeChunks, periodRecord, snapshotDatabase } from '../../helpers/stored-records.ts';

let counter = 0;
const open: HelseDatabase[] = [];
function newDb(): HelseDatabase {
  const db = new HelseDatabase(`hp-restore-check-${Date.now()}-${counter++}`);
  open.push(db);
  setDb(db);
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
    list: async () => [...files.keys()].map((name) => ({ name, size: 0, modifiedAt: '' })),
    read: async (name) => files.get(name)!,
    remove: async (name) => void files.delete(name),
  };
}

const EMPTY = { settings: [], periods: [], periodData: [], cases: [], caseVersions: [], savedViews: [] };

/** A backup with a correct checksum over whatever tables it is given; `counts` overrides the header's. */
async function forge(tables: Record<string, unknown[]>, counts?: Record<string, number>): Promise<Uint8Array> {
  const bytes = await encodeBackup({ schemaVersion: SCHEMA_VERSION, tables }, { createdAt: '2026-01-01T00:00:00.000Z', reason: 'manuell' });
  if (!counts) return bytes;
  const text = new TextDecoder().decode(bytes);
  const [magic, header, ...rest] = text.split('\n');
  const h = { ...(JSON.parse(header!) as Record<string, unknown>), counts };
  return new TextEncoder().encode([magic, JSON.stringify(h), rest.join('\n')].join('\n'));
}

async function filled(): Promise<HelseDatabase> {
  const db = newDb();
  await db.settings.put({ key: 'profile', value: { name: 'Kari', organisation: 'NHN' }, v: 1, updatedAt: '2026-01-01T00:00:00.000Z' });
  await db.periods.put(periodRecord('2022-09'));
  await db.periodData.bulkPut(initiativeChunks('2022-09', 'Kari'));
  await db.cases.put(caseRecord());
  return db;
}

async function expectRefused(bytes: Uint8Array, message: RegExp): Promise<void> {
  const db = await filled();
  const before = await snapshotDatabase(db);
  const store = memoryStore();
  await expect(restoreBackup(bytes, { db, store })).rejects.toThrow(message);
  expect(store.files.size).toBe(0);
  expect(await snapshotDatabase(db)).toEqual(before);
}

describe('restore checks every record before anything is cleared', () => {
  it('refuses empty tables behind a header that counts 1 period and 1 case', async () => {
    await expectRefused(await forge(EMPTY, { periods: 1, cases: 1 }), /hodet oppgir 1 periode, men innholdet har 0/);
  });

  it('shows the counts of the payload', async () => {
    const { counts } = await inspectBackup(await forge({ ...EMPTY, periods: [periodRecord()] }));
    expect(counts).toMatchObject({ periods: 1, cases: 0, periodData: 0 });
  });

  it('refuses a backup missing a table', async () => {
    const { cases: _c, ...noCases } = EMPTY;
    await expectRefused(await forge({ ...noCases, periods: [periodRecord()] }), /tabellen «saker» mangler/);
  });

  it('refuses an object as a tiltak name, naming table, record and row', async () => {
    const chunks = initiativeChunks('2022-09', 'x');
    (chunks[1]!.rows[0] as Record<string, unknown>).name = { toString: 1 };
    await expectRefused(await forge({ ...EMPTY, periods: [periodRecord()], periodData: chunks }), /periodedata, post 2: rad 1 \(initiatives\): feltet «name» er ugyldig/);
  });

  it('refuses an unknown segment, an infinite amount and rows of a period not in the backup', async () => {
    const chunks = initiativeChunks('2022-09', 'x');
    (chunks[0]!.rows[0] as Record<string, unknown>).segment = 'alle';
    await expectRefused(await forge({ ...EMPTY, periods: [periodRecord()], periodData: chunks }), /feltet «segment» er ugyldig/);
    const opex = [{ periodId: '2022-09', part: 'opex', chunk: 0, v: 1, rows: [{ solution: 'x', initiativeName: 'y', initiativeNr: null, years: { '2024': { kind: 'amount', kNok: 1e300 } }, note: null, extra: {}, source: null }] }];
    await expectRefused(await forge({ ...EMPTY, periods: [periodRecord()], periodData: opex }), /opex/);
    await expectRefused(await forge({ ...EMPTY, periodData: initiativeChunks('2022-09', 'x') }), /perioden 2022-09, som ikke finnes/);
  });

  it('refuses a period key that is not a year and a month', async () => {
    await expectRefused(await forge({ ...EMPTY, periods: [periodRecord('9999-99')] }), /perioder, post 1/);
    await expectRefused(await forge({ ...EMPTY, periods: [periodRecord('<b>x</b>')] }), /perioder, post 1/);
  });

  it('refuses a case that would not open and a duplicate key', async () => {
    const bad = caseRecord();
    (bad.doc as Record<string, unknown>).years = [];
    await expectRefused(await forge({ ...EMPTY, cases: [bad] }), /saker, post 1: saken kan ikke åpnes/);
    await expectRefused(await forge({ ...EMPTY, cases: [caseRecord(), caseRecord()] }), /saker, post 2: nøkkelen finnes allerede/);
    await expectRefused(await forge({ ...EMPTY, settings: [{ key: 7 }] }), /innstillinger, post 1/);
  });

  it('restores what a real import stored', async () => {
    const db = newDb();
    const bytes = new Uint8Array(readFileSync('assets/examples/portefolje-2022-09.xlsx'));
    const r = importPortfolio([{ name: 'portefolje-2022-09.xlsx', bytes }]);
    await savePeriod(r.report!, { files: [], importedAt: '2026-01-01T00:00:00.000Z' });
    await db.cases.put(caseRecord());
    const backup = await createBackupFile('manuell', db);
    const before = await snapshotDatabase(db);
    const { counts } = await restoreBackup(backup, { db, store: memoryStore() });
    expect(counts.periods).toBe(1);
    expect(await snapshotDatabase(db)).toEqual(before);
  });
});
