import { useEffect, useRef, useState } from 'react';
import { comparePeriods } from '../../../shared/portfolio/index.ts';
import type { ComparableInitiative, PeriodComparison } from '../../../shared/portfolio/index.ts';
import type { Initiative } from '../../../shared/portfolio/index.ts';
import type { LoadedPeriod } from '../../store/period.ts';
import { fromPositions, ROWS_PER_POST } from './compare-protocol.ts';
import type { CompareAnswer, CompareRequest } from './compare-protocol.ts';

const keyOf = (p: LoadedPeriod) => `${p.period.id}@${p.period.importedAt}`;
const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));
const slim = (i: Initiative): ComparableInitiative => ({ nr: i.nr, name: i.name, status: i.status, risk: i.risk, phase: i.phase, activity: i.activity });

/** Compares periods in one worker, sending each period's tiltak to it once. */
class Comparer {
  private readonly worker = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
  private readonly sent = new Map<string, Promise<void>>();
  private readonly waiting = new Map<number, (a: CompareAnswer) => void>();
  private failure: ((e: Error) => void) | null = null;
  private lastId = 0;

  constructor() {
    this.worker.onmessage = (e: MessageEvent<CompareAnswer>) => {
      this.waiting.get(e.data.id)?.(e.data);
      this.waiting.delete(e.data.id);
    };
    this.worker.onerror = (e) => this.failure?.(new Error(e.message || 'Sammenligningen stoppet uventet.'));
  }

  private post(m: CompareRequest) {
    this.worker.postMessage(m);
  }

  /** Posts a period's tiltak in chunks, one task each, so the UI thread stays responsive. */
  private send(p: LoadedPeriod): Promise<void> {
    const key = keyOf(p);
    let job = this.sent.get(key);
    if (!job) {
      job = (async () => {
        const all = p.report.initiatives;
        for (let from = 0; from < all.length || from === 0; from += ROWS_PER_POST) {
          if (from > 0) await nextTask();
          const to = Math.min(all.length, from + ROWS_PER_POST);
          this.post({ type: 'rows', key, rows: all.slice(from, to).map(slim), last: to >= all.length });
        }
      })();
      this.sent.set(key, job);
    }
    return job;
  }

  async compare(prev: LoadedPeriod, next: LoadedPeriod): Promise<PeriodComparison> {
    const keep = new Set([keyOf(prev), keyOf(next)]);
    // The worker drops every other period when it compares.
    for (const k of [...this.sent.keys()]) if (!keep.has(k)) this.sent.delete(k);
    await this.send(prev);
    await this.send(next);
    const id = ++this.lastId;
    const answer = await new Promise<CompareAnswer>((resolve, reject) => {
      this.waiting.set(id, resolve);
      this.failure = reject;
      this.post({ type: 'compare', id, prev: keyOf(prev), next: keyOf(next) });
    });
    return fromPositions(answer, prev.report.initiatives, next.report.initiatives);
  }

  dispose() {
    this.worker.terminate();
  }
}

/**
 * The comparison of two loaded periods, computed off the UI thread (a 20k-tiltak diff would
 * otherwise block it); null while it is being computed. Without Worker (component tests) inline.
 */
export function usePeriodComparison(prev: LoadedPeriod | null, next: LoadedPeriod | null): { result: PeriodComparison | null; error: string | null } {
  const comparer = useRef<Comparer | null>(null);
  const [state, setState] = useState<{ for: readonly unknown[]; result: PeriodComparison | null; error: string | null }>({ for: [], result: null, error: null });
  // LoadedPeriod objects are rebuilt on each render; the period records and reports are stable.
  const deps = [prev?.period, prev?.report, next?.period, next?.report] as const;

  useEffect(() => () => comparer.current?.dispose(), []);
  useEffect(() => {
    if (!prev || !next) return;
    let live = true;
    const run = async (): Promise<PeriodComparison> => {
      if (typeof Worker === 'undefined') {
        await nextTask();
        return comparePeriods(prev.report, next.report);
      }
      comparer.current ??= new Comparer();
      return comparer.current.compare(prev, next);
    };
    run().then(
      (result) => live && setState({ for: deps, result, error: null }),
      (e: unknown) => live && setState({ for: deps, result: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deps lists what prev/next stand for
  }, deps);

  const current = state.for.length === deps.length && deps.every((d, k) => d === state.for[k]);
  return current ? { result: state.result, error: state.error } : { result: null, error: null };
}
