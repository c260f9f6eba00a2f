/**
 * The budget-case domain (NUIT "budsjett og prioriteringer"): a case has years; per year a frame,
 * earmarked money kept outside the case and an uncertainty reserve; lines of estimates per service
 * area × actor × year; and alternatives, each the baseline (the estimates) plus changes per line.
 *
 * Money is integer kNOK everywhere (see shared/format/money.ts). Every figure carries provenance so
 * the app can say which figures come from the documents and which are modelled.
 * Stored in `.json` case files (see docs/case-file-format.md): change these types only additively,
 * and bump {@link CASE_SCHEMA_VERSION} with a migration in case-file.ts when a change is not additive.
 */
import type { KNok } from '../format/index.ts';

/** The version written into case files by this code. */
export const CASE_SCHEMA_VERSION = 2;

/** Id of the implicit baseline alternative (the estimates themselves). */
export const BASELINE_ID = 'baseline';

/**
 * Where a figure or a line comes from.
 * - `dokument`: taken from a source document; `ref` says where ("NUIT-sak 43/23, vedlegg 1A").
 * - `modellert`: derived or assumed by the analyst or the tool; `note` says how.
 * - `bruker`: typed by the user in the app or read from an estimates workbook.
 */
export interface Provenance {
  kind: 'dokument' | 'modellert' | 'bruker';
  ref?: string;
  note?: string;
}

/** Norwegian label of a provenance kind. */
export const PROVENANCE_LABELS: Readonly<Record<Provenance['kind'], string>> = {
  dokument: 'Fra dokument',
  modellert: 'Modellert',
  bruker: 'Registrert av bruker',
};

/** The fields of a NUIT case document. All free text; empty string when not given. */
export interface CaseMeta {
  /** Saksnummer, e.g. "43/23". */
  caseNumber: string;
  /** A remark shown wherever the case number is, e.g. the source's own slip "42-23" for 43/23. */
  caseNumberNote: string;
  /** Møte, e.g. "NUIT møte 4/2023 (ekstramøte)". */
  meeting: string;
  /** Dato, ISO `YYYY-MM-DD` or empty. */
  date: string;
  /** Sakstype: Drøfting, Beslutning, Orientering ... */
  caseType: string;
  /** Fra (sender organisation). */
  from: string;
  /** Til (recipient, e.g. "NUIT"). */
  to: string;
  /** Saksbehandler(e). */
  caseOfficer: string;
  /** Forslag til vedtak. */
  proposedDecision: string;
  /** Hensikt med saken. */
  purpose: string;
  /** Bakgrunn. */
  background: string;
  /** Anbefaling (with its reasoning). */
  recommendation: string;
  /**
   * Vedlegg as the case names them, one per line ("Vedlegg 1A: Digital Samhandling – Estimat NHN
   * 2024 v.1.0"). Empty: the document lists the estimates' source documents instead.
   */
  attachments: string;
}

/**
 * The uncertainty reserve of the version 1 format: a percent of (frame − earmarked) or a fixed
 * amount. Still the shape of the estimates workbook's Ramme table; inside a case it became a
 * {@link SetAside} (see legacySetAsides in set-asides.ts).
 */
export type Reserve = { kind: 'percent'; percent: number } | { kind: 'fixed'; kNok: KNok };

/**
 * What a percent set-aside is a percent of, in its year:
 * - `frame`: the frame;
 * - `frameLessEarmarks`: the frame less the year's earmarks (the version 1 rule and the default);
 * - `estimates`: the sum of the year's estimates (the baseline, not an alternative's amounts);
 * - `estimatesOf`: the estimates of the lines whose actor is in `actorIds` and whose area is in
 *   `areaIds` (an empty list means every actor / every area).
 */
export type SetAsideBase =
  | { kind: 'frame' }
  | { kind: 'frameLessEarmarks' }
  | { kind: 'estimates' }
  | { kind: 'estimatesOf'; actorIds: string[]; areaIds: string[] };

/** A set-aside's amount: fixed, or a percent of a base rounded half away from zero to whole kNOK. */
export type SetAsideAmount = { kind: 'fixed'; kNok: KNok } | { kind: 'percent'; percent: number; base: SetAsideBase };

