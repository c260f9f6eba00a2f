import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import type { PortfolioReport } from '../../shared/portfolio/model.ts';
import { listPeriods, loadPeriod } from '../db/periods-repo.ts';

/**
 * The chosen reporting period, shared by every portfolio view (default: the latest), and a cache
 * of loaded reports. Where periods come from is a {@link PeriodSource}, so the views do not depend
 * on how the import feature stores them (and tests can hand in reports directly).
 */

/** A stored period as the views need it. */
export interface StoredPeriod {
  id: string;
  /** "2022-09"; periods are ordered by key. */
  key: string;
  label: string;
  reconstructed: boolean;
  /** Changes when the period is imported again, so a cached report is not reused. */
  importedAt: string;
}

/** Where stored periods are listed and loaded from. */
export interface PeriodSource {
  list: () => Promise<StoredPeriod[]>;
  load: (id: string) => Promise<PortfolioReport | null>;
}

const emptySource: PeriodSource = { list: async () => [], load: async () => null };
// The periods stored by the import feature, in IndexedDB.
let source: PeriodSource = { list: listPeriods, load: loadPeriod };

/** Sets where periods come from (default: the periods repository; null: nothing stored; tests: a fake). */
export function setPeriodSource(s: PeriodSource | null): void {
  source = s ?? emptySource;
  usePeriodStore.setState({ status: 'idle', periods: [], reports: {}, selectedId: null, error: null });
}

interface PeriodState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  /** Oldest first. */
  periods: StoredPeriod[];
  /** The chosen period; null means the latest. */
  selectedId: string | null;
  /** Loaded reports by `${id}@${importedAt}`. */
  reports: Record<string, PortfolioReport>;
  select: (id: string | null) => void;
  /** Lists the stored periods again (after an import or delete). */
  refresh: () => Promise<void>;
  /** Loads the reports of the given periods into the cache. */
  ensure: (periods: readonly StoredPeriod[]) => Promise<void>;
}

const cacheKey = (p: StoredPeriod) => `${p.id}@${p.importedAt}`;
const pending = new Map<string, Promise<void>>();

export const usePeriodStore = create<PeriodState>((set, get) => ({
  status: 'idle',
  error: null,
  periods: [],
  selectedId: null,
  reports: {},
  select: (id) => set({ selectedId: id }),
  refresh: async () => {
    if (get().status === 'idle') set({ status: 'loading' });
    try {
      const periods = [...(await source.list())].sort((a, b) => a.key.localeCompare(b.key));
      const keep = new Set(periods.map(cacheKey));
      const reports = Object.fromEntries(Object.entries(get().reports).filter(([k]) => keep.has(k)));
      const selectedId = periods.some((p) => p.id === get().selectedId) ? get().selectedId : null;
      // Keep the same array when nothing changed, so views do not recompute on every visit.
      const same = JSON.stringify(periods) === JSON.stringify(get().periods);
      set({ status: 'ready', periods: same ? get().periods : periods, reports, selectedId, error: null });
    } catch (e) {
      set({ status: 'error', error: e instanceof Error ? e.message : String(e) });
    }
  },
  ensure: async (periods) => {
    const missing = periods.filter((p) => !get().reports[cacheKey(p)]);
    await Promise.all(
      missing.map((p) => {
        const k = cacheKey(p);
        let job = pending.get(k);
        if (!job) {
          job = source
            .load(p.id)
            .then((report) => {
              if (report) set({ reports: { ...get().reports, [k]: report } });
            })
            .catch((e: unknown) => set({ error: e instanceof Error ? e.message : String(e) }))
            .finally(() => pending.delete(k));
          pending.set(k, job);
        }
        return job;
      }),
    );
  },
}));

/** The period shown: the chosen one, or the latest. */
export function currentPeriod(s: Pick<PeriodState, 'periods' | 'selectedId'>): StoredPeriod | null {
  return s.periods.find((p) => p.id === s.selectedId) ?? s.periods[s.periods.length - 1] ?? null;
}

/** The period before `p`, or null. */
export function previousPeriod(periods: readonly StoredPeriod[], p: StoredPeriod | null): StoredPeriod | null {
  if (!p) return null;
  const idx = periods.findIndex((x) => x.id === p.id);
  return idx > 0 ? (periods[idx - 1] ?? null) : null;
}

/** A period with its loaded report. */
export interface LoadedPeriod {
  period: StoredPeriod;
  report: PortfolioReport;
}

/** What a view gets: `empty` when nothing is stored; `ready` with the chosen period loaded. */
export type PortfolioData =
  | { status: 'loading' }
  | { status: 'empty' }
  | { status: 'error'; error: string }
  | {
      status: 'ready';
      periods: StoredPeriod[];
      current: LoadedPeriod;
      previous: LoadedPeriod | null;
      /**
       * The periods loaded so far, oldest first; only when asked for (`all: true`). They arrive after
       * the chosen one: check {@link allLoaded} before treating the list as complete.
       */
      all: LoadedPeriod[];
      /** True when `all` holds every stored period. */
      allLoaded: boolean;
    };

/**
 * The chosen period's report (and the previous one), loading as needed. With `all`, every
 * stored period is loaded too (for trends and timelines).
 */
export function usePortfolio(options: { all?: boolean } = {}): PortfolioData {
  const { status, error, periods, selectedId, reports, refresh, ensure } = usePeriodStore();
  const wantAll = options.all === true;
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const current = currentPeriod({ periods, selectedId });
  const previous = previousPeriod(periods, current);
  useEffect(() => {
    if (!current) return;
    // The chosen period (and the one before) first, so the view draws; then the rest for trends.
    const first = previous ? [current, previous] : [current];
    void ensure(first).then(() => (wantAll ? ensure(periods) : undefined));
  }, [ensure, periods, current, previous, wantAll]);

  // Stable identities while nothing changes, so the views' memoised figures are reused.
  const allLoaded = useMemo(() => {
    const list = wantAll ? periods.map((p) => loadedOf(p, reports)).filter((x): x is LoadedPeriod => x !== null) : [];
    return { list, complete: list.length === periods.length };
  }, [wantAll, periods, reports]);
  const cur = useMemo(() => loadedOf(current, reports), [current, reports]);
  const prev = useMemo(() => loadedOf(previous, reports), [previous, reports]);

  if (status === 'error') return { status: 'error', error: error ?? 'Ukjent feil' };
  if (status !== 'ready') return { status: 'loading' };
  if (!current) return { status: 'empty' };
  if (!cur) return error ? { status: 'error', error } : { status: 'loading' };
  if (previous && !prev) return { status: 'loading' };
  return { status: 'ready', periods, current: cur, previous: prev, all: allLoaded.list, allLoaded: allLoaded.complete };
}

function loadedOf(p: StoredPeriod | null, reports: Record<string, PortfolioReport>): LoadedPeriod | null {
  const report = p ? reports[cacheKey(p)] : undefined;
  return p && report ? { period: p, report } : null;
}

/** Loads one more period on demand (the comparison view picks any two). */
export function useLoadedPeriod(p: StoredPeriod | null): LoadedPeriod | null {
  const reports = usePeriodStore((s) => s.reports);
  const ensure = usePeriodStore((s) => s.ensure);
  useEffect(() => {
    if (p) void ensure([p]);
  }, [ensure, p]);
  if (!p) return null;
  const report = reports[cacheKey(p)];
  return report ? { period: p, report } : null;
}
