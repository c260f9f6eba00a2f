/**
 * What changed between two periods, matched by tiltak number: the report's own "endringer siden
 * forrige rapport" (new tiltak, ended tiltak, status/risk/phase changes).
 */
import type { Activity, Initiative, Phase, PortfolioReport, TrafficLight } from './model.ts';

/** A field that changed for one tiltak. */
export type InitiativeChange =
  | { field: 'status' | 'risk'; from: TrafficLight | null; to: TrafficLight | null }
  | { field: 'phase'; from: Phase | null; to: Phase | null }
  | { field: 'activity'; from: Activity | null; to: Activity | null };

export interface ChangedInitiative {
  nr: string;
  name: string;
  /** The tiltak as in the newer period. */
  initiative: Initiative;
  changes: InitiativeChange[];
}

export interface PeriodComparison {
  /** In the newer period, not in the older. */
  added: Initiative[];
  /**
   * Ended since the older period: not `done` there, and `done` (Ferdig) or absent in the newer.
   * Items are as in the newer period when present there, else as in the older.
   */
  ended: Initiative[];
  /** Present in both with changed status, risk, phase or activity (ended tiltak excluded). */
  changed: ChangedInitiative[];
}

type Report = Pick<PortfolioReport, 'initiatives'>;

/** Compares an older period (`prev`) with a newer one (`next`). */
export function comparePeriods(prev: Report, next: Report): PeriodComparison {
  const before = new Map(prev.initiatives.map((i) => [i.nr, i]));
  const after = new Map(next.initiatives.map((i) => [i.nr, i]));
  const added: Initiative[] = [];
  const ended: Initiative[] = [];
  const changed: ChangedInitiative[] = [];
  for (const i of next.initiatives) {
    const old = before.get(i.nr);
    if (!old) {
      added.push(i);
      continue;
    }
    if (old.activity !== 'done' && i.activity === 'done') {
      ended.push(i);
      continue;
    }
    const changes: InitiativeChange[] = [];
    if (old.status !== i.status) changes.push({ field: 'status', from: old.status, to: i.status });
    if (old.risk !== i.risk) changes.push({ field: 'risk', from: old.risk, to: i.risk });
    if (old.phase !== i.phase) changes.push({ field: 'phase', from: old.phase, to: i.phase });
    if (old.activity !== i.activity) changes.push({ field: 'activity', from: old.activity, to: i.activity });
    if (changes.length > 0) changed.push({ nr: i.nr, name: i.name, initiative: i, changes });
  }
  for (const old of prev.initiatives) {
    if (!after.has(old.nr) && old.activity !== 'done') ended.push(old);
  }
  return { added, ended, changed };
}
