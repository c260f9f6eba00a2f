/**
 * The Tiltak table's columns: the report's own, then the extra columns the import kept. Each has a
 * display text and a sort key; sorting is stable and puts blanks last.
 */
import { ACTIVITIES, ACTIVITY_LABELS, PHASES, PHASE_LABELS, SEGMENTS, SEGMENT_LABELS, TRAFFIC_LIGHTS, TRAFFIC_LIGHT_LABELS } from '../model.ts';
import type { Initiative } from '../model.ts';
import { focusAreaLabel } from './group.ts';

export interface InitiativeColumn {
  /** "nr", "name", … or "extra:<header>" for a kept column. */
  id: string;
  label: string;
  /** Text shown (and exported); '' for blank. */
  text: (i: Initiative) => string;
  /** Sort key; null sorts last in both directions. */
  sortKey: (i: Initiative) => string | number | null;
  numeric?: boolean;
}

const rank = <T extends string>(order: readonly T[]) => (v: T | null) => (v === null ? null : order.indexOf(v));
// Red before yellow before green when sorting ascending: the worst first.
const lightRank = rank([...TRAFFIC_LIGHTS].reverse());

const nrKey = (nr: string) => {
  const n = Number(nr);
  return Number.isFinite(n) && nr.trim() !== '' ? n : nr;
};

export const CORE_COLUMNS: readonly InitiativeColumn[] = [
  { id: 'nr', label: 'Nr', text: (i) => i.nr, sortKey: (i) => nrKey(i.nr), numeric: true },
  { id: 'name', label: 'Tiltak', text: (i) => i.name, sortKey: (i) => i.name || null },
  { id: 'owner', label: 'Aktør', text: (i) => i.owner, sortKey: (i) => i.owner || null },
  { id: 'segment', label: 'Segment', text: (i) => SEGMENT_LABELS[i.segment], sortKey: (i) => rank(SEGMENTS)(i.segment) },
  { id: 'phase', label: 'Fase', text: (i) => (i.phase ? PHASE_LABELS[i.phase] : ''), sortKey: (i) => rank(PHASES)(i.phase) },
  { id: 'activity', label: 'Aktiv', text: (i) => (i.activity ? ACTIVITY_LABELS[i.activity] : ''), sortKey: (i) => rank(ACTIVITIES)(i.activity) },
  { id: 'status', label: 'Status', text: (i) => (i.status ? TRAFFIC_LIGHT_LABELS[i.status] : ''), sortKey: (i) => lightRank(i.status) },
  { id: 'risk', label: 'Risiko', text: (i) => (i.risk ? TRAFFIC_LIGHT_LABELS[i.risk] : ''), sortKey: (i) => lightRank(i.risk) },
  {
    id: 'focusArea',
    label: 'Innsatsområde',
    text: (i) => (i.focusArea ? focusAreaLabel(i.focusArea) : ''),
    sortKey: (i) => i.focusArea?.code ?? null,
  },
];

/** Core columns plus one per extra header (in file order). */
export function initiativeColumns(extraHeaders: readonly string[]): InitiativeColumn[] {
  return [
    ...CORE_COLUMNS,
    ...extraHeaders.map((h) => ({
      id: `extra:${h}`,
      label: h,
      text: (i: Initiative) => i.extra[h] ?? '',
      sortKey: (i: Initiative) => i.extra[h] || null,
    })),
  ];
}

/** How the table is sorted; null keeps the report's order. */
export interface SortState {
  id: string;
  desc: boolean;
}

const collator = new Intl.Collator('nb-NO', { numeric: true, sensitivity: 'base' });

/** A sorted copy (the input is left as is). Blanks last; ties keep the report's order. */
export function sortInitiatives(items: readonly Initiative[], column: InitiativeColumn | undefined, desc: boolean): Initiative[] {
  if (!column) return [...items];
  const keyed = items.map((i, idx) => ({ i, idx, k: column.sortKey(i) }));
  const dir = desc ? -1 : 1;
  keyed.sort((a, b) => {
    if (a.k === null || b.k === null) return a.k === b.k ? a.idx - b.idx : a.k === null ? 1 : -1;
    let c: number;
    if (typeof a.k === 'number' && typeof b.k === 'number') c = a.k - b.k;
    else if (typeof a.k === 'number') c = -1;
    else if (typeof b.k === 'number') c = 1;
    else c = collator.compare(a.k, b.k);
    return c * dir || a.idx - b.idx;
  });
  return keyed.map((x) => x.i);
}
