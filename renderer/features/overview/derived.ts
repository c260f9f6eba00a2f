import { comparePeriods } from '../../../shared/portfolio/compare.ts';
import type { PeriodComparison } from '../../../shared/portfolio/compare.ts';
import type { PortfolioReport } from '../../../shared/portfolio/model.ts';
import { summarize } from '../../../shared/portfolio/summary.ts';
import type { ReportSummary } from '../../../shared/portfolio/summary.ts';
import { groupLights } from '../../../shared/portfolio/views/group.ts';
import type { GroupDimension, LightGroup } from '../../../shared/portfolio/views/group.ts';
import { trend } from '../../../shared/portfolio/views/trend.ts';
import type { TrendPoint } from '../../../shared/portfolio/views/trend.ts';
import type { LoadedPeriod } from '../../store/period.ts';

/**
 * Figures derived from a loaded report, kept per report object: a stored period does not change
 * (a re-import loads a new object), so returning to the overview costs nothing at 10k tiltak.
 */
const summaries = new WeakMap<PortfolioReport, ReportSummary>();
const comparisons = new WeakMap<PortfolioReport, WeakMap<PortfolioReport, PeriodComparison>>();
const groups = new WeakMap<PortfolioReport, Map<string, LightGroup[]>>();
const points = new WeakMap<PortfolioReport, TrendPoint>();

export function summaryOf(report: PortfolioReport): ReportSummary {
  let s = summaries.get(report);
  if (!s) summaries.set(report, (s = summarize(report)));
  return s;
}

export function comparisonOf(prev: PortfolioReport, next: PortfolioReport): PeriodComparison {
  let inner = comparisons.get(prev);
  if (!inner) comparisons.set(prev, (inner = new WeakMap()));
  let c = inner.get(next);
  if (!c) inner.set(next, (c = comparePeriods(prev, next)));
  return c;
}

export function groupsOf(report: PortfolioReport, dim: GroupDimension, light: 'status' | 'risk'): LightGroup[] {
  let m = groups.get(report);
  if (!m) groups.set(report, (m = new Map()));
  const key = `${dim}:${light}`;
  let g = m.get(key);
  if (!g) m.set(key, (g = groupLights(report.initiatives, dim, light)));
  return g;
}

export function trendOf(all: readonly LoadedPeriod[]): TrendPoint[] {
  return all.map((p) => {
    let t = points.get(p.report);
    if (!t) {
      t = trend([{ key: p.period.key, label: p.period.label, reconstructed: p.period.reconstructed, report: p.report }])[0]!;
      points.set(p.report, t);
    }
    return t;
  });
}
