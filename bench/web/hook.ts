/**
 * Benchmark seeding hook: a bench-only entry, built beside the app by bench/web-build.ts into
 * `bench-hook.js` and imported by a bench page only when it seeds (so the app under test is the
 * shipped web build, byte for byte). Seeds synthetic periods in the page, so 50k tiltak need not
 * travel through the browser protocol, and stores them in IndexedDB through the periods
 * repository like an import does. The app reads them on its next start.
 */
import { syntheticReport } from '../synthetic-report.ts';
import { PHASES, TRAFFIC_LIGHTS } from '../../shared/portfolio/model.ts';
import type { PortfolioReport } from '../../shared/portfolio/model.ts';
import { savePeriod } from '../../renderer/db/periods-repo.ts';

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

/**
 * Two periods of n tiltak that differ the way a renumbered report does (for the comparison view):
 * four in five tiltak ended and new, and a third of the rest with a changed status and phase.
 */
function comparePair(n: number): PortfolioReport[] {
  const base = syntheticReport(n);
  return [
    { ...base, period: { ...base.period!, key: '2030-01', label: 'Syntetisk 2030-01' } },
    {
      ...base,
      period: { ...base.period!, key: '2030-04', label: 'Syntetisk 2030-04' },
      initiatives: base.initiatives.map((i, idx) => {
        if (idx % 5 !== 0) return { ...i, nr: `N${i.nr}` };
        return idx % 3 === 0 ? { ...i, status: TRAFFIC_LIGHTS[(idx + 1) % 3]!, phase: PHASES[(idx + 1) % PHASES.length]! } : i;
      }),
    },
  ];
}

export interface BenchHook {
  /** Stores `periods` periods of `n` tiltak each (replacing any with the same key). */
  seed: (n: number, periods: number) => Promise<void>;
  /** Stores two periods of `n` tiltak each for the comparison view ({@link comparePair}). */
  seedCompare: (n: number) => Promise<void>;
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
  },
  seedCompare: async (n) => {
    for (const r of comparePair(n)) {
      await savePeriod(r, { files: [{ name: 'syntetisk.xlsx', sha256: '', bytes: 0 }], importedAt: new Date().toISOString() }, { replace: true });
    }
  },
};
