import { use, useCallback, useEffect, useRef, useState } from 'react';
import { formatCount } from '../../../shared/format/index.ts';
import type { ImportFile } from '../../../shared/import/index.ts';
import type { PeriodListing } from '../../db/periods-repo.ts';
import { useNotices } from '../../store/notifications.ts';
import { usePeriodStore } from '../../store/period.ts';
import { ImportCancelledError, ImportRunnerContext } from './import-runner.ts';
import { parsePeriodInput } from '../../../shared/portfolio/model.ts';
import { canStore } from './preview-data.ts';
import type { ImportPreviewData } from './preview-data.ts';

/** Where the import dialog is: choosing → reading → preview → (asking to replace) → saving. */
export type ImportStep =
  | { kind: 'idle' }
  | { kind: 'reading'; fileNames: string[]; fraction: number; text: string }
  | { kind: 'preview'; preview: ImportPreviewData }
  | { kind: 'replace'; preview: ImportPreviewData; existing: PeriodListing; periodKey: string | null }
  | { kind: 'saving'; fileNames: string[]; text: string };

/**
 * The import flow's state and actions, for ImportPage. The work runs in the import worker
 * (import-runner.ts): this hook holds only the preview, and after storing reloads the period list.
 */
export function useImportFlow() {
  const runner = use(ImportRunnerContext);
  const [step, setStep] = useState<ImportStep>({ kind: 'idle' });
  const [periodInput, setPeriodInput] = useState('');
  const notify = useNotices((s) => s.notify);
  const refresh = usePeriodStore((s) => s.refresh);
  // the previewed import the worker keeps for us, forgotten when the page closes or moves on
  const kept = useRef<number | null>(null);
  const forget = useCallback(() => {
    if (kept.current !== null) runner.discard(kept.current);
    kept.current = null;
  }, [runner]);
  useEffect(() => forget, [forget]);

  const read = useCallback(
    async (files: ImportFile[]) => {
      if (files.length === 0) return;
      forget();
      const fileNames = files.map((f) => f.name);
      setPeriodInput('');
      setStep({ kind: 'reading', fileNames, fraction: 0, text: 'Leser …' });
      try {
        const preview = await runner.read(files, (fraction, text) => setStep({ kind: 'reading', fileNames, fraction, text }));
        kept.current = preview.ok ? preview.importId : null;
        setStep({ kind: 'preview', preview });
      } catch (e) {
        setStep({ kind: 'idle' });
        if (!(e instanceof ImportCancelledError)) notify('danger', `Filen kunne ikke leses: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
    [runner, forget, notify],
  );

  const save = useCallback(
    async (preview: ImportPreviewData, periodKey: string | null, replace: boolean) => {
      // User Timing marks (with hp:files-chosen and hp:import:preview): the benchmark
      // (bench/cases/import-app.bench.ts) times the app's own work between them.
      performance.mark('hp:import:confirm');
      const fileNames = preview.fileNames;
      setStep({ kind: 'saving', fileNames, text: `Lagrer ${fileNames.join(', ')} …` });
      try {
        const outcome = await runner.store({ importId: preview.importId, periodKey, replace }, (_f, text) =>
          setStep({ kind: 'saving', fileNames, text }),
        );
        if (outcome.kind === 'exists') {
          setStep({ kind: 'replace', preview, existing: outcome.existing, periodKey });
        } else if (outcome.kind === 'failed') {
          setStep({ kind: 'preview', preview });
          notify('danger', outcome.message);
        } else {
          kept.current = null;
          await refresh();
          setStep({ kind: 'idle' });
          performance.mark('hp:import:stored');
          const { listing } = outcome;
          notify('success', `${listing.label} er importert: ${formatCount(listing.summary.initiatives)} tiltak, ${formatCount(listing.summary.active)} aktive.`);
        }
      } catch (e) {
        // the worker stopped: what it kept is gone with it
        kept.current = null;
        setStep({ kind: 'idle' });
        notify('danger', `Importen ble ikke lagret: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
    [runner, notify, refresh],
  );

  const confirm = useCallback(async () => {
    if (step.kind !== 'preview' || !canStore(step.preview, periodInput)) return;
    await save(step.preview, step.preview.period ? null : parsePeriodInput(periodInput), false);
  }, [step, periodInput, save]);

  // Files without their own period: once the analyst has typed one, compare with the stored period
  // just before it (not the newest), again on every change.
  const previewId = step.kind === 'preview' && step.preview.period === null && step.preview.ok ? step.preview.importId : null;
  const typedKey = parsePeriodInput(periodInput);
  useEffect(() => {
    if (previewId === null || typedKey === null) return;
    let stale = false;
    const timer = setTimeout(() => {
      runner
        .compare(previewId, typedKey)
        .then((comparison) => {
          if (!stale) setStep((s) => (s.kind === 'preview' && s.preview.importId === previewId ? { kind: 'preview', preview: { ...s.preview, comparison } } : s));
        })
        .catch(() => {});
    }, 250);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [runner, previewId, typedKey]);

  const replace = useCallback(async () => {
    if (step.kind === 'replace') await save(step.preview, step.periodKey, true);
  }, [step, save]);

  /** Stops reading (ends the worker), or closes the preview and forgets what was read. */
  const cancel = useCallback(() => {
    if (step.kind === 'reading') runner.cancel();
    forget();
    setStep({ kind: 'idle' });
  }, [runner, step, forget]);

  const canConfirm = step.kind === 'preview' && canStore(step.preview, periodInput);
  return { step, periodInput, setPeriodInput, read, confirm, replace, cancel, canConfirm };
}