/**
 * Money of a year's frame that is not for the case's lines.
 * `earmark` (øremerket): kept outside the case, e.g. «Helseteknologiordningen»;
 * `reserve` (avsetning): held back, e.g. «Usikkerhetsavsetning til HOD».
 * Earmarks are worked out first; an earmark cannot use the base `frameLessEarmarks`.
 */
export interface SetAside {
  id: string;
  kind: 'earmark' | 'reserve';
  name: string;
  amount: SetAsideAmount;
  source: Provenance;
}

/** Norwegian labels. */
export const SET_ASIDE_KIND_LABELS: Readonly<Record<SetAside['kind'], string>> = { earmark: 'Øremerket', reserve: 'Avsetning' };
export const SET_ASIDE_BASE_LABELS: Readonly<Record<SetAsideBase['kind'], string>> = {
  frame: 'rammen',
  frameLessEarmarks: 'rammen minus øremerket',
  estimates: 'estimatene',
  estimatesOf: 'estimatene for valgte aktører/områder',
};

/** The frame of one year. */
export interface YearFrame {
  year: number;
  /** Ramme. */
  frameKNok: KNok;
  /** Earmarks and reserves, in the order the documents list them. */
  setAsides: SetAside[];
  source: Provenance;
}

/**
 * A steering frame (styringsramme) over a span of years, e.g. 1 250 MNOK for 2024–2029. Checked
 * against the frames of the span and each alternative's planned spend (+ lasting D&F when
 * `includeOpex`, the default).
 */
export interface SpendingCap {
  fromYear: number;
  toYear: number;
  kNok: KNok;
  /** Count each alternative's D&F levels in the span (default true). */
  includeOpex: boolean;
  source: Provenance;
}

/**
 * What was allocated after the case (Tildelt), per year and actor: e.g. the mandates' 171,9 MNOK
 * to NHN in 2024. `actorId` null: money held back (forventet tillegg). `kNok` null: the source
 * names the allocation but not its amount.
 */
export interface Allocation {
  year: number;
  actorId: string | null;
  label: string;
  kNok: KNok | null;
  source: Provenance;
}

/** An organisation that receives money in the case (NHN, Helsedirektoratet ...). */
export interface Actor {
  id: string;
  name: string;
  /** Short name for narrow columns ("NHN", "Hdir"). */
  shortName: string;
}

/** A service area (tjenesteområde), e.g. pasientens legemiddelliste (PLL). */
export interface ServiceArea {
  id: string;
  name: string;
  shortName: string;
}

/** One estimate: service area × actor × year. The estimates together are the baseline. */
export interface BudgetLine {
  id: string;
  areaId: string;
  actorId: string;
  year: number;
  /** Estimat. */
  estimateKNok: KNok;
  /**
   * Yearly increase in operating and maintenance cost (økt drift og forvaltning) caused by this
   * line at full estimate: it starts the year after the line's year and stays every later year.
   */
  followOnOpexKNok: KNok;
  /** Last year the increase counts; null: it never ends. */
  followOnEndYear: number | null;
  /** Leveranser. */
  deliverables: string[];
  /** Konsekvens hvis ikke prioritert. */
  consequenceIfNotPrioritised: string;
  /** Tiltak numbers in the portfolio this line funds ("160"). Empty when no document supports a link. */
  initiativeNrs: string[];
  /** Provenance of the estimate. */
  source: Provenance;
  /** Provenance of the follow-on cost (often differs from the estimate's). */
  followOnSource: Provenance;
  /** Why the tiltak links are what they are, remarks from the source. */
  note: string;
}

/** Ambition levels an analyst can set a line to. */
export type AmbitionLevel = 'full' | 'reduced' | 'keepWarm' | 'stop';
export const AMBITION_LEVELS: readonly AmbitionLevel[] = ['full', 'reduced', 'keepWarm', 'stop'];
export const AMBITION_LABELS: Readonly<Record<AmbitionLevel, string>> = {
  full: 'Full ambisjon',
  reduced: 'Redusert',
  keepWarm: 'Holde varmt',
  stop: 'Stopp',
};

/**
 * How an alternative changes a line's amount.
 * `ambition` picks the level's amount from `levels`; a level without an amount means the estimate
 * for `full`, 0 for `stop`, and the estimate otherwise (the analyst has not priced it yet).
 */
