/**
 * Benchmark hook, compiled in only when VITE_HP_BENCH=1 (bench/cases/views.bench.ts builds such a
 * bundle into dist-bench; the shipped app never contains it). Seeds synthetic periods in the page,
 * so 50k tiltak need not travel through the browser protocol.
 */
import { syntheticReport } from '../../../bench/synthetic-report.ts';
import { TRAFFIC_LIGHTS } from '../../../shared/portfolio/model.ts';
import type { PortfolioReport } from '../../../shared/portfolio/model.ts';
import { setPeriodSource, usePeriodStore } from '../../store/period.ts';

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
}

declare global {
  interface Window {
    __hpBench?: BenchHook;
  }
}

window.__hpBench = {
  seed: async (n, periods) => {
    const reports = syntheticPeriods(n, periods);
    setPeriodSource({
      list: async () =>
        reports.map((r) => ({ id: r.period!.key, key: r.period!.key, label: r.period!.label, reconstructed: false, importedAt: 'bench' })),
      load: async (id) => reports.find((r) => r.period!.key === id) ?? null,
    });
    await usePeriodStore.getState().refresh();
  },
};
