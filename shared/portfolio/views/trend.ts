/**
 * Across periods: the share of yellow and red among active tiltak per period (the trend on the
 * overview), and one tiltak's status, risk and phase through the periods (its timeline).
 */
import { isActive } from '../model.ts';
import type { Activity, Initiative, Phase, PortfolioReport, ReportingPeriod, TrafficLight } from '../model.ts';

/** A stored period with its report, oldest first when passed to the functions below. */
export interface PeriodReport {
  key: string;
  label: string;
  reconstructed: boolean;
  report: Pick<PortfolioReport, 'initiatives'>;
}

/** One point of the trend: counts and shares (0–100, one decimal) among active tiltak. */
export interface TrendPoint {
  key: string;
  label: string;
  reconstructed: boolean;
  active: number;
  statusYellow: number;
  statusRed: number;
  riskYellow: number;
  riskRed: number;
  statusYellowPct: number;
  statusRedPct: number;
  riskYellowPct: number;
  riskRedPct: number;
}

const pct = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 10);

/** The trend over the given periods (keep them oldest first). */
export function trend(periods: readonly PeriodReport[]): TrendPoint[] {
  return periods.map((p) => {
    let active = 0;
    let sy = 0;
    let sr = 0;
    let ry = 0;
    let rr = 0;
    for (const i of p.report.initiatives) {
      if (!isActive(i)) continue;
      active++;
      if (i.status === 'yellow') sy++;
      else if (i.status === 'red') sr++;
      if (i.risk === 'yellow') ry++;
      else if (i.risk === 'red') rr++;
    }
    return {
      key: p.key,
      label: p.label,
      reconstructed: p.reconstructed,
      active,
      statusYellow: sy,
      statusRed: sr,
      riskYellow: ry,
      riskRed: rr,
      statusYellowPct: pct(sy, active),
      statusRedPct: pct(sr, active),
      riskYellowPct: pct(ry, active),
      riskRedPct: pct(rr, active),
    };
  });
}

/** One tiltak in one period; `present` is false when the period does not list it. */
export interface TimelineEntry {
  key: string;
  label: string;
  reconstructed: boolean;
  present: boolean;
  status: TrafficLight | null;
  risk: TrafficLight | null;
  phase: Phase | null;
  activity: Activity | null;
}

/** A tiltak's status, risk, phase and activity in each period (oldest first). */
export function timeline(periods: readonly PeriodReport[], nr: string): TimelineEntry[] {
  return periods.map((p) => {
    const i: Initiative | undefined = p.report.initiatives.find((x) => x.nr === nr);
    return {
      key: p.key,
      label: p.label,
      reconstructed: p.reconstructed,
      present: i !== undefined,
      status: i?.status ?? null,
      risk: i?.risk ?? null,
      phase: i?.phase ?? null,
      activity: i?.activity ?? null,
    };
  });
}

/** Orders periods oldest first by key ("2022-06" before "2022-09"). */
export function byPeriodKey<T extends Pick<ReportingPeriod, 'key'>>(a: T, b: T): number {
  return a.key.localeCompare(b.key);
}
