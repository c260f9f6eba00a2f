/**
 * Tolerant readers for single cell values: enum spellings in any case and in English, numbers as
 * numbers or Norwegian text, D&F markers, dates as Excel dates, ISO or dd.mm.yyyy, focus areas as
 * code or code and name. Each returns `{ ok: false, message }` with a Norwegian message when the
 * value cannot be read.
 */
import { mNokToKNok, parseNorwegianNumber } from '../../format/index.ts';
import type { KNok } from '../../format/index.ts';
import type { Activity, Criticality, OpexMarker, Phase, Segment, TrafficLight } from '../../portfolio/index.ts';
import { normalizeKey, MAX_DATE_SERIAL, serialToIso, cellText } from '../../spreadsheet/index.ts';
import type { Cell } from '../../spreadsheet/index.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function enumReader<T extends string>(synonyms: Record<T, readonly string[]>, what: string, allowed: string) {
  const map = new Map<string, T>();
  for (const [value, words] of Object.entries(synonyms) as [T, readonly string[]][]) {
    for (const w of words) map.set(normalizeKey(w), value);
  }
  // The same few spellings repeat in every row: remember what each raw text reads as.
  const memo = new Map<string, Parsed<T>>();
  return (text: string): Parsed<T> => {
    let r = memo.get(text);
    if (r === undefined) {
      const v = map.get(normalizeKey(text));
      r = v !== undefined ? { ok: true, value: v } : { ok: false, message: `Ukjent ${what} «${text.trim()}». Gyldige verdier: ${allowed}.` };
      if (memo.size < 1000) memo.set(text, r);
    }
    return r;
  };
}

export const readSegment = enumReader<Segment>(
  {
    samstyre: ['Samstyre', 'Samstyring', 'Samstyrt'],
    koordinere: ['Koordinere', 'Koordinering', 'Koordinert'],
    observere: ['Observere', 'Observasjon', 'Observert'],
  },
  'segment',
  'Samstyre, Koordinere, Observere',
);

export const readPhase = enumReader<Phase>(
  {
    concept: ['Konsept', 'Konseptfase', 'Concept'],
    plan: ['Planlegge', 'Planlegging', 'Planleggingsfase', 'Plan', 'Planning'],
    execute: ['Gjennomføre', 'Gjennomføring', 'Gjennomføringsfase', 'Execute', 'Execution', 'Implementation'],
    realise: ['Realisering', 'Realisere', 'Gevinstrealisering', 'Realisation', 'Realization'],
    close: ['Avslutte', 'Avslutning', 'Avsluttet', 'Close', 'Closing', 'Closure'],
  },
  'fase',
  'Konsept, Planlegge, Gjennomføre, Realisering, Avslutte',
);

export const readActivity = enumReader<Activity>(
  {
    active: ['Aktiv', 'Aktivt', 'Ja', 'Active', 'Yes'],
    candidate: ['Kandidat', 'Candidate'],
    paused: ['Pause', 'Pauset', 'På pause', 'Paused', 'On hold'],
    done: ['Ferdig', 'Fullført', 'Done', 'Finished', 'Completed'],
  },
  'verdi for aktiv',
  'Aktiv, Kandidat, Pause, Ferdig',
);

export const readTrafficLight = enumReader<TrafficLight>(
  {
    green: ['Grønn', 'Gronn', 'Green'],
    yellow: ['Gul', 'Yellow', 'Amber'],
    red: ['Rød', 'Rod', 'Red'],
  },
  'verdi',
  'Grønn, Gul, Rød',
);

export const readCriticality = enumReader<Criticality>(
  {
    high: ['Høy', 'Hoy', 'High'],
    medium: ['Middels', 'Medium', 'Moderate'],
    low: ['Lav', 'Low'],
  },
  'kritikalitet',
  'Høy, Middels, Lav',
);

/** Text of a cell, trimmed; numbers without float noise. */
export function textOf(cell: Cell | undefined): string {
  if (cell?.kind === 'number') return Number.isInteger(cell.value) ? String(cell.value) : String(Number(cell.value.toPrecision(15)));
  return cellText(cell).trim();
}

/** A number cell, or text such as "1 234,5" / "2,4" / "−3". */
export function readNumber(cell: Cell | undefined): Parsed<number> {
  if (cell?.kind === 'number') return { ok: true, value: cell.value };
  const text = textOf(cell);
  const n = parseNorwegianNumber(text);
  return n === null ? { ok: false, message: `«${text}» er ikke et tall.` } : { ok: true, value: n };
}

const MARKERS: Record<string, OpexMarker> = { '*': '*', '**': '**', '-': '-', '–': '–', '—': '–' };

/**
 * Largest amount accepted, MNOK either way: a million MNOK (a thousand billion kroner) is far above
 * any health IT figure, and keeps every sum exact in kNOK (the case file uses the same bound).
 */
export const MAX_PLAUSIBLE_MNOK = 1_000_000;

function amount(mNok: number, text: () => string): Parsed<{ kind: 'amount'; kNok: KNok }> {
  if (!Number.isFinite(mNok) || Math.abs(mNok) > MAX_PLAUSIBLE_MNOK) {
    return { ok: false, message: `«${text().slice(0, 40)}» MNOK er ikke et rimelig beløp (høyst ${MAX_PLAUSIBLE_MNOK.toLocaleString('nb-NO')} MNOK).` };
  }
  return { ok: true, value: { kind: 'amount', kNok: mNokToKNok(mNok) } };
}

