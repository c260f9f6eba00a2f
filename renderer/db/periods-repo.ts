import type { PortfolioReport, ReportingPeriod } from '../../shared/portfolio/model.ts';
import { summarize } from '../../shared/portfolio/summary.ts';
import type { ReportSummary } from '../../shared/portfolio/summary.ts';
import { getDb } from './database.ts';
import type { PeriodDataRecord, PeriodRecord } from './database.ts';

/**
 * Reporting periods in IndexedDB. A period is one `periods` record (metadata, provenance, summary)
 * plus its rows in a few large `periodData` chunks, because IndexedDB's cost is per record
 * (MEASUREMENTS.md: 10k rows as 10k records ≈ 1,3 s, as chunks ≈ 30 ms). Saving, replacing and
 * deleting happen in one transaction each, so a period is never stored half.
 */

/** Format version of period records and their chunks. */
export const PERIOD_FORMAT = 1;
/** Rows per chunk: big enough to keep records few, small enough to keep each value modest. */
export const CHUNK_ROWS = 5000;

const PARTS = ['initiatives', 'dependencies', 'opex'] as const;
type Part = (typeof PARTS)[number];

/** Where an imported period came from. */
export interface Provenance {
  files: { name: string; sha256: string; bytes: number }[];
  importedAt: string;
}

/**
 * A stored period as listed on the import page. Its first fields are what the views' period store
 * needs (renderer/store/period.ts `StoredPeriod`, which it satisfies without storage depending on UI state).
 */
export interface PeriodListing {
  id: string;
  /** "2022-09"; periods are ordered by key. */
  key: string;
  label: string;
  reconstructed: boolean;
  /** Changes when the period is imported again. */
  importedAt: string;
  reportDate: string | null;
  title: string | null;
  provenance: Provenance;
  summary: Pick<ReportSummary, 'initiatives' | 'active' | 'dependencies' | 'opexLines'>;
}

/** Thrown by {@link savePeriod} when the period is stored already and `replace` was not asked for. */
export class PeriodExistsError extends Error {
  readonly existing: PeriodListing;
  constructor(existing: PeriodListing) {
    super(`Perioden ${existing.label} finnes allerede.`);
    this.name = 'PeriodExistsError';
    this.existing = existing;
  }
}

/** Hex SHA-256 of the bytes (Web Crypto; native and off the main thread's JS). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Provenance for the files of one import, hashed now. */
export async function provenanceOf(files: readonly { name: string; bytes: Uint8Array }[], now = new Date()): Promise<Provenance> {
  const hashed = await Promise.all(files.map(async (f) => ({ name: f.name, sha256: await sha256Hex(f.bytes), bytes: f.bytes.length })));
  return { files: hashed, importedAt: now.toISOString() };
}

function toRecord(report: PortfolioReport & { period: ReportingPeriod }, provenance: Provenance): PeriodRecord {
  const s = summarize(report);
  const p = report.period;
  return {
    id: p.key,
    key: p.key,
    importedAt: provenance.importedAt,
    v: PERIOD_FORMAT,
    period: p,
    provenance,
    summary: { initiatives: s.initiatives, active: s.active, dependencies: s.dependencies, opexLines: s.opexLines },
    opexYears: report.opexYears,
    opexFootnotes: report.opexFootnotes,
    focusAreas: report.focusAreas,
    extraColumns: report.extraColumns,
    metadata: report.metadata,
  };
}

function chunksOf(periodId: string, report: PortfolioReport): PeriodDataRecord[] {
  const out: PeriodDataRecord[] = [];
  for (const part of PARTS) {
    const rows: unknown[] = report[part];
    for (let i = 0, chunk = 0; i < rows.length; i += CHUNK_ROWS, chunk++) {
      out.push({ periodId, part, chunk, rows: rows.slice(i, i + CHUNK_ROWS), v: PERIOD_FORMAT });
    }
  }
  return out;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);

/**
 * Restores a stored period record into a listing, upgrading older formats; null when the record
 * cannot be understood (it is then left out rather than crash a view).
 */
export function restorePeriodListing(raw: unknown): PeriodListing | null {
  if (!isObject(raw) || typeof raw.id !== 'string' || typeof raw.key !== 'string') return null;
  if (typeof raw.v !== 'number' || raw.v > PERIOD_FORMAT) return null;
  const p = isObject(raw.period) ? raw.period : {};
  const prov = isObject(raw.provenance) ? raw.provenance : {};
  const sum = isObject(raw.summary) ? raw.summary : {};
  const num = (x: unknown) => (typeof x === 'number' ? x : 0);
  return {
    id: raw.id,
    key: raw.key,
    label: str(p.label) ?? raw.key,
    reconstructed: p.reconstructed === true,
    importedAt: str(raw.importedAt) ?? new Date(0).toISOString(),
    reportDate: str(p.reportDate),
    title: str(p.title),
    provenance: {
      files: Array.isArray(prov.files) ? (prov.files as Provenance['files']) : [],
      importedAt: str(prov.importedAt) ?? str(raw.importedAt) ?? new Date(0).toISOString(),
    },
    summary: { initiatives: num(sum.initiatives), active: num(sum.active), dependencies: num(sum.dependencies), opexLines: num(sum.opexLines) },
  };
}

