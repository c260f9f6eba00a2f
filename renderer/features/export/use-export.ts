import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { loadProfile } from '../../db/settings-repo.ts';
import { getPlatform } from '../../platform/index.ts';
import { useNotices } from '../../store/notifications.ts';
import { fileNameFor, isPdfJob } from './export-job.ts';
import type { ExportJob } from './export-job.ts';
import { ExportRunnerContext } from './run-export.ts';

/** Where an export is: building (with progress), a PDF waiting for the user to look and save, or failed. */
export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; label: string; fraction: number }
  | { phase: 'preview'; label: string; fileName: string; bytes: Uint8Array }
  | { phase: 'saving'; label: string }
  | { phase: 'failed'; label: string; message: string };

/**
 * Runs exports off the UI thread (the {@link ExportRunnerContext}'s runner) and saves them through
 * the platform adapter (native save dialog in Electron, a download in the browser). PDFs stop at a
 * preview first; workbooks save at once.
 */
export function useExport() {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const notify = useNotices((s) => s.notify);
  const runExport = useContext(ExportRunnerContext);

  useEffect(() => () => abort.current?.abort(), []);

  const save = useCallback(
    async (label: string, fileName: string, bytes: Uint8Array) => {
      setState({ phase: 'saving', label });
      try {
        const saved = await getPlatform().saveFile(fileName, bytes);
        if (saved) notify('success', `${label} er lagret som ${saved.savedAs}.`);
        setState({ phase: 'idle' });
      } catch (e) {
        setState({ phase: 'failed', label, message: `Kunne ikke lagre filen: ${e instanceof Error ? e.message : String(e)}` });
      }
    },
    [notify],
  );

  const start = useCallback(
    async (label: string, makeJob: (author: string) => ExportJob | Promise<ExportJob>) => {
      abort.current?.abort();
      const ctl = new AbortController();
      abort.current = ctl;
      setState({ phase: 'running', label, fraction: 0 });
      try {
        const profile = await loadProfile().catch(() => ({ name: '', organisation: '' }));
        const job = await makeJob(profile.name);
        const bytes = await runExport(job, (fraction) => !ctl.signal.aborted && setState({ phase: 'running', label, fraction }), ctl.signal);
        if (ctl.signal.aborted) return;
        if (isPdfJob(job)) setState({ phase: 'preview', label, fileName: fileNameFor(job), bytes });
        else await save(label, fileNameFor(job), bytes);
      } catch (e) {
        if (ctl.signal.aborted) return;
        setState({ phase: 'failed', label, message: e instanceof Error ? e.message : String(e) });
      }
    },
    [save, runExport],
  );

  const cancel = useCallback(() => {
    abort.current?.abort();
    setState({ phase: 'idle' });
  }, []);

  const confirm = useCallback(() => {
    if (state.phase === 'preview') void save(state.label, state.fileName, state.bytes);
  }, [state, save]);

  return { state, start, cancel, confirm };
}
