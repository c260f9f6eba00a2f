/**
 * Derived figures of a report, computed the way the published report counts them: status and risk
 * are counted among ACTIVE tiltak only ("Statusen inkluderer kun aktive tiltak").
 */
import type { KNok } from '../format/index.ts';
import { SEGMENTS, isActive } from './model.ts';
import type { Initiative, OpexCell, PortfolioReport, Segment, TrafficLight } from './model.ts';

/** Traffic-light counts. */
export interface LightCounts {
  green: number;
  yellow: number;
  red: number;
}

/** The headline figures of one report. */
export interface ReportSummary {
  initiatives: number;
  active: number;
  activeBySegment: Record<Segment, number>;
  /** Status among active tiltak. */
  status: LightCounts;
  /** Risk among active tiltak; `none` counts active tiltak without risk (Observere). */
  risk: LightCounts & { none: number };
  dependencies: number;
  opexLines: number;
  opexYears: number[];
  /** Sum of amounts per year ("2022" → kNOK); markers and blanks add nothing. */
  opexTotalsKNok: Record<string, KNok>;
  /** Running total of {@link opexTotalsKNok} over the years. */
  opexAccumulatedKNok: Record<string, KNok>;
}

function countLights(items: readonly Initiative[], pick: (i: Initiative) => TrafficLight | null) {
  const c = { green: 0, yellow: 0, red: 0, none: 0 };
  for (const item of items) {
    const v = pick(item);
    if (v === null) c.none++;
    else c[v]++;
  }
  return c;
}

/** Amount of a cell in kNOK, 0 for markers and blanks. */
export function cellAmount(cell: OpexCell | undefined): KNok {
  return cell && cell.kind === 'amount' ? cell.kNok : 0;
}

/** Yearly and accumulated D&F totals in kNOK. */
export function opexTotals(report: Pick<PortfolioReport, 'opex' | 'opexYears'>): {
  totals: Record<string, KNok>;
  accumulated: Record<string, KNok>;
} {
  const totals: Record<string, KNok> = {};
  const accumulated: Record<string, KNok> = {};
  let running = 0;
  for (const year of report.opexYears) {
    const y = String(year);
    let sum = 0;
    const lines = report.opex;
    for (const line of lines) sum += cellAmount(line.years[y]);
    totals[y] = sum;
    running += sum;
    accumulated[y] = running;
  }
  return { totals, accumulated };
}

/** Headline figures of a report. */
export function summarize(report: PortfolioReport): ReportSummary {
  const active = report.initiatives.filter(isActive);
  const activeBySegment = Object.fromEntries(SEGMENTS.map((s) => [s, 0])) as Record<Segment, number>;
  for (const i of active) activeBySegment[i.segment]++;
  const status = countLights(active, (i) => i.status);
  const risk = countLights(active, (i) => i.risk);
  const { totals, accumulated } = opexTotals(report);
  return {
    initiatives: report.initiatives.length,
    active: active.length,
    activeBySegment,
    status: { green: status.green, yellow: status.yellow, red: status.red },
    risk,
    dependencies: report.dependencies.length,
    opexLines: report.opex.length,
    opexYears: [...report.opexYears],
    opexTotalsKNok: totals,
    opexAccumulatedKNok: accumulated,
  };
}
