/**
 * Benchmark hook, compiled in only when VITE_HP_BENCH=1 (bench/cases/views.bench.ts builds such a
 * bundle into dist-bench; the shipped app never contains it). Seeds synthetic periods in the page,
 * so 50k tiltak need not travel through the browser protocol, and stores them in IndexedDB
 * through the periods repository like an import does.
 */
import { syntheticReport } from '../../../bench/synthetic-report.ts';
import { TRAFFIC_LIGHTS } from '../../../shared/portfolio/model.ts';
import type { PortfolioReport } from '../../../shared/portfolio/model.ts';
import { listPeriods, loadPeriod, savePeriod } from '../../db/periods-repo.ts';
import { usePeriodStore } from '../../store/period.ts';

/** n tiltak in each of `periods` quarterly periods, statuses shifting a little between periods. */
function syntheticPeriods(n: number, periods: number): PortfolioReport[] {
  const base = syntheticReport(n);
  return Array.from({ length: periods }, (_v, p) => {
    const year = 2030 + Math.floor(p / 4);
    const month = 1 + (p % 4) * 3;
    const key = `${year}-${String(month).padStart(2, '0')}`;
    return {
      ...base,
      period: { ...base.period!, key, label: `Syntetisk ${key}` },
      initiatives: base.initiatives.map((i, idx) =>
        idx % 11 === p ? { ...i, status: TRAFFIC_LIGHTS[(idx + p) % 3]! } : i,
      ),
    };
  });
}

export interface BenchHook {
  seed: (n: number, periods: number) => Promise<void>;
  /** Milliseconds to list the stored periods and load each one's report from IndexedDB. */
  timeLoad: () => Promise<number[]>;
}

declare global {
  interface Window {
    __hpBench?: BenchHook;
  }
}

window.__hpBench = {
  seed: async (n, periods) => {
    // Stored the way an import stores them, so loading is measured as the app does it.
    for (const r of syntheticPeriods(n, periods)) {
      await savePeriod(r, { files: [{ name: 'syntetisk.xlsx', sha256: '', bytes: 0 }], importedAt: new Date().toISOString() }, { replace: true });
    }
    await usePeriodStore.getState().refresh();
  },
  timeLoad: async () => {
    const t0 = performance.now();
    const list = await listPeriods();
    const times = [performance.now() - t0];
    for (const p of list) {
      const t = performance.now();
      await loadPeriod(p.id);
      times.push(performance.now() - t);
    }
    return times;
  },
};
