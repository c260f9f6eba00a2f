/**
 * Runs the corpus through the readers in worker threads: a time limit per input (a hang is
 * detected and the worker replaced), a heap limit per worker (memory bounded: exceeding it is
 * counted, not fatal), and a judgement of each outcome. Used by the CI test and by
 * `npm run reliability`.
 */
import { Worker } from 'node:worker_threads';
import type { CaseResult, CorpusCase, Outcome } from './corpus-types.ts';

export interface HarnessOptions {
  /** Per-input time limit, ms. */
  timeoutMs: number;
  /** Heap limit of each reader worker, MB. */
  heapLimitMb: number;
  /** Workers run side by side. */
  concurrency: number;
}

export const DEFAULT_HARNESS: HarnessOptions = { timeoutMs: 15_000, heapLimitMb: 768, concurrency: 2 };

const bootUrl = new URL('./worker-boot.mjs', import.meta.url);
const entryUrl = new URL('./reader-worker.ts', import.meta.url).href;

function startWorker(o: HarnessOptions): Worker {
  return new Worker(bootUrl, { workerData: { entry: entryUrl }, resourceLimits: { maxOldGenerationSizeMb: o.heapLimitMb } });
}

function runOne(worker: Worker, c: CorpusCase, o: HarnessOptions): Promise<{ outcome: Outcome; ms: number; heapMb: number; dead: boolean }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const finish = (r: { outcome: Outcome; ms: number; heapMb: number; dead: boolean }) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      resolve(r);
    };
    const onMessage = (m: { outcome: Outcome; ms: number; heapMb: number }) => finish({ ...m, dead: false });
    const onError = (e: Error & { code?: string }) =>
      finish({
        outcome: e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { status: 'out-of-memory' } : { status: 'crashed', error: `${e.name}: ${e.message}` },
        ms: performance.now() - started,
        heapMb: 0,
        dead: true,
      });
    const timer = setTimeout(() => finish({ outcome: { status: 'hung' }, ms: o.timeoutMs, heapMb: 0, dead: true }), o.timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(c);
  });
}

export async function runCorpus(cases: readonly CorpusCase[], o: HarnessOptions = DEFAULT_HARNESS): Promise<CaseResult[]> {
  const results: CaseResult[] = new Array(cases.length);
  let next = 0;
  const lane = async () => {
    let worker = startWorker(o);
    try {
      while (next < cases.length) {
        const index = next++;
        const c = cases[index]!;
        const r = await runOne(worker, c, o);
        results[index] = { id: c.id, kind: c.kind, reader: c.reader, outcome: r.outcome, ms: r.ms, heapMb: r.heapMb };
        if (r.dead) {
          await worker.terminate();
          worker = startWorker(o);
        }
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency) }, lane));
  return results;
}

/** Phrases that show an internal error leaked to the user instead of a Norwegian message. */
const LEAKED = /\b(undefined|NaN|TypeError|RangeError|SyntaxError|ReferenceError|Cannot read|is not a function|is not defined|Unexpected token|Unexpected end|at position|Maximum call stack|Invalid array length|out of memory|\[object Object\])\b/;

/**
 * True when a refusal message is one a user can act on: Norwegian, no leaked internals. The user's
 * own cell values, quoted «like this», may say anything (a cell can hold the text "NaN").
 */
export function isClearMessage(message: string): boolean {
  const ours = message.replace(/«[^»]*»/g, '«…»');
  return message.trim().length >= 10 && !LEAKED.test(ours) && /[a-zæøå]{3,}/i.test(ours);
}

export interface Figures {
  inputs: number;
  imported: number;
  refused: number;
  crashes: number;
  hangs: number;
  outOfMemory: number;
  unclearMessages: number;
  /** A damaged copy of a seed imported with fewer tiltak than the seed, and no error. */
  partialImports: number;
  /** CSV files cut exactly at a record boundary: valid shorter files no reader can tell from whole ones. */
  undetectableTruncations: number;
  seedsNotImported: number;
  /** A hostile input that should be refused was imported. */
  wrongAcceptances: number;
  /** A hostile input that is valid (or only odd) was refused. */
  validRefused: number;
  /** An input that should import with a warning imported without one. */
  missingWarnings: number;
  maxHeapMb: number;
  slowestMs: number;
  byReader: Record<string, number>;
  problems: string[];
}

export function summarize(cases: readonly CorpusCase[], results: readonly CaseResult[]): Figures {
  const seedRows = new Map<string, number>();
  results.forEach((r, i) => {
    if (cases[i]!.mustImport && r.outcome.status === 'imported') seedRows.set(r.id.split('/')[0]!, r.outcome.rows);
  });
  const f: Figures = {
    inputs: results.length, imported: 0, refused: 0, crashes: 0, hangs: 0, outOfMemory: 0, unclearMessages: 0,
    partialImports: 0, undetectableTruncations: 0, seedsNotImported: 0, wrongAcceptances: 0, validRefused: 0, missingWarnings: 0, maxHeapMb: 0, slowestMs: 0, byReader: {}, problems: [],
  };
  results.forEach((r, i) => {
    const c = cases[i]!;
    f.byReader[r.reader] = (f.byReader[r.reader] ?? 0) + 1;
    f.maxHeapMb = Math.max(f.maxHeapMb, r.heapMb);
    f.slowestMs = Math.max(f.slowestMs, r.ms);
    const o = r.outcome;
    if (o.status === 'imported' && c.expect === 'refuse') {
      f.wrongAcceptances++;
      f.problems.push(`feilaktig godtatt: ${r.id} ble importert (${o.rows} rader)`);
    } else if (o.status === 'imported' && c.expect === 'warn' && o.warnings === 0) {
      f.missingWarnings++;
      f.problems.push(`mangler advarsel: ${r.id}`);
    } else if (o.status === 'refused' && (c.expect === 'import' || c.expect === 'warn')) {
      f.validRefused++;
      f.problems.push(`gyldig fil avvist: ${r.id}: ${o.messages[0]?.slice(0, 200) ?? ''}`);
    }
    if (o.status === 'imported') {
      f.imported++;
      const seed = seedRows.get(r.id.split('/')[0]!);
      if (!c.mustImport && seed !== undefined && o.rows < seed && c.cutAtRecordBoundary) f.undetectableTruncations++;
      else if (!c.mustImport && seed !== undefined && o.rows < seed) {
        f.partialImports++;
        f.problems.push(`delvis import: ${r.id} ga ${o.rows} av ${seed} rader uten feil`);
      }
    } else if (o.status === 'refused') {
      f.refused++;
      const unclear = o.messages.length === 0 ? ['(ingen melding)'] : o.messages.filter((m) => !isClearMessage(m));
      if (unclear.length > 0) {
        f.unclearMessages++;
        f.problems.push(`uklar melding: ${r.id}: ${unclear[0]!.slice(0, 200)}`);
      }
      if (c.mustImport) {
        f.seedsNotImported++;
        f.problems.push(`eksempelfilen ble avvist: ${r.id}: ${o.messages[0] ?? ''}`);
      }
    } else if (o.status === 'crashed') {
      f.crashes++;
      f.problems.push(`krasj: ${r.id}: ${o.error}`);
    } else if (o.status === 'hung') {
      f.hangs++;
      f.problems.push(`henger: ${r.id}`);
    } else {
      f.outOfMemory++;
      f.problems.push(`tom for minne: ${r.id}`);
    }
  });
  return f;
}
