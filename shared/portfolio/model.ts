/**
 * The portfolio domain: one quarterly report (a {@link PortfolioReport}) holds the reporting period,
 * the list of tiltak, their dependencies and the D&F cost increases. Enums are stored as stable
 * English codes; the Norwegian words users see come from the `*_LABELS` maps below.
 *
 * Money is integer kNOK (see shared/format/money.ts). Dates are ISO strings (`YYYY-MM-DD`).
 * Views, exports and storage build on these types: change them only additively.
 */
import type { KNok } from '../format/index.ts';

/** Where a value came from: the file, sheet and the row number the user sees in Excel (1-based). */
export interface SourceRef {
  file: string;
  /** Sheet name; for CSV files the file name. */
  sheet: string;
  /** Excel row number (1-based), or the line number in a CSV file. */
  row: number;
}

/** How tightly a tiltak is governed nationally. Budgets and D&F are reported only for Samstyre. */
export type Segment = 'samstyre' | 'koordinere' | 'observere';
/** Lifecycle phase. */
export type Phase = 'concept' | 'plan' | 'execute' | 'realise' | 'close';
/** "Er prosjektet aktivt?" Only `active` counts as an active tiltak. */
export type Activity = 'active' | 'candidate' | 'paused' | 'done';
/** Traffic light used for status and risk. */
export type TrafficLight = 'green' | 'yellow' | 'red';
/** Criticality of a dependency. */
export type Criticality = 'high' | 'medium' | 'low';

export const SEGMENTS: readonly Segment[] = ['samstyre', 'koordinere', 'observere'];
export const PHASES: readonly Phase[] = ['concept', 'plan', 'execute', 'realise', 'close'];
export const ACTIVITIES: readonly Activity[] = ['active', 'candidate', 'paused', 'done'];
export const TRAFFIC_LIGHTS: readonly TrafficLight[] = ['green', 'yellow', 'red'];
export const CRITICALITIES: readonly Criticality[] = ['high', 'medium', 'low'];

export const SEGMENT_LABELS: Readonly<Record<Segment, string>> = {
  samstyre: 'Samstyre',
  koordinere: 'Koordinere',
  observere: 'Observere',
};
export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  concept: 'Konsept',
  plan: 'Planlegge',
  execute: 'Gjennomføre',
  realise: 'Realisering',
  close: 'Avslutte',
};
export const ACTIVITY_LABELS: Readonly<Record<Activity, string>> = {
  active: 'Aktiv',
  candidate: 'Kandidat',
  paused: 'Pause',
  done: 'Ferdig',
};
export const TRAFFIC_LIGHT_LABELS: Readonly<Record<TrafficLight, string>> = {
  green: 'Grønn',
  yellow: 'Gul',
  red: 'Rød',
};
export const CRITICALITY_LABELS: Readonly<Record<Criticality, string>> = {
  high: 'Høy',
  medium: 'Middels',
  low: 'Lav',
};

/** A strategic focus area (innsatsområde), e.g. code "1.1", name "Modernisere journal- og ...". */
export interface FocusArea {
  code: string;
  /** May be empty when the report gives only the code and no focus-area table. */
  name: string;
}

/** One quarterly report (rapporteringsperiode). */
export interface ReportingPeriod {
  /** Stable key, year and month of publication: "2022-09". */
  key: string;
  /** Display label in Norwegian: "September 2022". */
  label: string;
  /** The date the figures are reported per (rapporteringsdato), ISO, or null when not given. */
  reportDate: string | null;
  /** The report's title, or null. */
  title: string | null;
  /** True when the period was reconstructed from a later report rather than imported from its own. */
  reconstructed: boolean;
  /** Free text: why/how reconstructed, other remarks. */
  notes: string | null;
}

/** A tiltak in the portfolio list (Vedlegg 2). */
export interface Initiative {
  /** The portfolio number as text ("47"); unique within a report. */
  nr: string;
  /** Aktør / eier. */
  owner: string;
  name: string;
  segment: Segment;
  /** Null when the report leaves it blank (a warning). */
  phase: Phase | null;
  /** Null when the report leaves it blank (a warning); null never counts as active. */
  activity: Activity | null;
  status: TrafficLight | null;
  /** Observere tiltak report status only: risk is null. */
  risk: TrafficLight | null;
  focusArea: FocusArea | null;
  /** Columns the reader did not recognise, by their header text; kept and exported again. */
  extra: Record<string, string>;
  source: SourceRef | null;
}

