/** The shipped example periods as a period source for view tests (read through the real import). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importPortfolio } from '../../../shared/import/index.ts';
import type { PortfolioReport } from '../../../shared/portfolio/model.ts';
import { setPeriodSource } from '../../../renderer/store/period.ts';
import type { StoredPeriod } from '../../../renderer/store/period.ts';
import { useNavigation } from '../../../renderer/store/navigation.ts';

function example(name: string): PortfolioReport {
  const bytes = new Uint8Array(readFileSync(resolve('assets/examples', name)));
  const result = importPortfolio([{ name, bytes }]);
  if (!result.ok || !result.report) throw new Error(`Eksempelet ${name} kunne ikke leses`);
  return result.report;
}

let cache: { may: PortfolioReport; sept: PortfolioReport } | null = null;

/** The reconstructed May 2022 and the published September 2022 reports. */
export function exampleReports() {
  cache ??= { may: example('portefolje-2022-05-rekonstruert.xlsx'), sept: example('portefolje-2022-09.xlsx') };
  return cache;
}

const stored = (r: PortfolioReport): StoredPeriod => ({
  id: r.period!.key,
  key: r.period!.key,
  label: r.period!.label,
  reconstructed: r.period!.reconstructed,
  importedAt: '2026-11-22T00:00:00.000Z',
});

/** Serves the given reports (default: both examples) to the views. */
export function useReports(reports: PortfolioReport[] = Object.values(exampleReports())): void {
  setPeriodSource({
    list: async () => reports.map(stored),
    load: async (id) => reports.find((r) => r.period!.key === id) ?? null,
  });
}

/** Puts the app at an area with parameters, as a click on a link would. */
export function goTo(area: Parameters<ReturnType<typeof useNavigation.getState>['navigate']>[0], params: Record<string, string> = {}) {
  useNavigation.getState().navigate(area, params);
}
