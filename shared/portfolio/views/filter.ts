/**
 * Filtering the tiltak list: the criteria the Tiltak table offers, and how they read and write the
 * URL parameters (`#tiltak?segment=Samstyre&status=Gul`). Parameters use the users' Norwegian words
 * so a link can be read and typed by hand.
 */
import {
  ACTIVITIES,
  ACTIVITY_LABELS,
  PHASES,
  PHASE_LABELS,
  SEGMENTS,
  SEGMENT_LABELS,
  TRAFFIC_LIGHTS,
  TRAFFIC_LIGHT_LABELS,
} from '../model.ts';
import type { Activity, Initiative, Phase, Segment, TrafficLight } from '../model.ts';

/** Stands for a blank value (no phase, no risk...) in filters and groupings. */
export const NONE = 'none';
export type None = typeof NONE;
/** The word shown for a blank value. */
export const NONE_LABEL = 'Ikke oppgitt';

/** The filter criteria; an absent field does not filter. */
export interface InitiativeFilter {
  segment?: Segment;
  owner?: string;
  phase?: Phase | None;
  activity?: Activity | None;
  status?: TrafficLight | None;
  risk?: TrafficLight | None;
  /** Focus-area code ("1.1") or {@link NONE}. */
  focusArea?: string;
  /** Free text, matched case-insensitively against number, name, owner, focus area and extra columns. */
  text?: string;
}

/** The filter fields that pick one value. */
export type FilterField = Exclude<keyof InitiativeFilter, 'text'>;
export const FILTER_FIELDS: readonly FilterField[] = ['segment', 'owner', 'phase', 'activity', 'status', 'risk', 'focusArea'];

/** URL parameter name per filter field (Norwegian). */
export const FILTER_PARAMS: Readonly<Record<keyof InitiativeFilter, string>> = {
  segment: 'segment',
  owner: 'aktor',
  phase: 'fase',
  activity: 'aktiv',
  status: 'status',
  risk: 'risiko',
  focusArea: 'innsatsomrade',
  text: 'sok',
};

/** Norwegian label of each filter field. */
export const FILTER_LABELS: Readonly<Record<keyof InitiativeFilter, string>> = {
  segment: 'Segment',
  owner: 'Aktør',
  phase: 'Fase',
  activity: 'Aktiv',
  status: 'Status',
  risk: 'Risiko',
  focusArea: 'Innsatsområde',
  text: 'Søk',
};

function fromLabel<T extends string>(codes: readonly T[], labels: Readonly<Record<T, string>>, text: string): T | None | undefined {
  if (text === NONE_LABEL) return NONE;
  const t = text.toLowerCase();
  return codes.find((c) => c === t || labels[c].toLowerCase() === t);
}

/** Reads a filter from URL parameters; unknown values are ignored rather than matching nothing. */
export function filterFromParams(params: Readonly<Record<string, string>>): InitiativeFilter {
  const f: InitiativeFilter = {};
  const get = (k: keyof InitiativeFilter) => params[FILTER_PARAMS[k]]?.trim() || undefined;
  const seg = get('segment');
  if (seg) {
    const v = fromLabel(SEGMENTS, SEGMENT_LABELS, seg);
    if (v && v !== NONE) f.segment = v;
  }
  const phase = get('phase');
  if (phase) f.phase = fromLabel(PHASES, PHASE_LABELS, phase);
  const activity = get('activity');
  if (activity) f.activity = fromLabel(ACTIVITIES, ACTIVITY_LABELS, activity);
  const status = get('status');
  if (status) f.status = fromLabel(TRAFFIC_LIGHTS, TRAFFIC_LIGHT_LABELS, status);
  const risk = get('risk');
  if (risk) f.risk = fromLabel(TRAFFIC_LIGHTS, TRAFFIC_LIGHT_LABELS, risk);
  const owner = get('owner');
  if (owner) f.owner = owner;
  const focus = get('focusArea');
  if (focus) f.focusArea = focus === NONE_LABEL ? NONE : focus;
  const text = get('text');
  if (text) f.text = text;
  for (const k of Object.keys(f) as (keyof InitiativeFilter)[]) if (f[k] === undefined) delete f[k];
  return f;
}

/** Writes a filter as URL parameters with Norwegian values. */
export function filterToParams(f: InitiativeFilter): Record<string, string> {
  const p: Record<string, string> = {};
  const label = <T extends string>(labels: Readonly<Record<T, string>>, v: T | None) => (v === NONE ? NONE_LABEL : labels[v]);
  if (f.segment) p[FILTER_PARAMS.segment] = SEGMENT_LABELS[f.segment];
  if (f.owner) p[FILTER_PARAMS.owner] = f.owner;
  if (f.phase) p[FILTER_PARAMS.phase] = label(PHASE_LABELS, f.phase);
  if (f.activity) p[FILTER_PARAMS.activity] = label(ACTIVITY_LABELS, f.activity);
  if (f.status) p[FILTER_PARAMS.status] = label(TRAFFIC_LIGHT_LABELS, f.status);
  if (f.risk) p[FILTER_PARAMS.risk] = label(TRAFFIC_LIGHT_LABELS, f.risk);
  if (f.focusArea) p[FILTER_PARAMS.focusArea] = f.focusArea === NONE ? NONE_LABEL : f.focusArea;
  if (f.text) p[FILTER_PARAMS.text] = f.text;
  return p;
}

// The search text of each tiltak, built once: a keystroke then costs one substring test per row.
const haystacks = new WeakMap<Initiative, string>();

function haystack(i: Initiative): string {
  let h = haystacks.get(i);
  if (h === undefined) {
    h = [i.nr, i.name, i.owner, i.focusArea?.code ?? '', i.focusArea?.name ?? '', ...Object.values(i.extra)]
      .join('\u0001')
      .toLocaleLowerCase('nb-NO');
    haystacks.set(i, h);
  }
  return h;
}

const eq = <T>(want: T | None | undefined, value: T | null) =>
  want === undefined || (want === NONE ? value === null : value === want);

/** True when the tiltak meets every criterion. */
export function matchesFilter(i: Initiative, f: InitiativeFilter, needle = normaliseText(f.text)): boolean {
  if (f.segment && i.segment !== f.segment) return false;
  if (f.owner && i.owner !== f.owner) return false;
  if (!eq(f.phase, i.phase) || !eq(f.activity, i.activity) || !eq(f.status, i.status) || !eq(f.risk, i.risk)) return false;
  if (f.focusArea && !eq(f.focusArea, i.focusArea?.code ?? null)) return false;
  if (needle && !haystack(i).includes(needle)) return false;
  return true;
}

function normaliseText(text: string | undefined): string {
  return (text ?? '').trim().toLocaleLowerCase('nb-NO');
}

/** The tiltak meeting the filter, in their original order. */
export function filterInitiatives(items: readonly Initiative[], f: InitiativeFilter): Initiative[] {
  const needle = normaliseText(f.text);
  return items.filter((i) => matchesFilter(i, f, needle));
}

/** True when no criterion is set. */
export function isEmptyFilter(f: InitiativeFilter): boolean {
  return FILTER_FIELDS.every((k) => f[k] === undefined) && !normaliseText(f.text);
}
