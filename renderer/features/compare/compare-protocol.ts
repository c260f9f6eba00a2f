import { changesBetween, comparePeriods } from '../../../shared/portfolio/index.ts';
import type { ComparableInitiative, PeriodComparison } from '../../../shared/portfolio/index.ts';

/**
 * Messages between the comparison view and its worker. A period's tiltak cross once (as slim
 * copies, in chunks so no single post blocks the UI thread for long) and stay in the worker under
 * their cache key; a comparison then sends only two keys, and the answer is positions into the
 * periods' own arrays (transferred, not copied), so no tiltak cross back.
 */
export type CompareRequest =
  /** A chunk of a period's tiltak; `first` starts the period afresh, `last` completes it. */
  | { type: 'rows'; key: string; rows: ComparableInitiative[]; first: boolean; last: boolean }
  /** Compares two complete periods and forgets every other one. */
  | { type: 'compare'; id: number; prev: string; next: string };

/** A comparison as positions in the two periods' tiltak arrays. */
export interface ComparePositions {
  /** Positions in the newer period. */
  added: Int32Array;
  /** Positions: `p` in the newer period, or `-p - 1` in the older one. */
  ended: Int32Array;
  /** Pairs of positions: newer period, older period. */
  changed: Int32Array;
}

export interface CompareAnswer extends ComparePositions {
  id: number;
}

/** Tiltak per posted chunk. */
export const ROWS_PER_POST = 2000;

/** Compares two periods' tiltak (older, newer) and gives the result as positions (in the worker). */
export function comparePositions(prev: readonly ComparableInitiative[], next: readonly ComparableInitiative[]): ComparePositions {
  const at = (list: readonly ComparableInitiative[]) => new Map(list.map((r, k) => [r, k]));
  const inPrev = at(prev);
  const inNext = at(next);
  const prevByNr = new Map(prev.map((r, k) => [r.nr, k]));
  const diff = comparePeriods({ initiatives: prev }, { initiatives: next });
  const changed = new Int32Array(diff.changed.length * 2);
  diff.changed.forEach((c, k) => {
    changed[2 * k] = inNext.get(c.initiative)!;
    changed[2 * k + 1] = prevByNr.get(c.nr)!;
  });
  return {
    added: Int32Array.from(diff.added, (r) => inNext.get(r)!),
    ended: Int32Array.from(diff.ended, (r) => inNext.get(r) ?? -inPrev.get(r)! - 1),
    changed,
  };
}

/** The comparison rebuilt from positions and the periods' own tiltak (on the UI thread). */
export function fromPositions<T extends ComparableInitiative>(a: ComparePositions, prev: readonly T[], next: readonly T[]): PeriodComparison<T> {
  const changed: PeriodComparison<T>['changed'] = [];
  for (let k = 0; k < a.changed.length; k += 2) {
    const now = next[a.changed[k]!]!;
    changed.push({ nr: now.nr, name: now.name, initiative: now, changes: changesBetween(prev[a.changed[k + 1]!]!, now) });
  }
  return {
    added: Array.from(a.added, (p) => next[p]!),
    ended: Array.from(a.ended, (p) => (p >= 0 ? next[p]! : prev[-p - 1]!)),
    changed,
  };
}

/**
 * The worker's side: keeps the periods it is sent and answers comparisons. The page sends one
 * request at a time, so a comparison always finds both its periods complete.
 */
export function createCompareHost(post: (answer: CompareAnswer, transfer: Transferable[]) => void): (m: CompareRequest) => void {
  const periods = new Map<string, ComparableInitiative[]>();
  const filling = new Map<string, ComparableInitiative[]>();
  return (m) => {
    if (m.type === 'rows') {
      const rows = m.first ? [] : (filling.get(m.key) ?? []);
      for (const r of m.rows) rows.push(r);
      if (m.last) {
        filling.delete(m.key);
        periods.set(m.key, rows);
      } else filling.set(m.key, rows);
      return;
    }
    for (const k of periods.keys()) if (k !== m.prev && k !== m.next) periods.delete(k);
    const p = comparePositions(periods.get(m.prev) ?? [], periods.get(m.next) ?? []);
    post({ id: m.id, ...p }, [p.added.buffer, p.ended.buffer, p.changed.buffer]);
  };
}