/** A dependency (avhengighet) one tiltak has on a delivery, solution or decision elsewhere. */
export interface Dependency {
  /** The tiltak that has the dependency. */
  initiativeNr: string;
  initiativeName: string | null;
  owner: string | null;
  description: string;
  /** What it depends on, as written ("Program pasientens legemiddelliste (160)"). */
  dependsOn: string;
  /** The tiltak number it depends on, when "(160)" is written or the name matches a tiltak exactly. */
  dependsOnNr: string | null;
  category: string | null;
  criticality: Criticality | null;
  status: TrafficLight | null;
  /** Frist, ISO date, or null. */
  deadline: string | null;
  extra: Record<string, string>;
  source: SourceRef | null;
}

/** Markers a D&F cell can hold instead of an amount; `blank` is an empty cell. Never read as zero. */
export type OpexMarker = '*' | '**' | '-' | '–' | 'blank';

/** One year's cell in the D&F table. */
export type OpexCell =
  | { kind: 'amount'; kNok: KNok }
  | { kind: 'marker'; marker: OpexMarker; footnote?: string };

/** One row of the D&F cost increase table: yearly increase per national solution (løsning) and tiltak. */
export interface OpexIncrease {
  solution: string;
  /** The tiltak (or group) the row is about, as written. */
  initiativeName: string;
  /** The matching tiltak number when the row names one exactly, else null. */
  initiativeNr: string | null;
  /** Cells by year ("2022" → cell). Every year in {@link PortfolioReport.opexYears} is present. */
  years: Record<string, OpexCell>;
  note: string | null;
  extra: Record<string, string>;
  source: SourceRef | null;
}

/** The unknown (kept) column headers per table, in file order. */
export interface ExtraColumns {
  initiatives: string[];
  dependencies: string[];
  opex: string[];
}

/** A whole imported report: what is stored per period. */
export interface PortfolioReport {
  /** Null when the file holds no metadata table: the user names the period on import. */
  period: ReportingPeriod | null;
  initiatives: Initiative[];
  dependencies: Dependency[];
  opex: OpexIncrease[];
  /** The D&F years in ascending order, e.g. [2022, 2023, 2024, 2025, 2026]. */
  opexYears: number[];
  /** Footnote text per marker ("*" → "D&F for PLL ..."), from notes that begin with the marker. */
  opexFootnotes: Partial<Record<OpexMarker, string>>;
  /** The focus-area table when the report has one. */
  focusAreas: FocusArea[];
  extraColumns: ExtraColumns;
  /**
   * Other metadata fields as given (Felt → Verdi), e.g. "avhengigheter_rapportert_totalt" → "87".
   * Stated figures are kept as text: they are the source's own and may differ from what is derived.
   */
  metadata: Record<string, string>;
}

const MONTHS = ['Januar', 'Februar', 'Mars', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Desember'];

/** "2022-09" → "September 2022". Returns the key unchanged when it is not YYYY-MM. */
export function periodLabel(key: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (!m) return key;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${month} ${m[1]}` : key;
}

/**
 * A period as people write it → its key: "2022-09", "2022-9", "09.2022", "9/2022", "september 2022",
 * "sep. 2022", "Sept 2022" all give "2022-09". Null for anything else (years 1900–2200 only).
 */
export function parsePeriodInput(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const key = (year: string, month: number) => (Number(year) >= 1900 && Number(year) <= 2200 && month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, '0')}` : null);
  let m = /^(\d{4})[-./ ](\d{1,2})$/.exec(t);
  if (m) return key(m[1]!, Number(m[2]));
  m = /^(\d{1,2})[-./ ](\d{4})$/.exec(t);
  if (m) return key(m[2]!, Number(m[1]));
  m = /^([a-zæøå]+)\.? (\d{4})$/.exec(t);
  if (m && m[1]!.length >= 3) {
    const i = MONTHS.findIndex((name) => name.toLowerCase().startsWith(m![1]!));
    return i >= 0 ? key(m[2]!, i + 1) : null;
  }
  return null;
}

/** True when a tiltak counts as active ("Er prosjektet aktivt?" = Aktiv). */
export function isActive(i: Initiative): boolean {
  return i.activity === 'active';
}
