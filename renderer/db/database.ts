import Dexie from 'dexie';
import type { EntityTable, Table } from 'dexie';

/**
 * The app's IndexedDB database. Records are few and large (a whole reporting period's rows go
 * in a handful of `periodData` chunks) because IndexedDB's cost is per record, not per byte
 * (../shared/MEASUREMENTS.md: ~0.1 ms a record in Chromium). Every record carries `v`, its record
 * format version; repositories pass what they load through a restore function (restore.ts).
 */
export const DB_NAME = 'helseportefolje';

/** Current schema version. Bump it with a new `version(n)` block below, never by editing an old one. */
export const SCHEMA_VERSION = 2;

/** A key/value setting (e.g. the analyst's name for case documents). */
export interface SettingRecord {
  key: string;
  value: unknown;
  v: number;
  updatedAt: string;
}

/** One stored reporting period: its metadata and summary; rows live in `periodData`. */
export interface PeriodRecord {
  /** Stable id, e.g. the period key "2022-09". */
  id: string;
  /** Period key used for ordering ("2022-09"). */
  key: string;
  importedAt: string;
  v: number;
  /** The rest belongs to the import feature (period metadata, provenance, counts). */
  [field: string]: unknown;
}

/** A chunk of a period's rows: part is e.g. "initiatives", "dependencies", "opex". */
export interface PeriodDataRecord {
  periodId: string;
  part: string;
  chunk: number;
  rows: unknown[];
  v: number;
}

/** A budget case document (owned by the budget feature). */
export interface CaseRecord {
  id: string;
  title: string;
  updatedAt: string;
  v: number;
  doc: unknown;
}

/** A saved version or history snapshot of a case ("sendt NUIT 31.10"). */
export interface CaseVersionRecord {
  seq?: number;
  caseId: string;
  createdAt: string;
  label: string;
  /** True for named versions the analyst chose to keep; false for automatic history. */
  named: boolean;
  v: number;
  doc: unknown;
}

/** A saved table view (filters, columns, sort) for an area. */
export interface SavedViewRecord {
  id: string;
  area: string;
  name: string;
  v: number;
  state: unknown;
}

export class HelseDatabase extends Dexie {
  settings!: EntityTable<SettingRecord, 'key'>;
  periods!: EntityTable<PeriodRecord, 'id'>;
  periodData!: Table<PeriodDataRecord, [string, string, number]>;
  cases!: EntityTable<CaseRecord, 'id'>;
  caseVersions!: EntityTable<CaseVersionRecord, 'seq'>;
  savedViews!: EntityTable<SavedViewRecord, 'id'>;

  constructor(name = DB_NAME) {
    // Strict durability: an import the user was told is saved must survive a power cut.
    super(name, { chromeTransactionDurability: 'strict' });
    // Version 1, the first schema: settings as bare values.
    this.version(1).stores({ settings: 'key' });
    // Version 2: portfolio periods, cases, views; settings records gain a format version and time.
    this.version(2)
      .stores({
        settings: 'key',
        periods: 'id, key, importedAt',
        periodData: '[periodId+part+chunk], periodId',
        cases: 'id, updatedAt',
        caseVersions: '++seq, caseId, [caseId+createdAt]',
        savedViews: 'id, area',
      })
      .upgrade(async (tx) => {
        await tx
          .table('settings')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            if (typeof row.v !== 'number') {
              row.v = 1;
              row.updatedAt = new Date(0).toISOString();
            }
          });
      });
  }
}

let instance: HelseDatabase | null = null;

/** The app's single database connection. */
export function getDb(): HelseDatabase {
  if (!instance) instance = new HelseDatabase();
  return instance;
}

/** For tests: use another database (e.g. a fresh name per test) or reset. */
export function setDb(db: HelseDatabase | null): void {
  instance = db;
}

/**
 * Asks the browser to keep our data even under storage pressure. Electron grants it; a browser
 * may refuse, which we report in the settings panel rather than hide.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