/** A D&F cell: an amount in MNOK (stored as kNOK), or a marker; blank is a marker, never zero. */
export function readOpexCell(cell: Cell | undefined): Parsed<{ kind: 'amount'; kNok: KNok } | { kind: 'marker'; marker: OpexMarker }> {
  // the common case, without making text of the number first
  if (cell?.kind === 'number') {
    const v = cell.value;
    return Math.abs(v) <= MAX_PLAUSIBLE_MNOK ? { ok: true, value: { kind: 'amount', kNok: mNokToKNok(v) } } : amount(v, () => String(v));
  }
  if (cell?.kind === 'error') return { ok: false, message: `Cellen har feilverdien ${cell.value.slice(0, 20)} (en formel som ikke kunne regnes ut); skriv inn beløpet eller en markør.` };
  const text = textOf(cell);
  if (text === '') return { ok: true, value: { kind: 'marker', marker: 'blank' } };
  const marker = MARKERS[text.replace(/\s+/g, '')];
  if (marker) return { ok: true, value: { kind: 'marker', marker } };
  const n = readNumber(cell);
  if (!n.ok) return { ok: false, message: `«${text.slice(0, 40)}» er verken et beløp i MNOK eller en markør (*, **, -, –).` };
  return amount(n.value, () => text);
}

/** Years a report's dates and periods may fall in. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

function validIso(y: number, m: number, d: number): string | null {
  if (y < FIRST_YEAR || y > LAST_YEAR) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const dateMemo = new Map<string, Parsed<string>>();

/** A date cell's text comes from the file (t="d" cells hold any text): a real calendar date only. */
function readDateCell(value: string): Parsed<string> {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const iso = m ? validIso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  return iso ? { ok: true, value: iso } : { ok: false, message: `«${value.slice(0, 40)}» er ikke en gyldig dato.` };
}

/** A date: Excel date cell, Excel serial, ISO "2022-06-30", or "30.06.2022" / "30.6.22". */
export function readDate(cell: Cell | undefined): Parsed<string> {
  if (cell?.kind === 'date') {
    // the same few deadlines repeat down a list: remember what each date cell reads as
    let r = dateMemo.get(cell.value);
    if (r === undefined) {
      r = readDateCell(cell.value);
      if (dateMemo.size < 1000) dateMemo.set(cell.value, r);
    }
    return r;
  }
  if (cell?.kind === 'number' && cell.value > 0 && cell.value < MAX_DATE_SERIAL) return { ok: true, value: serialToIso(Math.floor(cell.value)) };
  const text = textOf(cell);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  let iso = m ? validIso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (!m) {
    m = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/.exec(text);
    if (m) {
      const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      iso = validIso(y, Number(m[2]), Number(m[1]));
    }
  }
  return iso ? { ok: true, value: iso } : { ok: false, message: `«${text.slice(0, 40)}» er ikke en dato (bruk dd.mm.åååå eller åååå-mm-dd).` };
}

/** A focus area "1.1", "1.1 - Modernisere ...", "1.1 Modernisere ...": code and optional name. */
const focusMemo = new Map<string, Parsed<{ code: string; name: string }>>();

export function readFocusArea(text: string): Parsed<{ code: string; name: string }> {
  // the same few focus areas repeat down the list
  let r = focusMemo.get(text);
  if (r === undefined) {
    r = parseFocusArea(text);
    if (focusMemo.size < 1000) focusMemo.set(text, r);
  }
  return r.ok ? { ok: true, value: { ...r.value } } : r;
}

function parseFocusArea(text: string): Parsed<{ code: string; name: string }> {
  const m = /^(\d+(?:[.,]\d+)*)\s*(?:[-–—:]\s*)?(.*)$/s.exec(text.trim());
  if (!m) return { ok: false, message: `«${text.trim()}» er ikke et innsatsområde (skriv koden, f.eks. 1.1, gjerne fulgt av navnet).` };
  return { ok: true, value: { code: m[1]!.replace(',', '.'), name: m[2]!.trim() } };
}

/** A reporting period key from "2022-09", "09.2022", "2022-09-30" or a date cell. */
export function readPeriodKey(cell: Cell | undefined): Parsed<string> {
  const ok = (y: string, mo: string): boolean => Number(mo) >= 1 && Number(mo) <= 12 && Number(y) >= FIRST_YEAR && Number(y) <= LAST_YEAR;
  if (cell?.kind === 'date') {
    const d = readDate(cell);
    if (d.ok) return { ok: true, value: d.value.slice(0, 7) };
  }
  const text = textOf(cell);
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text);
  if (m && ok(m[1]!, m[2]!) && (m[3] === undefined || validIso(Number(m[1]), Number(m[2]), Number(m[3])))) return { ok: true, value: `${m[1]}-${m[2]!.padStart(2, '0')}` };
  m = /^(?:(\d{1,2})\.)?(\d{1,2})\.(\d{4})$/.exec(text);
  if (m && ok(m[3]!, m[2]!) && (m[1] === undefined || validIso(Number(m[3]), Number(m[2]), Number(m[1])))) return { ok: true, value: `${m[3]}-${m[2]!.padStart(2, '0')}` };
  return { ok: false, message: `«${text.slice(0, 40)}» er ikke en periode (skriv år og måned, f.eks. 2022-09).` };
}

/** Yes/no text ("ja", "nei", "true", TRUE). */
export function readBoolean(cell: Cell | undefined): boolean {
  if (cell?.kind === 'boolean') return cell.value;
  return ['ja', 'yes', 'true', '1', 'x'].includes(normalizeKey(textOf(cell)));
}
