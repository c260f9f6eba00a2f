/**
 * Dependencies as the report shows them: overdue ones, the critical ones (high criticality and red
 * status), the summary by category × status (the report's section 2.3), and the graph of tiltak and
 * what they depend on.
 */
import { TRAFFIC_LIGHTS } from '../model.ts';
import type { Criticality, Dependency, TrafficLight } from '../model.ts';
import { NONE, NONE_LABEL } from './filter.ts';
import type { None } from './filter.ts';

/**
 * Overdue: the deadline (frist) has passed on `asOf` and the dependency is not green (met or on
 * track). Without a deadline nothing is overdue.
 */
export function isOverdue(d: Pick<Dependency, 'deadline' | 'status'>, asOf: string): boolean {
  return d.deadline !== null && d.deadline < asOf && d.status !== 'green';
}

/** The date a report's overdue dependencies are judged against, and where it comes from. */
export interface ReportAsOf {
  /** ISO date. */
  date: string;
  /** `reportDate`: the report's own date (rapporteringsdato); `periodEnd`: the last day of its period, as the report gives no date. */
  basis: 'reportDate' | 'periodEnd';
}

/**
 * What "overdue" means for a report read later: overdue on the report's own date, not on the day
 * the analyst reads it. The report's date when it gives one, else the last day of its period
 * ("2022-09" → 2022-09-30). Null when neither is known (a period key that is not YYYY-MM).
 */
export function reportAsOf(reportDate: string | null, periodKey: string): ReportAsOf | null {
  if (reportDate && /^\d{4}-\d{2}-\d{2}$/.test(reportDate)) return { date: reportDate, basis: 'reportDate' };
  const m = /^(\d{4})-(\d{2})$/.exec(periodKey);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return { date: `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`, basis: 'periodEnd' };
}

/** High criticality and red status: what the report lists in full and the graph highlights. */
export function isCritical(d: Pick<Dependency, 'criticality' | 'status'>): boolean {
  return d.criticality === 'high' && d.status === 'red';
}

/** Dependency filter criteria; absent fields do not filter. */
export interface DependencyFilter {
  category?: string;
  criticality?: Criticality | None;
  status?: TrafficLight | None;
  overdueOnly?: boolean;
  text?: string;
}

export function filterDependencies(items: readonly Dependency[], f: DependencyFilter, asOf: string): Dependency[] {
  const needle = (f.text ?? '').trim().toLocaleLowerCase('nb-NO');
  const eq = <T>(want: T | None | undefined, v: T | null) => want === undefined || (want === NONE ? v === null : v === want);
  return items.filter((d) => {
    if (f.category !== undefined && (d.category ?? NONE) !== f.category) return false;
    if (!eq(f.criticality, d.criticality) || !eq(f.status, d.status)) return false;
    if (f.overdueOnly && !isOverdue(d, asOf)) return false;
    if (needle) {
      const h = [d.initiativeNr, d.initiativeName ?? '', d.owner ?? '', d.description, d.dependsOn, d.category ?? '']
        .join('\u0001')
        .toLocaleLowerCase('nb-NO');
      if (!h.includes(needle)) return false;
    }
    return true;
  });
}

/** One row of the category × status summary. */
export interface CategoryRow {
  category: string;
  label: string;
  green: number;
  yellow: number;
  red: number;
  none: number;
  total: number;
}

/** Counts per category and status, categories by size; the last row holds the totals. */
export function categoryByStatus(items: readonly Dependency[]): { rows: CategoryRow[]; total: CategoryRow } {
  const map = new Map<string, CategoryRow>();
  const total: CategoryRow = { category: '', label: 'Sum', green: 0, yellow: 0, red: 0, none: 0, total: 0 };
  for (const d of items) {
    const key = d.category ?? NONE;
    let r = map.get(key);
    if (!r) {
      r = { category: key, label: d.category ?? NONE_LABEL, green: 0, yellow: 0, red: 0, none: 0, total: 0 };
      map.set(key, r);
    }
    const s = d.status ?? NONE;
    r[s]++;
    r.total++;
    total[s]++;
    total.total++;
  }
  const rows = [...map.values()].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'nb-NO'));
  return { rows, total };
}

/** A node of the dependency graph: a tiltak, or something a tiltak depends on. */
export interface GraphNode {
  id: string;
  label: string;
  side: 'from' | 'to';
}
export interface GraphEdge {
  from: string;
  to: string;
  critical: boolean;
  status: TrafficLight | null;
  criticality: Criticality | null;
  description: string;
}

/**
 * Tiltak (left) and what they depend on (right). A target that is itself a tiltak with the same
 * number is still drawn on the right, so every edge reads left to right.
 */
export function dependencyGraph(items: readonly Dependency[]): { from: GraphNode[]; to: GraphNode[]; edges: GraphEdge[] } {
  const from = new Map<string, GraphNode>();
  const to = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  for (const d of items) {
    const fid = `t:${d.initiativeNr}`;
    if (!from.has(fid)) from.set(fid, { id: fid, label: `${d.initiativeNr} ${d.initiativeName ?? ''}`.trim(), side: 'from' });
    const tid = d.dependsOnNr ? `t:${d.dependsOnNr}` : `x:${d.dependsOn}`;
    if (!to.has(tid)) to.set(tid, { id: tid, label: d.dependsOn, side: 'to' });
    edges.push({ from: fid, to: tid, critical: isCritical(d), status: d.status, criticality: d.criticality, description: d.description });
  }
  // Critical ones first so they are at the top and drawn last (on top).
  const critIds = new Set(edges.filter((e) => e.critical).flatMap((e) => [e.from, e.to]));
  const sort = (a: GraphNode, b: GraphNode) =>
    Number(critIds.has(b.id)) - Number(critIds.has(a.id)) || a.label.localeCompare(b.label, 'nb-NO', { numeric: true });
  edges.sort((a, b) => Number(a.critical) - Number(b.critical));
  return { from: [...from.values()].sort(sort), to: [...to.values()].sort(sort), edges };
}

export { TRAFFIC_LIGHTS };