/** Restores a whole period from its record and chunks; null when unreadable. */
export function restorePeriod(raw: unknown, chunks: readonly unknown[]): PortfolioReport | null {
  if (!isObject(raw) || typeof raw.v !== 'number' || raw.v > PERIOD_FORMAT || !isObject(raw.period)) return null;
  const parts: Record<Part, { chunk: number; rows: unknown[] }[]> = { initiatives: [], dependencies: [], opex: [] };
  for (const c of chunks) {
    if (!isObject(c) || typeof c.part !== 'string' || typeof c.chunk !== 'number' || !Array.isArray(c.rows)) return null;
    if (typeof c.v === 'number' && c.v > PERIOD_FORMAT) return null;
    if ((PARTS as readonly string[]).includes(c.part)) parts[c.part as Part].push({ chunk: c.chunk, rows: c.rows });
  }
  const rowsOf = (part: Part) => parts[part].sort((a, b) => a.chunk - b.chunk).flatMap((c) => c.rows);
  const extra = isObject(raw.extraColumns) ? raw.extraColumns : {};
  const list = (x: unknown) => (Array.isArray(x) ? (x as string[]) : []);
  return {
    period: raw.period as unknown as ReportingPeriod,
    initiatives: rowsOf('initiatives') as PortfolioReport['initiatives'],
    dependencies: rowsOf('dependencies') as PortfolioReport['dependencies'],
    opex: rowsOf('opex') as PortfolioReport['opex'],
    opexYears: Array.isArray(raw.opexYears) ? (raw.opexYears as number[]) : [],
    opexFootnotes: isObject(raw.opexFootnotes) ? (raw.opexFootnotes as PortfolioReport['opexFootnotes']) : {},
    focusAreas: Array.isArray(raw.focusAreas) ? (raw.focusAreas as PortfolioReport['focusAreas']) : [],
    extraColumns: { initiatives: list(extra.initiatives), dependencies: list(extra.dependencies), opex: list(extra.opex) },
    metadata: isObject(raw.metadata) ? (raw.metadata as Record<string, string>) : {},
  };
}

/** Stored periods, oldest first. */
export async function listPeriods(): Promise<PeriodListing[]> {
  const rows = await getDb().periods.orderBy('key').toArray();
  return rows.map(restorePeriodListing).filter((p): p is PeriodListing => p !== null);
}

/** The stored period with this id, or null. */
export async function getPeriod(id: string): Promise<PeriodListing | null> {
  const row = await getDb().periods.get(id);
  return row ? restorePeriodListing(row) : null;
}

/** Loads a stored period's report, or null when missing or unreadable. */
export async function loadPeriod(id: string): Promise<PortfolioReport | null> {
  const db = getDb();
  return db.transaction('r', db.periods, db.periodData, async () => {
    const row = await db.periods.get(id);
    if (!row) return null;
    const chunks = await db.periodData.where('periodId').equals(id).toArray();
    return restorePeriod(row, chunks);
  });
}

/**
 * Stores a validated report (its period must be set) in one transaction. When the period exists,
 * throws {@link PeriodExistsError} unless `replace` is true; then the old one is replaced whole.
 * The import takes its pre-import backup before calling this (renderer/features/import/import-session.ts).
 */
export async function savePeriod(report: PortfolioReport, provenance: Provenance, options: { replace?: boolean } = {}): Promise<PeriodListing> {
  const period = report.period;
  if (!period) throw new Error('Perioden mangler: angi hvilken periode rapporten gjelder.');
  const withPeriod = { ...report, period };
  const record = toRecord(withPeriod, provenance);
  const db = getDb();
  await db.transaction('rw', db.periods, db.periodData, async () => {
    const existing = await db.periods.get(period.key);
    if (existing && !options.replace) {
      const listing = restorePeriodListing(existing);
      if (listing) throw new PeriodExistsError(listing);
    }
    await db.periodData.where('periodId').equals(period.key).delete();
    await db.periods.put(record);
    await db.periodData.bulkPut(chunksOf(period.key, withPeriod));
  });
  return restorePeriodListing(record)!;
}

/** Deletes a period and its rows in one transaction. */
export async function deletePeriod(id: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.periods, db.periodData, async () => {
    await db.periodData.where('periodId').equals(id).delete();
    await db.periods.delete(id);
  });
}
