import { createContext } from 'react';
import type { ImportFile } from '../../../shared/import/index.ts';
import { describeUnexpectedError } from '../../../shared/spreadsheet/index.ts';
import { backupStore } from '../../db/backup.ts';
import type { PeriodListing } from '../../db/periods-repo.ts';
import { getPlatform } from '../../platform/index.ts';
import type { FromWorker, Progress, StoreOutcome, StoreRequest, ToWorker } from './import-protocol.ts';
import type { ImportPreviewData, PreviewComparison } from './preview-data.ts';

/** How the import page gets its work done: in the import worker in the app, in-process in component tests. */
export interface ImportRunner {
  /** Gets ready (loads the worker) so choosing a file does not wait for it. */
  warmUp: () => void;
  /** Reads and validates the files. Their bytes are handed over: the caller must not use them afterwards. */
  read: (files: ImportFile[], onProgress: Progress) => Promise<ImportPreviewData>;
  /** Backs up, then stores a previewed import in one transaction; the outcome says how it went. */
  store: (request: StoreRequest, onProgress: Progress) => Promise<StoreOutcome>;
  /** Forgets a previewed import that will not be stored. */
  discard: (importId: number) => void;
  /** Compares a previewed import without its own period with the stored period before `periodKey`. */
  compare: (importId: number, periodKey: string) => Promise<PreviewComparison | null>;
  /** Stops the work in progress (its promise rejects with {@link ImportCancelledError}). */
  cancel: () => void;
}

/**
 * The longest a read may take before the worker is stopped. Files within the documented limits read
 * in under 10 s here (100k tiltak: about 5 s); this ends a read that hangs on a hostile file.
 */
export const READ_TIME_LIMIT_MS = 60_000;

/**
 * Rows (tiltak, dependencies and D&F lines) of a stored import above which the worker is replaced
 * afterwards. V8 gives a big import's heap back to the system only slowly: the worker kept ~240 MB
 * after storing 100k tiltak, and the next import's peak came on top of it (1 026 MB for the third of
 * four 100k imports, 840 MB with a new worker). A new worker costs the next import a compile, which
 * a 10k import would notice and a 100k one does not.
 */
export const NEW_WORKER_AFTER_ROWS = 50_000;

/** A read stopped by the watchdog. */
export class ImportTimeoutError extends Error {
  override name = 'ImportTimeoutError';
  constructor() {
    super(`Lesingen tok mer enn ${READ_TIME_LIMIT_MS / 1000} sekunder og ble stoppet. Filen er for stor eller skadet; ingenting er lagret.`);
  }
}

/** A read or store stopped by {@link ImportRunner.cancel}. */
export class ImportCancelledError extends Error {
  override name = 'ImportCancelledError';
  constructor() {
    super('Avbrutt.');
  }
}

interface Job {
  resolve: (value: never) => void;
  reject: (e: Error) => void;
  onProgress: Progress;
}

const rowsOf = (listing: PeriodListing) => listing.summary.initiatives + listing.summary.dependencies + listing.summary.opexLines;

/** Answers the worker's calls to the host's backup folder (Electron), which only the page reaches. */
async function answerBackupCall(w: Worker, m: FromWorker & { type: 'backup-call' }): Promise<void> {
  const store = backupStore();
  try {
    let reply: ToWorker = { type: 'backup-reply', call: m.call, ok: true };
    if (m.op === 'write') await store.write(m.name, m.bytes);
    else if (m.op === 'remove') await store.remove(m.name);
    else reply = { ...reply, entries: await store.list() };
    w.postMessage(reply);
  } catch (e) {
    w.postMessage({ type: 'backup-reply', call: m.call, ok: false, message: e instanceof Error ? e.message : String(e) } satisfies ToWorker);
  }
}

/**
 * The runner of the app: one import worker, started once and kept (a second import finds its code
 * compiled), replaced after a cancel, a crash or a big import ({@link NEW_WORKER_AFTER_ROWS}). Files
 * cross to it once (transferred); what comes back is a preview and an outcome, never the parsed
 * report.
 */
export function createWorkerRunner(readTimeLimitMs = READ_TIME_LIMIT_MS): ImportRunner {
  let worker: Worker | null = null;
  let nextJob = 1;
  const jobs = new Map<number, Job>();

  const stop = (error: Error) => {
    worker?.terminate();
    worker = null;
    for (const job of jobs.values()) job.reject(error);
    jobs.clear();
  };

  const start = (): Worker => {
    if (worker) return worker;
    const w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'backup-call') {
        void answerBackupCall(w, m);
        return;
      }
      const job = jobs.get(m.job);
      if (!job) return;
      if (m.type === 'progress') {
        job.onProgress(m.fraction, m.text);
        return;
      }
      jobs.delete(m.job);
      if (m.type === 'preview') job.resolve(m.preview as never);
      else if (m.type === 'stored') {
        job.resolve(m.outcome as never);
        if (m.outcome.kind === 'stored' && rowsOf(m.outcome.listing) > NEW_WORKER_AFTER_ROWS && jobs.size === 0) {
          w.terminate();
          if (worker === w) worker = null;
        }
      }
      else if (m.type === 'compared') job.resolve(m.comparison as never);
      else job.reject(new Error(m.message));
    };
    // a crashed worker is replaced on the next import
    w.onerror = (e) => {
      e.preventDefault();
      stop(new Error(describeUnexpectedError(new Error(e.message))));
    };
    worker = w;
    return w;
  };

  const run = <T,>(message: ToWorker & { job: number }, onProgress: Progress, transfer: Transferable[] = []) =>
    new Promise<T>((resolve, reject) => {
      jobs.set(message.job, { resolve: resolve as (v: never) => void, reject, onProgress });
      start().postMessage(message, transfer);
    });

  return {
    warmUp: () => void start(),
    read: (files, onProgress) => {
      const buffers = new Set(files.map((f) => f.bytes.buffer as ArrayBuffer));
      const job = nextJob++;
      // the watchdog: a read still running after the limit stops the worker with a Norwegian message
      const watchdog = setTimeout(() => jobs.has(job) && stop(new ImportTimeoutError()), readTimeLimitMs);
      return run<ImportPreviewData>({ type: 'read', job, files: files.map((f) => ({ name: f.name, bytes: f.bytes })) }, onProgress, [...buffers]).finally(() =>
        clearTimeout(watchdog),
      );
    },
    store: (request, onProgress) =>
      run<StoreOutcome>({ type: 'store', job: nextJob++, request, hostBackups: getPlatform().backups !== undefined }, onProgress),
    discard: (importId) => worker?.postMessage({ type: 'discard', importId } satisfies ToWorker),
    compare: (importId, periodKey) => run<PreviewComparison | null>({ type: 'compare', job: nextJob++, importId, periodKey }, () => {}),
    cancel: () => stop(new ImportCancelledError()),
  };
}

/**
 * Where imports run: the app's one import worker. A provider above the import page may hand in
 * another runner (component tests run the same session in-process, where jsdom has no Worker).
 */
export const ImportRunnerContext = createContext<ImportRunner>(createWorkerRunner());
