/**
 * Edits of a budget case as pure functions (case in → new case out, the input untouched), so the
 * UI can keep undo/redo as a list of cases and autosave whatever is current. Structural sharing:
 * only the changed branches are copied, so the engine's per-array caches stay valid elsewhere.
 */
import type { KNok } from '../format/index.ts';
import type {
  Alternative,
  AmountChange,
  BudgetCase,
  BudgetCaseContent,
  BudgetLine,
  LineAdjustment,
  NamedVersion,
  YearFrame,
} from './model.ts';
import { BASELINE_ID, CASE_SCHEMA_VERSION, blankAdjustment, emptyMeta } from './model.ts';

function touch(c: BudgetCase, now: string): BudgetCase {
  return { ...c, updatedAt: now };
}

/** A fresh id with a prefix (unique within a case; not a security token). */
let counter = 0;
export function newId(prefix: string): string {
  counter = (counter + 1) % 1_000_000;
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}${counter.toString(36)}`;
}

/** Cases are plain JSON, so a JSON round trip is a faithful deep copy (shared/ has no structuredClone). */
function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

export function updateFrame(c: BudgetCase, year: number, patch: Partial<Omit<YearFrame, 'year'>>, now: string): BudgetCase {
  const frames = c.frames.map((f) => (f.year === year ? { ...f, ...patch, source: patch.source ?? { kind: 'bruker' as const } } : f));
  return touch({ ...c, frames }, now);
}

/** Adds a year after the last with a zero frame (see year-edits.ts for either end). */
export function addYear(c: BudgetCase, now: string): BudgetCase {
  const year = c.years.length ? Math.max(...c.years) + 1 : new Date(now).getUTCFullYear();
  return touch(
    {
      ...c,
      years: [...c.years, year],
      frames: [...c.frames, { year, frameKNok: 0, setAsides: [], source: { kind: 'bruker' } }],
    },
    now,
  );
}

export function updateLine(c: BudgetCase, lineId: string, patch: Partial<Omit<BudgetLine, 'id'>>, now: string): BudgetCase {
  const lines = c.lines.map((l) => {
    if (l.id !== lineId) return l;
    const next = { ...l, ...patch };
    // A figure the user types is theirs: the document reference no longer holds for it.
    if (patch.estimateKNok !== undefined && patch.estimateKNok !== l.estimateKNok) next.source = { kind: 'bruker', note: 'Endret i appen' };
    if (patch.followOnOpexKNok !== undefined && patch.followOnOpexKNok !== l.followOnOpexKNok) next.followOnSource = { kind: 'bruker', note: 'Endret i appen' };
    return next;
  });
  return touch({ ...c, lines }, now);
}

/** Adds an area or actor by name when missing; returns its id. */
function ensureNamed(list: { id: string; name: string; shortName: string }[], name: string): { list: typeof list; id: string } {
  const found = list.find((x) => x.name.toLowerCase() === name.trim().toLowerCase());
  if (found) return { list, id: found.id };
  const id = newId('x');
  return { list: [...list, { id, name: name.trim(), shortName: name.trim() }], id };
}

/** Adds a line for area × actor × year (by name; new areas/actors are created). Null if it exists. */
export function addLine(c: BudgetCase, areaName: string, actorName: string, year: number, estimateKNok: KNok, now: string): BudgetCase | null {
  const a = ensureNamed(c.areas, areaName);
  const k = ensureNamed(c.actors, actorName);
  if (c.lines.some((l) => l.areaId === a.id && l.actorId === k.id && l.year === year)) return null;
  const line: BudgetLine = {
    id: newId('l'), areaId: a.id, actorId: k.id, year, estimateKNok, followOnOpexKNok: 0, followOnEndYear: null, deliverables: [],
    consequenceIfNotPrioritised: '', initiativeNrs: [], source: { kind: 'bruker' }, followOnSource: { kind: 'bruker' }, note: '',
  };
  return touch({ ...c, areas: a.list, actors: k.list, lines: [...c.lines, line] }, now);
}

export function removeLine(c: BudgetCase, lineId: string, now: string): BudgetCase {
  return touch(
    {
      ...c,
      lines: c.lines.filter((l) => l.id !== lineId),
      alternatives: c.alternatives.map((a) => ({ ...a, adjustments: a.adjustments.filter((x) => x.lineId !== lineId) })),
    },
    now,
  );
}

function mapAlt(c: BudgetCase, altId: string, fn: (a: Alternative) => Alternative, now: string): BudgetCase {
  return touch({ ...c, alternatives: c.alternatives.map((a) => (a.id === altId ? fn(a) : a)) }, now);
}

export function updateAlternative(c: BudgetCase, altId: string, patch: Partial<Omit<Alternative, 'id' | 'adjustments'>>, now: string): BudgetCase {
  let next = mapAlt(c, altId, (a) => ({ ...a, ...patch }), now);
  // Only one alternative can be the recommendation.
  if (patch.recommended) next = { ...next, alternatives: next.alternatives.map((a) => (a.id === altId ? a : { ...a, recommended: false })) };
  return next;
}

/** Sets part of a line's adjustment in an alternative; an adjustment that changes nothing is dropped. */
export function updateAdjustment(c: BudgetCase, altId: string, lineId: string, patch: Partial<Omit<LineAdjustment, 'lineId'>>, now: string): BudgetCase {
  return mapAlt(
    c,
    altId,
    (a) => {
      const pos = a.adjustments.findIndex((x) => x.lineId === lineId);
      const base = pos < 0 ? blankAdjustment(lineId) : a.adjustments[pos]!;
      const next = { ...base, ...patch };
      const empty = next.change === null && next.followOnOverrideKNok === null && !next.locked && next.minKNok === null;
      const adjustments = [...a.adjustments];
      if (pos < 0) {
        if (!empty) adjustments.push(next);
      } else if (empty) adjustments.splice(pos, 1);
      else adjustments[pos] = next;
      return { ...a, adjustments };
    },
    now,
  );
}

export function setChange(c: BudgetCase, altId: string, lineId: string, change: AmountChange | null, now: string): BudgetCase {
  return updateAdjustment(c, altId, lineId, { change }, now);
}

/** A new alternative equal to the baseline, or a copy of `fromId`; returns the case and the new id. */
export function addAlternative(c: BudgetCase, name: string, now: string, fromId: string | null = null): { case: BudgetCase; id: string } {
  const id = newId('alt');
  const from = fromId && fromId !== BASELINE_ID ? c.alternatives.find((a) => a.id === fromId) : undefined;
  const alt: Alternative = from
    ? { ...clone(from), id, name, recommended: false, source: { kind: 'bruker', note: `Kopi av «${from.name}»` } }
    : { id, name, role: 'proposal', description: '', consequences: [], recommended: false, adjustments: [], source: { kind: 'bruker' } };
  return { case: touch({ ...c, alternatives: [...c.alternatives, alt] }, now), id };
}

/** Adds a ready alternative (e.g. a balancing proposal), with a fresh id. */
export function insertAlternative(c: BudgetCase, alt: Alternative, now: string): { case: BudgetCase; id: string } {
  const id = newId('alt');
  return { case: touch({ ...c, alternatives: [...c.alternatives, { ...alt, id, recommended: false }] }, now), id };
}

export function replaceAlternative(c: BudgetCase, alt: Alternative, now: string): BudgetCase {
  return mapAlt(c, alt.id, () => alt, now);
}

export function deleteAlternative(c: BudgetCase, altId: string, now: string): BudgetCase {
  return touch({ ...c, alternatives: c.alternatives.filter((a) => a.id !== altId) }, now);
}

/** The case's content without identity and history: what a named version keeps. */
export function contentOf(c: BudgetCase): BudgetCaseContent {
  const { title, meta, years, frames, actors, areas, lines, alternatives, notes, cap, allocations } = c;
  return clone({ title, meta, years, frames, actors, areas, lines, alternatives, notes, cap, allocations });
}

/** Keeps the case as it is now under a name ("sendt NUIT 31.10"); versions are never changed later. */
export function addNamedVersion(c: BudgetCase, name: string, now: string): BudgetCase {
  const v: NamedVersion = { id: newId('v'), name: name.trim(), createdAt: now, snapshot: contentOf(c) };
  return touch({ ...c, versions: [...c.versions, v] }, now);
}

/** Brings back a named version's content; the versions themselves stay. */
export function restoreVersion(c: BudgetCase, versionId: string, now: string): BudgetCase {
  const v = c.versions.find((x) => x.id === versionId);
  if (!v) return c;
  return touch({ ...c, ...clone(v.snapshot) }, now);
}

/** An empty case starting in `year`, `yearCount` years long (default 1), with zero frames. */
export function emptyCase(title: string, year: number, now: string, yearCount = 1): BudgetCase {
  const years = Array.from({ length: Math.max(1, yearCount) }, (_, i) => year + i);
  return {
    id: newId('sak'), schemaVersion: CASE_SCHEMA_VERSION, createdAt: now, updatedAt: now, title,
    meta: emptyMeta(),
    years,
    frames: years.map((y) => ({ year: y, frameKNok: 0, setAsides: [], source: { kind: 'bruker' as const } })),
    actors: [], areas: [], lines: [], alternatives: [], notes: [], versions: [], cap: null, allocations: [],
  };
}

/** Undo/redo over immutable cases. */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
}

const MAX_UNDO = 100;

export function historyOf<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

export function pushHistory<T>(h: History<T>, next: T): History<T> {
  if (next === h.present) return h;
  return { past: [...h.past.slice(-(MAX_UNDO - 1)), h.present], present: next, future: [] };
}

export function undo<T>(h: History<T>): History<T> {
  const prev = h.past[h.past.length - 1];
  if (prev === undefined) return h;
  return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
  const next = h.future[0];
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: h.future.slice(1) };
}
