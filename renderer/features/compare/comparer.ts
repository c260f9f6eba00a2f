import type { ComparableInitiative, Initiative, PeriodComparison } from '../../../shared/portfolio/index.ts';
import type { LoadedPeriod } from '../../store/period.ts';
import { fromPositions, ROWS_PER_POST } from './compare-protocol.ts';
import type { CompareAnswer, CompareRequest } from './compare-protocol.ts';

const keyOf = (p: LoadedPeriod) => `${p.period.id}@${p.period.importedAt}`;
const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));
const slim = (i: Initiative): ComparableInitiative => ({ nr: i.nr, name: i.name, status: i.status, risk: i.risk, phase: i.phase, activity: i.activity });

/** Thrown for a comparison that a newer one replaced before it started. */
export class SupersededError extends Error {
  constructor() {
    super('Erstattet av en nyere sammenligning.');
    this.name = 'SupersededError';
  }
}

/**
 * Compares periods in one worker, sending each period's tiltak to it once. One comparison runs at
 * a time (so the worker's periods and this side's record of them never disagree); a request that a
 * newer one replaced while it waited is dropped.
 */
export class Comparer {
  private readonly worker = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
  /** Periods the worker holds (by cache key). */
  private readonly held = new Set<string>();
  private readonly waiting = new Map<number, { resolve: (a: CompareAnswer) => void; reject: (e: Error) => void }>();
  private queue: Promise<unknown> = Promise.resolve();
  private lastId = 0;

  constructor() {
    this.worker.onmessage = (e: MessageEvent<CompareAnswer>) => {
      this.waiting.get(e.data.id)?.resolve(e.data);
      this.waiting.delete(e.data.id);
    };
    this.worker.onerror = (e) => {
      const error = new Error(e.message || 'Sammenligningen stoppet uventet.');
      for (const w of this.waiting.values()) w.reject(error);
      this.waiting.clear();
    };
  }

  private post(m: CompareRequest) {
    this.worker.postMessage(m);
  }

  /** Posts a period's tiltak in chunks, one task each, so the UI thread stays responsive. */
  private async send(p: LoadedPeriod): Promise<void> {
    const key = keyOf(p);
    if (this.held.has(key)) return;
    const all = p.report.initiatives;
    for (let from = 0; from === 0 || from < all.length; from += ROWS_PER_POST) {
      if (from > 0) await nextTask();
      const to = Math.min(all.length, from + ROWS_PER_POST);
      this.post({ type: 'rows', key, rows: all.slice(from, to).map(slim), first: from === 0, last: to >= all.length });
    }
    this.held.add(key);
  }

  private async run(id: number, prev: LoadedPeriod, next: LoadedPeriod): Promise<PeriodComparison> {
    if (id !== this.lastId) throw new SupersededError();
    await this.send(prev);
    await this.send(next);
    const answer = await new Promise<CompareAnswer>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.post({ type: 'compare', id, prev: keyOf(prev), next: keyOf(next) });
      // The worker keeps only these two from now on.
      for (const k of [...this.held]) if (k !== keyOf(prev) && k !== keyOf(next)) this.held.delete(k);
    });
    return fromPositions(answer, prev.report.initiatives, next.report.initiatives);
  }

  compare(prev: LoadedPeriod, next: LoadedPeriod): Promise<PeriodComparison> {
    const id = ++this.lastId;
    const job = this.queue.then(() => this.run(id, prev, next));
    this.queue = job.catch(() => undefined);
    return job;
  }

  dispose() {
    this.worker.terminate();
  }
}
