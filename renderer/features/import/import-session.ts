import type { ImportFile, PortfolioImport } from '../../../shared/import/index.ts';
import { comparePeriods } from '../../../shared/portfolio/compare.ts';
import { periodLabel } from '../../../shared/portfolio/model.ts';
import type { PortfolioReport, ReportingPeriod } from '../../../shared/portfolio/model.ts';
import type { BackupStore } from '../../platform/platform.ts';
import { prepareAutomaticBackup, writeAutomaticBackup } from '../../db/backup.ts';
import { describeStorageError, isQuotaError } from '../../db/backup-errors.ts';
import { getPeriod, listPeriods, loadPeriod, PeriodExistsError, provenanceOf, savePeriod } from '../../db/periods-repo.ts';
import type { PeriodListing, Provenance } from '../../db/periods-repo.ts';
import type { Progress, StoreOutcome, StoreRequest } from './import-protocol.ts';
import { importPortfolioWithProgress } from './parse-core.ts';
import { PERIOD_KEY, previewOf } from './preview-data.ts';
import type { ImportPreviewData, PreviewComparison } from './preview-data.ts';

/**
 * The import's work, run in the import worker (import.worker.ts): read and validate the files,
 * compare with a stored period, and on confirmation back up and store the period, all beside the
 * data. The page only ever sees an {@link ImportPreviewData} and a {@link StoreOutcome}.
 */
export interface ImportSession {
  /** Reads and validates the files; a storable result is kept under the preview's `importId`. */
  read: (files: ImportFile[], progress: Progress) => Promise<ImportPreviewData>;
  /** Backs up the database, then stores the kept result in one transaction (periods-repo). */
  store: (request: StoreRequest, backups: BackupStore, progress: Progress) => Promise<StoreOutcome>;
  /** Forgets a kept result (the analyst cancelled, or read other files). */
  discard: (importId: number) => void;
  /** The comparison for a kept result without its own period, once the analyst has typed one ("2022-09"). */
  compare: (importId: number, periodKey: string) => Promise<PreviewComparison | null>;
}

/** A read import waiting for confirmation: the result, and the files' hashes (their bytes are let go). */
interface PendingImport {
  fileNames: string[];
  result: PortfolioImport;
  provenance: Provenance;
}

/**
 * The stored period an import is compared with: the latest before its period, else (no period
 * known yet) the latest stored one.
 */
async function comparisonFor(report: PortfolioReport, key = report.period?.key ?? null) {
  const others = (await listPeriods()).filter((p) => p.key !== key);
  const before = key ? others.filter((p) => p.key < key) : [];
  const against = key ? before[before.length - 1] : others[others.length - 1];
  if (!against) return null;
  const stored = await loadPeriod(against.id);
  return stored ? { against: against.label + (against.reconstructed ? ' (rekonstruert)' : ''), diff: comparePeriods(stored, report) } : null;
}

/** The report with its period: the files' own, else the one the analyst typed (metadata moved into it). */
function reportToStore(result: PortfolioImport, periodKey: string | null): (PortfolioReport & { period: ReportingPeriod }) | null {
  const report = result.report;
  if (!result.ok || !report) return null;
  if (report.period) return { ...report, period: report.period };
  if (periodKey === null || !PERIOD_KEY.test(periodKey)) return null;
  const { tittel, rapporteringsdato, merknad, ...metadata } = report.metadata;
  const period = { key: periodKey, label: periodLabel(periodKey), reportDate: rapporteringsdato ?? null, title: tittel ?? null, reconstructed: false, notes: merknad ?? null };
  return { ...report, period, metadata };
}

function sameFiles(existing: PeriodListing, provenance: Provenance): boolean {
  const a = existing.provenance.files;
  const b = provenance.files;
  return a.length === b.length && a.every((f, i) => f.sha256 === b[i]!.sha256);
}

export function createImportSession(): ImportSession {
  const pending = new Map<number, PendingImport>();
  let nextId = 1;

  const read: ImportSession['read'] = async (files, progress) => {
    const result = importPortfolioWithProgress(files, progress);
    const importId = nextId++;
    if (result.ok) pending.set(importId, { fileNames: files.map((f) => f.name), result, provenance: await provenanceOf(files) });
    const comparison = result.ok && result.report ? await comparisonFor(result.report) : null;
    return previewOf(importId, files.map((f) => f.name), result, comparison);
  };

  const compare: ImportSession['compare'] = async (importId, periodKey) => {
    const job = pending.get(importId);
    if (!job?.result.report || !PERIOD_KEY.test(periodKey)) return null;
    return previewOf(importId, job.fileNames, job.result, await comparisonFor(job.result.report, periodKey)).comparison;
  };

  const store: ImportSession['store'] = async (request, backups, progress) => {
    const job = pending.get(request.importId);
    if (!job) return { kind: 'failed', message: 'Filene er ikke lenger lest inn. Velg dem på nytt.' };
    const report = reportToStore(job.result, request.periodKey);
    if (!report) return { kind: 'failed', message: 'Perioden mangler: angi hvilken periode rapporten gjelder.' };
    const names = job.fileNames.join(', ');
    // imported now, from the files hashed when they were read
    const provenance: Provenance = { ...job.provenance, importedAt: new Date().toISOString() };
    try {
      // Asked before anything is written, so declining to replace leaves no backup behind.
      const existing = request.replace ? null : await getPeriod(report.period.key);
      if (existing) return { kind: 'exists', existing, sameFiles: sameFiles(existing, provenance) };
      progress(0, `Tar sikkerhetskopi før import av ${names} …`);
      // The backup's snapshot is read and encoded before the period is written; the file is then
      // written while the period's transaction runs. A backup that cannot be taken does not stop
      // the import (as before).
      const backup = await prepareAutomaticBackup(`Før import av ${names} (${report.period.label})`).catch(() => null);
      progress(0.5, `Lagrer ${names} …`);
      const [listing] = await Promise.all([savePeriod(report, provenance, { replace: request.replace }), writeAutomaticBackup(backup, backups)]);
      pending.delete(request.importId);
      return { kind: 'stored', listing };
    } catch (e) {
      if (e instanceof PeriodExistsError) return { kind: 'exists', existing: e.existing, sameFiles: sameFiles(e.existing, provenance) };
      return {
        kind: 'failed',
        message: isQuotaError(e) ? describeStorageError(e, 'importen') : `Importen ble ikke lagret: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
  };

  return { read, store, compare, discard: (importId) => void pending.delete(importId) };
}
