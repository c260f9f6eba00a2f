import { startTransition, useEffect, useRef, useState } from 'react';
import { comparePeriods } from '../../../shared/portfolio/index.ts';
import type { PeriodComparison } from '../../../shared/portfolio/index.ts';
import type { LoadedPeriod } from '../../store/period.ts';
import { Comparer, SupersededError } from './comparer.ts';

const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

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
      // A transition: React renders the long lists in slices, yielding to input between them.
      (result) => live && startTransition(() => setState({ for: deps, result, error: null })),
      (e: unknown) => live && !(e instanceof SupersededError) && setState({ for: deps, result: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deps lists what prev/next stand for
  }, deps);

  const current = state.for.length === deps.length && deps.every((d, k) => d === state.for[k]);
  return current ? { result: state.result, error: state.error } : { result: null, error: null };
}
