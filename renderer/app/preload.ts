import { currentPeriod, previousPeriod, usePeriodStore } from '../store/period.ts';
import type { AreaId } from './areas.ts';
import { PAGE_LOADERS } from './pages.ts';

/** The views that open on the chosen period (and the one before it). */
const PERIOD_VIEWS: readonly AreaId[] = ['oversikt', 'tiltak', 'avhengigheter', 'drift'];

/**
 * Starts what the first view needs before React has drawn the shell: the page's code and, for
 * the portfolio views, the chosen period read from IndexedDB. Both take a few hundred
 * milliseconds with 10k tiltak; started together they overlap instead of following each other.
 * The view asks the store for the same periods and is handed the loads already under way.
 */
export function preloadFirstView(area: AreaId): void {
  void PAGE_LOADERS[area]().catch(() => undefined); // the lazy page reports a failure when it renders
  if (!PERIOD_VIEWS.includes(area)) return;
  const store = usePeriodStore.getState();
  void store.refresh().then(() => {
    const s = usePeriodStore.getState();
    const current = currentPeriod(s);
    if (!current) return;
    const previous = previousPeriod(s.periods, current);
    return s.ensure(previous ? [current, previous] : [current]);
  });
}
