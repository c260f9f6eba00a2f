// Valid stored records for backup and restore tests: what the repositories write, built by hand so a
// test can put exactly these rows in a database or a backup payload.
import type { BackupSnapshot } from '../../renderer/db/backup-format.ts';
import { SCHEMA_VERSION } from '../../renderer/db/database.ts';
import type { CaseRecord, HelseDatabase, PeriodDataRecord, PeriodRecord } from '../../renderer/db/database.ts';
import { budgetCase, frame, line } from './budget-case.ts';
import { initiative } from './portfolio-builders.ts';

/** A period record as periods-repo stores it. */
export function periodRecord(key = '2022-09', over: Record<string, unknown> = {}): PeriodRecord {
  return {
    id: key,
    key,
    importedAt: '2026-01-02T00:00:00.000Z',
    v: 1,
    period: { key, label: 'September 2022', reportDate: null, title: 'Rapport', reconstructed: false, notes: null },
    provenance: { files: [{ name: 'rapport.xlsx', sha256: 'ab'.repeat(32), bytes: 1 }], importedAt: '2026-01-02T00:00:00.000Z' },
    summary: { initiatives: 2, active: 2, dependencies: 0, opexLines: 0 },
    opexYears: [],
    opexFootnotes: {},
    focusAreas: [],
    extraColumns: { initiatives: [], dependencies: [], opex: [] },
    metadata: {},
    ...over,
  };
}

/** The period's initiative chunks (one tiltak each), named after `label`. */
export function initiativeChunks(key: string, label: string): PeriodDataRecord[] {
  return [
    { periodId: key, part: 'initiatives', chunk: 0, rows: [initiative({ nr: '1', name: `Tiltak ${label}` })], v: 1 },
    { periodId: key, part: 'initiatives', chunk: 1, rows: [initiative({ nr: '2', name: 'Æøå «sitat»' })], v: 1 },
  ];
}

/** A case record holding a valid case. */
export function caseRecord(id = 'sak-43-23', title = 'NUIT-sak 43-23'): CaseRecord {
  const doc = { ...budgetCase([frame(2024, 100_000)], [line('pll', 'nhn', 2024, 40_700)]), id, title };
  return { id, title, updatedAt: '2026-01-03T00:00:00.000Z', v: 1, doc };
}

/** Every table's rows, read in one transaction: what a test compares before and after an operation. */
export async function snapshotDatabase(db: HelseDatabase): Promise<BackupSnapshot> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const t of db.tables) tables[t.name] = await t.toArray();
  });
  return { schemaVersion: db.verno || SCHEMA_VERSION, tables };
}
