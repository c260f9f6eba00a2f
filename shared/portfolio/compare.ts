/**
 * What changed between two periods, matched by tiltak number: the report's own "endringer siden
 * forrige rapport" (new tiltak, ended tiltak, status/risk/phase changes).
 */
import type { Activity, Initiative, Phase, TrafficLight } from './model.ts';

/** A field that changed for one tiltak. */
export type InitiativeChange =
  | { field: 'status' | 'risk'; from: TrafficLight | null; to: TrafficLight | null }
  | { field: 'phase'; from: Phase | null; to: Phase | null }
  | { field: 'activity'; from: Activity | null; to: Activity | null };

/** The fields a comparison reads: a whole {@link Initiative}, or a slim copy of it (in a worker). */
export type ComparableInitiative = Pick<Initiative, 'nr' | 'name' | 'status' | 'risk' | 'phase' | 'activity'>;

export interface ChangedInitiative<T extends ComparableInitiative = Initiative> {
  nr: string;
  name: string;
  /** The tiltak as in the newer period. */
  initiative: T;
  changes: InitiativeChange[];
}

export interface PeriodComparison<T extends ComparableInitiative = Initiative> {
  /** In the newer period, not in the older. */
  added: T[];
  /**
   * Ended since the older period: not `done` there, and `done` (Ferdig) or absent in the newer.
   * Items are as in the newer period when present there, else as in the older.
   */
  ended: T[];
  /** Present in both with changed status, risk, phase or activity (ended tiltak excluded). */
  changed: ChangedInitiative<T>[];
}

/** The status, risk, phase and activity changes from `old` to `now` (the same tiltak in two periods). */
export function changesBetween(old: ComparableInitiative, now: ComparableInitiative): InitiativeChange[] {
  const changes: InitiativeChange[] = [];
  if (old.status !== now.status) changes.push({ field: 'status', from: old.status, to: now.status });
  if (old.risk !== now.risk) changes.push({ field: 'risk', from: old.risk, to: now.risk });
  if (old.phase !== now.phase) changes.push({ field: 'phase', from: old.phase, to: now.phase });
  if (old.activity !== now.activity) changes.push({ field: 'activity', from: old.activity, to: now.activity });
  return changes;
}

/** Compares an older period (`prev`) with a newer one (`next`). */
export function comparePeriods<T extends ComparableInitiative = Initiative>(
  prev: { readonly initiatives: readonly T[] },
  next: { readonly initiatives: readonly T[] },
): PeriodComparison<T> {
  const before = new Map(prev.initiatives.map((i) => [i.nr, i]));
  const after = new Map(next.initiatives.map((i) => [i.nr, i]));
  const added: T[] = [];
  const ended: T[] = [];
  const changed: ChangedInitiative<T>[] = [];
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
    const changes = changesBetween(old, i);
    if (changes.length > 0) changed.push({ nr: i.nr, name: i.name, initiative: i, changes });
  }
  for (const old of prev.initiatives) {
    if (!after.has(old.nr) && old.activity !== 'done') ended.push(old);
  }
  return { added, ended, changed };
}
