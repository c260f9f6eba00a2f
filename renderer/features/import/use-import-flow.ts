import { useCallback, useRef, useState } from 'react';
import type { ImportFile, PortfolioImport } from '../../../shared/import/index.ts';
import { comparePeriods } from '../../../shared/portfolio/compare.ts';
import type { PeriodComparison } from '../../../shared/portfolio/compare.ts';
import { periodLabel } from '../../../shared/portfolio/model.ts';
import type { PortfolioReport } from '../../../shared/portfolio/model.ts';
import { takeAutomaticBackup } from '../../db/backup.ts';
import { describeStorageError, isQuotaError } from '../../db/backup-errors.ts';
import { listPeriods, loadPeriod, PeriodExistsError, provenanceOf, savePeriod } from '../../db/periods-repo.ts';
import type { PeriodListing } from '../../db/periods-repo.ts';
import { useNotices } from '../../store/notifications.ts';
import { usePeriodStore } from '../../store/period.ts';
import { parseFiles } from './parse-files.ts';
import { PERIOD_KEY } from './ImportPreview.tsx';

/** Where the import dialog is: choosing → reading → preview → (asking to replace) → saving. */
export type ImportStep =
  | { kind: 'idle' }
  | { kind: 'reading'; fileNames: string[]; fraction: number; text: string }
  | { kind: 'preview'; files: ImportFile[]; result: PortfolioImport; comparison: { against: string; diff: PeriodComparison } | null }
  | { kind: 'replace'; files: ImportFile[]; result: PortfolioImport; report: PortfolioReport; existing: PeriodListing; comparison: { against: string; diff: PeriodComparison } | null }
  | { kind: 'saving'; fileNames: string[] };

async function comparisonFor(report: PortfolioReport | null, key: string | null) {
  if (!report) return null;
  const periods = await listPeriods();
  const others = periods.filter((p) => p.key !== key);
  const before = key ? others.filter((p) => p.key < key) : [];
  const against = before[before.length - 1] ?? others[others.length - 1];
  if (!against) return null;
  const stored = await loadPeriod(against.id);
  return stored ? { against: against.label + (against.reconstructed ? ' (rekonstruert)' : ''), diff: comparePeriods(stored, report) } : null;
}

/** The import flow's state and actions, for ImportPage. */
export function useImportFlow() {
  const [step, setStep] = useState<ImportStep>({ kind: 'idle' });
  const [periodInput, setPeriodInput] = useState('');
  const notify = useNotices((s) => s.notify);
  const refresh = usePeriodStore((s) => s.refresh);
  // The pre-import backup runs while the preview is read; saving waits for it if it is not done.
  const backup = useRef<Promise<unknown> | null>(null);

  const read = useCallback(async (files: ImportFile[]) => {
    if (files.length === 0) return;
    const fileNames = files.map((f) => f.name);
    setPeriodInput('');
    setStep({ kind: 'reading', fileNames, fraction: 0, text: 'Leser …' });
    try {
      const result = await parseFiles(files, (fraction, text) => setStep({ kind: 'reading', fileNames, fraction, text }));
      const comparison = result.ok ? await comparisonFor(result.report, result.report?.period?.key ?? null) : null;
      if (result.ok) backup.current = takeAutomaticBackup('før import');
      setStep({ kind: 'preview', files, result, comparison });
    } catch (e) {
      setStep({ kind: 'idle' });
      notify('danger', `Filen kunne ikke leses: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [notify]);

  const reportToSave = (result: PortfolioImport, key: string): PortfolioReport | null => {
    if (!result.ok || !result.report) return null;
    if (result.report.period) return result.report;
    if (!PERIOD_KEY.test(key)) return null;
    const { tittel, rapporteringsdato, merknad, ...metadata } = result.report.metadata;
    const period = { key, label: periodLabel(key), reportDate: rapporteringsdato ?? null, title: tittel ?? null, reconstructed: false, notes: merknad ?? null };
    return { ...result.report, period, metadata };
  };

  const save = useCallback(async (files: ImportFile[], result: PortfolioImport, report: PortfolioReport, replace: boolean, comparison: { against: string; diff: PeriodComparison } | null) => {
    // User Timing marks (with hp:files-chosen and hp:import:preview): the benchmark
    // (bench/cases/import-app.bench.ts) times the app's own work between them.
    performance.mark('hp:import:confirm');
    setStep({ kind: 'saving', fileNames: files.map((f) => f.name) });
    try {
      const listing = await savePeriod(report, await provenanceOf(files), { replace, ...(backup.current ? { backup: backup.current } : {}) });
      backup.current = null;
      await refresh();
      setStep({ kind: 'idle' });
      performance.mark('hp:import:stored');
      notify('success', `${listing.label} er importert: ${listing.summary.initiatives} tiltak, ${listing.summary.active} aktive.`);
    } catch (e) {
      if (e instanceof PeriodExistsError) {
        setStep({ kind: 'replace', files, result, report, existing: e.existing, comparison });
        return;
      }
      setStep({ kind: 'preview', files, result, comparison });
      notify('danger', isQuotaError(e) ? describeStorageError(e, 'importen') : `Importen ble ikke lagret: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [notify, refresh]);

  const confirm = useCallback(async () => {
    if (step.kind !== 'preview') return;
    const report = reportToSave(step.result, periodInput);
    if (report) await save(step.files, step.result, report, false, step.comparison);
  }, [step, periodInput, save]);

  const replace = useCallback(async () => {
    if (step.kind === 'replace') await save(step.files, step.result, step.report, true, step.comparison);
  }, [step, save]);

  const cancel = useCallback(() => setStep({ kind: 'idle' }), []);

  const canConfirm = step.kind === 'preview' && reportToSave(step.result, periodInput) !== null;
  return { step, periodInput, setPeriodInput, read, confirm, replace, cancel, canConfirm };
}