export type AmountChange =
  | { kind: 'set'; kNok: KNok }
  | { kind: 'cut'; kNok: KNok }
  | { kind: 'cutPercent'; percent: number }
  | { kind: 'ambition'; level: AmbitionLevel; levels: Partial<Record<AmbitionLevel, KNok>> };

/** An alternative's settings for one line. Lines without an adjustment keep their estimate. */
export interface LineAdjustment {
  lineId: string;
  /** Null: the amount is the estimate. */
  change: AmountChange | null;
  /** Overrides the proportional follow-on D&F for this line (whole kNOK), or null. */
  followOnOverrideKNok: KNok | null;
  /** The balancing assistant never changes a locked line. */
  locked: boolean;
  /** The balancing assistant never cuts below this amount. Null: 0. */
  minKNok: KNok | null;
}

/**
 * Role of an alternative: `proposal` is one the case puts forward; `followed` is what was decided
 * after the case (e.g. the mandates' allocation), shown beside the proposals, never recommended.
 */
export type AlternativeRole = 'proposal' | 'followed';

export const ROLE_LABELS: Readonly<Record<AlternativeRole, string>> = { proposal: 'Alternativ', followed: 'Det som fulgte' };

/** A budget alternative: the baseline plus changes. */
export interface Alternative {
  id: string;
  name: string;
  role: AlternativeRole;
  description: string;
  /** Konsekvenser, one sentence or paragraph each. */
  consequences: string[];
  recommended: boolean;
  adjustments: LineAdjustment[];
  source: Provenance;
}

/** A named snapshot of the case as shown somewhere ("sendt NUIT 31.10"); never changed afterwards. */
export interface NamedVersion {
  id: string;
  name: string;
  /** ISO timestamp. */
  createdAt: string;
  snapshot: BudgetCaseContent;
}

/** A remark on the case as a whole, e.g. why a document's figure does not reconcile. */
export interface CaseNote {
  title: string;
  text: string;
}

/** Everything in a case except its history. */
export interface BudgetCaseContent {
  title: string;
  meta: CaseMeta;
  /** Ascending, no gaps required. */
  years: number[];
  frames: YearFrame[];
  actors: Actor[];
  areas: ServiceArea[];
  lines: BudgetLine[];
  alternatives: Alternative[];
  notes: CaseNote[];
  /** Styringsramme over a span, or null. */
  cap: SpendingCap | null;
  /** What was allocated after the case, per year and actor. */
  allocations: Allocation[];
}

/** A budget case as stored and saved to `.json`. */
export interface BudgetCase extends BudgetCaseContent {
  id: string;
  schemaVersion: number;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  versions: NamedVersion[];
}

/** An empty case meta. */
export function emptyMeta(): CaseMeta {
  return {
    caseNumber: '',
    caseNumberNote: '',
    meeting: '',
    date: '',
    caseType: '',
    from: '',
    to: '',
    caseOfficer: '',
    proposedDecision: '',
    purpose: '',
    background: '',
    recommendation: '',
    attachments: '',
  };
}

/** The implicit baseline alternative: the estimates with no changes. */
export function baselineAlternative(): Alternative {
  return {
    id: BASELINE_ID,
    name: 'Estimater (utgangspunkt)',
    description: 'Aktørenes estimater uten endringer.',
    role: 'proposal',
    consequences: [],
    recommended: false,
    adjustments: [],
    source: { kind: 'bruker' },
  };
}

/** The baseline followed by the case's alternatives. */
export function allAlternatives(c: BudgetCaseContent): Alternative[] {
  return [baselineAlternative(), ...c.alternatives];
}

/** A label "PLL – NHN 2024" for a line. */
export function lineLabel(c: BudgetCaseContent, line: BudgetLine, withYear = true): string {
  const area = c.areas.find((a) => a.id === line.areaId);
  const actor = c.actors.find((a) => a.id === line.actorId);
  const base = `${area?.shortName ?? line.areaId} ${actor?.shortName ?? line.actorId}`;
  return withYear ? `${base} ${line.year}` : base;
}

/** A blank adjustment for a line. */
export function blankAdjustment(lineId: string): LineAdjustment {
  return { lineId, change: null, followOnOverrideKNok: null, locked: false, minKNok: null };
}
