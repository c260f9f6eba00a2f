/**
 * Status and risk counted per segment, owner, phase or focus area, the way the report counts them:
 * among active tiltak only. Each group carries the filter that lists its tiltak, so a bar in a
 * chart can open the Tiltak table filtered to exactly what it counts.
 */
import { isActive, PHASES, PHASE_LABELS, SEGMENTS, SEGMENT_LABELS, TRAFFIC_LIGHTS } from '../model.ts';
import type { FocusArea, Initiative, TrafficLight } from '../model.ts';
import { NONE, NONE_LABEL } from './filter.ts';
import type { InitiativeFilter } from './filter.ts';

/** What tiltak are grouped by. */
export type GroupDimension = 'segment' | 'owner' | 'phase' | 'focusArea';

export const GROUP_DIMENSION_LABELS: Readonly<Record<GroupDimension, string>> = {
  segment: 'Segment',
  owner: 'Aktør',
  phase: 'Fase',
  focusArea: 'Innsatsområde',
};

/** One group with its traffic-light counts (`none`: no value reported, e.g. risk for Observere). */
export interface LightGroup {
  key: string;
  label: string;
  green: number;
  yellow: number;
  red: number;
  none: number;
  total: number;
  /** The filter listing this group's counted tiltak (active, in this group). */
  filter: InitiativeFilter;
}

function groupOf(i: Initiative, dim: GroupDimension): { key: string; label: string } {
  switch (dim) {
    case 'segment':
      return { key: i.segment, label: SEGMENT_LABELS[i.segment] };
    case 'owner':
      return { key: i.owner, label: i.owner || NONE_LABEL };
    case 'phase':
      return i.phase ? { key: i.phase, label: PHASE_LABELS[i.phase] } : { key: NONE, label: NONE_LABEL };
    case 'focusArea':
      return i.focusArea ? { key: i.focusArea.code, label: focusAreaLabel(i.focusArea) } : { key: NONE, label: NONE_LABEL };
  }
}

/** "1.1 Modernisere journal- …" or just the code when the name is unknown. */
export function focusAreaLabel(f: FocusArea): string {
  return f.name ? `${f.code} ${f.name}` : f.code;
}

function filterFor(dim: GroupDimension, key: string): InitiativeFilter {
  const base: InitiativeFilter = { activity: 'active' };
  switch (dim) {
    case 'segment':
      return { ...base, segment: key as InitiativeFilter['segment'] };
    case 'owner':
      return { ...base, owner: key };
    case 'phase':
      return { ...base, phase: key as InitiativeFilter['phase'] };
    case 'focusArea':
      return { ...base, focusArea: key };
  }
}

function order(dim: GroupDimension, a: LightGroup, b: LightGroup): number {
  if (a.key === NONE) return 1;
  if (b.key === NONE) return -1;
  if (dim === 'segment') return SEGMENTS.indexOf(a.key as never) - SEGMENTS.indexOf(b.key as never);
  if (dim === 'phase') return PHASES.indexOf(a.key as never) - PHASES.indexOf(b.key as never);
  if (dim === 'focusArea') return a.key.localeCompare(b.key, 'nb-NO', { numeric: true });
  return b.total - a.total || a.label.localeCompare(b.label, 'nb-NO');
}

/** Counts `light` (status or risk) of active tiltak per group of `dim`, in a natural order. */
export function groupLights(items: readonly Initiative[], dim: GroupDimension, light: 'status' | 'risk'): LightGroup[] {
  const groups = new Map<string, LightGroup>();
  for (const i of items) {
    if (!isActive(i)) continue;
    const { key, label } = groupOf(i, dim);
    let g = groups.get(key);
    if (!g) {
      g = { key, label, green: 0, yellow: 0, red: 0, none: 0, total: 0, filter: filterFor(dim, key) };
      groups.set(key, g);
    }
    const v: TrafficLight | null = i[light];
    if (v === null) g.none++;
    else g[v]++;
    g.total++;
  }
  return [...groups.values()].sort((a, b) => order(dim, a, b));
}

/** The traffic-light parts of a group in display order, with the filter for each part. */
export function groupParts(
  g: LightGroup,
  light: 'status' | 'risk',
): { part: TrafficLight | typeof NONE; count: number; filter: InitiativeFilter }[] {
  const parts: (TrafficLight | typeof NONE)[] = [...TRAFFIC_LIGHTS, NONE];
  return parts
    .map((part) => ({ part, count: g[part], filter: { ...g.filter, [light]: part } }))
    .filter((p) => p.count > 0);
}

/** Distinct values offered in the filters: owners and focus areas as they occur, sorted. */
export function filterOptions(items: readonly Initiative[]): { owners: string[]; focusAreas: FocusArea[] } {
  const owners = new Set<string>();
  const focus = new Map<string, FocusArea>();
  for (const i of items) {
    if (i.owner) owners.add(i.owner);
    if (i.focusArea && !focus.get(i.focusArea.code)?.name) focus.set(i.focusArea.code, i.focusArea);
  }
  return {
    owners: [...owners].sort((a, b) => a.localeCompare(b, 'nb-NO')),
    focusAreas: [...focus.values()].sort((a, b) => a.code.localeCompare(b.code, 'nb-NO', { numeric: true })),
  };
}
