/**
 * Edits across years and of a year's set-asides and the styringsramme, pure like edits.ts: add or
 * remove a year at either end, copy a year's lines to another year (optionally with a percent
 * change), move a line to another year.
 */
import type { KNok } from '../format/index.ts';
import { percentOf } from './arith.ts';
import { newId } from './edits.ts';
import type { BudgetCase, BudgetLine, SetAside, SpendingCap } from './model.ts';

function touch(c: BudgetCase, now: string): BudgetCase {
  return { ...c, updatedAt: now };
}

/** Adds the year before the first or after the last, with a zero frame. */
export function addYearAt(c: BudgetCase, end: 'start' | 'end', now: string): BudgetCase {
  const sorted = [...c.years].sort((a, b) => a - b);
  const year = sorted.length === 0 ? new Date(now).getUTCFullYear() + 1 : end === 'start' ? sorted[0]! - 1 : sorted[sorted.length - 1]! + 1;
  const frame = { year, frameKNok: 0, setAsides: [], source: { kind: 'bruker' as const } };
  return touch(
    {
      ...c,
      years: end === 'start' ? [year, ...sorted] : [...sorted, year],
      frames: end === 'start' ? [frame, ...c.frames] : [...c.frames, frame],
    },
    now,
  );
}

/** What removing a year at an end would take away (for the confirmation). */
export function yearRemoval(c: BudgetCase, end: 'start' | 'end'): { year: number; lines: number } | null {
  if (c.years.length < 2) return null;
  const sorted = [...c.years].sort((a, b) => a - b);
  const year = end === 'start' ? sorted[0]! : sorted[sorted.length - 1]!;
  return { year, lines: c.lines.filter((l) => l.year === year).length };
}

/** Removes the first or last year with its frame, lines and the alternatives' changes to them. A case keeps at least one year. */
export function removeYearAt(c: BudgetCase, end: 'start' | 'end', now: string): BudgetCase {
  const r = yearRemoval(c, end);
  if (!r) return c;
  const gone = new Set(c.lines.filter((l) => l.year === r.year).map((l) => l.id));
  return touch(
    {
      ...c,
      years: c.years.filter((y) => y !== r.year),
      frames: c.frames.filter((f) => f.year !== r.year),
      lines: c.lines.filter((l) => !gone.has(l.id)),
      alternatives: c.alternatives.map((a) => (a.adjustments.some((x) => gone.has(x.lineId)) ? { ...a, adjustments: a.adjustments.filter((x) => !gone.has(x.lineId)) } : a)),
    },
    now,
  );
}

/** The result of copying a year: lines made, and cells skipped because the target year has them. */
export interface CopyYearResult {
  case: BudgetCase;
  copied: number;
  skipped: number;
}

/**
 * Copies every line of `from` to `to` (a year of the case), scaling estimate and D&F increase by
 * `percent` (e.g. 3 or −10; null: unchanged), rounded half away from zero to whole kNOK. Cells the
 * target year already has are kept as they are and counted as skipped.
 */
export function copyYear(c: BudgetCase, from: number, to: number, percent: number | null, now: string): CopyYearResult {
  if (from === to || !c.years.includes(to)) return { case: c, copied: 0, skipped: 0 };
  const taken = new Set(c.lines.filter((l) => l.year === to).map((l) => `${l.areaId}\u0000${l.actorId}`));
  const scale = (k: KNok) => (percent === null ? k : Math.max(0, k + percentOf(k, percent)));
  const how = `Kopiert fra ${from}${percent === null ? '' : ` med ${String(percent).replace('.', ',')} % endring`}`;
  const made: BudgetLine[] = [];
  let skipped = 0;
  for (const l of c.lines) {
    if (l.year !== from) continue;
    if (taken.has(`${l.areaId}\u0000${l.actorId}`)) {
      skipped++;
      continue;
    }
    made.push({
      ...l,
      id: newId('l'),
      year: to,
      estimateKNok: scale(l.estimateKNok),
      followOnOpexKNok: scale(l.followOnOpexKNok),
      followOnEndYear: l.followOnEndYear === null ? null : Math.max(l.followOnEndYear, to + 1),
      deliverables: [...l.deliverables],
      initiativeNrs: [...l.initiativeNrs],
      source: { kind: 'bruker', note: how },
      followOnSource: { kind: 'bruker', note: how },
    });
  }
  if (made.length === 0) return { case: c, copied: 0, skipped };
  return { case: touch({ ...c, lines: [...c.lines, ...made] }, now), copied: made.length, skipped };
}

/** Moves a line to another year of the case; null when the year is not in the case or the cell is taken there. */
export function moveLineToYear(c: BudgetCase, lineId: string, year: number, now: string): BudgetCase | null {
  const line = c.lines.find((l) => l.id === lineId);
  if (!line || !c.years.includes(year)) return null;
  if (line.year === year) return c;
  if (c.lines.some((l) => l.id !== lineId && l.year === year && l.areaId === line.areaId && l.actorId === line.actorId)) return null;
  return touch({ ...c, lines: c.lines.map((l) => (l.id === lineId ? { ...l, year } : l)) }, now);
}

function mapFrame(c: BudgetCase, year: number, fn: (s: SetAside[]) => SetAside[], now: string): BudgetCase {
  return touch({ ...c, frames: c.frames.map((f) => (f.year === year ? { ...f, setAsides: fn(f.setAsides) } : f)) }, now);
}

/** Adds a set-aside to a year: an earmark of 0 or a reserve of 0 % of the frame less earmarks. */
export function addSetAside(c: BudgetCase, year: number, kind: SetAside['kind'], now: string): { case: BudgetCase; id: string } {
  const id = newId('sa');
  const s: SetAside =
    kind === 'earmark'
      ? { id, kind, name: 'Øremerket', amount: { kind: 'fixed', kNok: 0 }, source: { kind: 'bruker' } }
      : { id, kind, name: 'Usikkerhetsavsetning', amount: { kind: 'percent', percent: 0, base: { kind: 'frameLessEarmarks' } }, source: { kind: 'bruker' } };
  return { case: mapFrame(c, year, (list) => [...list, s], now), id };
}

/** Changes a set-aside; a changed amount becomes the user's (provenance `bruker`) unless the patch says otherwise. */
export function updateSetAside(c: BudgetCase, year: number, id: string, patch: Partial<Omit<SetAside, 'id'>>, now: string): BudgetCase {
  return mapFrame(
    c,
    year,
    (list) =>
      list.map((s) => {
        if (s.id !== id) return s;
        const next = { ...s, ...patch };
        if (patch.amount && !patch.source) next.source = { kind: 'bruker', note: 'Endret i appen' };
        return next;
      }),
    now,
  );
}

export function removeSetAside(c: BudgetCase, year: number, id: string, now: string): BudgetCase {
  return mapFrame(c, year, (list) => list.filter((s) => s.id !== id), now);
}

/** Sets or clears the styringsramme. */
export function setCap(c: BudgetCase, cap: SpendingCap | null, now: string): BudgetCase {
  return touch({ ...c, cap }, now);
}
