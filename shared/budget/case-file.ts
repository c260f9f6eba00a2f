/**
 * Case files (`.json`): parse, migrate, validate and serialize. The format is documented in
 * docs/case-file-format.md. Errors are Norwegian and name the JSON path ("$.lines[3].estimateKNok").
 */
import { z } from 'zod';
import type { BudgetCase } from './model.ts';
import { CASE_SCHEMA_VERSION } from './model.ts';
import { migrate } from './case-file-migrate.ts';

export { migrate, migrateV1ToV2 } from './case-file-migrate.ts';

/** Value of the `format` field that marks a Helseportefølje case file. */
export const CASE_FILE_FORMAT = 'helseportefolje.budsjettsak';

/** A problem in a case file, with the JSON path it concerns. */
export interface CaseFileIssue {
  path: string;
  message: string;
}

export type CaseFileResult =
  | { ok: true; case: BudgetCase; migratedFrom: number | null; issues: [] }
  | { ok: false; case: null; migratedFrom: number | null; issues: CaseFileIssue[] };

/**
 * Limits of a case file. A real NUIT case has a handful of years, areas, actors and alternatives
 * and tens of lines; the limits are generous for that but keep every computation over a case
 * (alternatives × (lines + years × (areas + actors))) to a few MB whatever the file says.
 */
export const CASE_LIMITS = {
  fileChars: 50 * 1024 * 1024,
  years: 30,
  areas: 500,
  actors: 500,
  lines: 20_000,
  alternatives: 100,
  versions: 200,
  notes: 1_000,
  /** Entries in a text list (deliverables, consequences, tiltak numbers). */
  listItems: 1_000,
  idChars: 200,
  nameChars: 1_000,
  textChars: 100_000,
  /** Largest amount, kNOK: 1 000 000 MNOK (a thousand billion kroner), far above any health IT budget. */
  kNok: 1_000_000_000,
  issues: 1_000,
} as const;

const kNok = z.number().int().nonnegative().max(CASE_LIMITS.kNok);
const text = z.string().max(CASE_LIMITS.textChars).default('');
const shortText = z.string().max(CASE_LIMITS.nameChars);
const textList = z.array(z.string().max(CASE_LIMITS.textChars)).max(CASE_LIMITS.listItems);
// eslint-disable-next-line no-control-regex
const UNSAFE_ID = /[|\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/**
 * Ids become keys in maps and in the case workbook ("alternative|line"), so they may not hold
 * the separator `|` or control characters.
 */
const id = z.string().min(1).max(CASE_LIMITS.idChars).refine((s) => !UNSAFE_ID.test(s), { params: { unsafeId: true } });
const provenance = z.object({
  kind: z.enum(['dokument', 'modellert', 'bruker']),
  ref: z.string().max(CASE_LIMITS.textChars).optional(),
  note: z.string().max(CASE_LIMITS.textChars).optional(),
});
const defaultProvenance = { kind: 'bruker' as const };
const ambition = z.enum(['full', 'reduced', 'keepWarm', 'stop']);
const change = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('set'), kNok }),
  z.object({ kind: z.literal('cut'), kNok }),
  z.object({ kind: z.literal('cutPercent'), percent: z.number().min(0).max(100) }),
  z.object({
    kind: z.literal('ambition'),
    level: ambition,
    levels: z.object({ full: kNok.optional(), reduced: kNok.optional(), keepWarm: kNok.optional(), stop: kNok.optional() }),
  }),
]);
// Version 2 fields: set-asides per year, lasting D&F, roles, the styringsramme and allocations.
const setAsideBase = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('frame') }),
  z.object({ kind: z.literal('frameLessEarmarks') }),
  z.object({ kind: z.literal('estimates') }),
  z.object({
    kind: z.literal('estimatesOf'),
    actorIds: z.array(z.string().max(CASE_LIMITS.idChars)).max(CASE_LIMITS.actors).default([]),
    areaIds: z.array(z.string().max(CASE_LIMITS.idChars)).max(CASE_LIMITS.areas).default([]),
  }),
]);
const setAside = z.object({
  id,
  kind: z.enum(['earmark', 'reserve']),
  name: shortText.min(1),
  amount: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('fixed'), kNok }),
    z.object({ kind: z.literal('percent'), percent: z.number().min(0).max(100), base: setAsideBase.default({ kind: 'frameLessEarmarks' }) }),
  ]),
  source: provenance.default(defaultProvenance),
});
const cap = z.object({
  fromYear: z.number().int().min(1900).max(2200),
  toYear: z.number().int().min(1900).max(2200),
  kNok,
  includeOpex: z.boolean().default(true),
  source: provenance.default(defaultProvenance),
});
const allocation = z.object({
  year: z.number().int(),
  actorId: z.string().max(CASE_LIMITS.idChars).nullable().default(null),
  label: text,
  kNok: kNok.nullable().default(null),
  source: provenance.default(defaultProvenance),
});
const meta = z.object({
  caseNumber: text, caseNumberNote: text, meeting: text, date: text, caseType: text, from: text, to: text, caseOfficer: text,
  proposedDecision: text, purpose: text, background: text, recommendation: text, attachments: text,
});
const named = z.object({ id, name: shortText.min(1), shortName: shortText.default('') });
const content = z.object({
  title: shortText.min(1),
  meta: meta.default(meta.parse({})),
  years: z.array(z.number().int().min(1900).max(2200)).min(1).max(CASE_LIMITS.years),
  frames: z.array(
    z.object({
      year: z.number().int(),
      frameKNok: kNok,
      setAsides: z.array(setAside).max(CASE_LIMITS.listItems).default([]),
      source: provenance.default(defaultProvenance),
    }),
  ).max(CASE_LIMITS.years),
  actors: z.array(named).max(CASE_LIMITS.actors),
  areas: z.array(named).max(CASE_LIMITS.areas),
  lines: z.array(
    z.object({
      id,
      areaId: z.string().max(CASE_LIMITS.idChars),
      actorId: z.string().max(CASE_LIMITS.idChars),
      year: z.number().int(),
      estimateKNok: kNok,
      followOnOpexKNok: kNok.default(0),
      followOnEndYear: z.number().int().nullable().default(null),
      deliverables: textList.default([]),
      consequenceIfNotPrioritised: text,
      initiativeNrs: textList.default([]),
      source: provenance.default(defaultProvenance),
      followOnSource: provenance.default(defaultProvenance),
      note: text,
    }),
  ).max(CASE_LIMITS.lines),
  alternatives: z.array(
    z.object({
      id,
      name: shortText.min(1),
      role: z.enum(['proposal', 'followed']).default('proposal'),
      description: text,
      consequences: textList.default([]),
      recommended: z.boolean().default(false),
      adjustments: z.array(
        z.object({
          lineId: z.string().max(CASE_LIMITS.idChars),
          change: change.nullable().default(null),
          followOnOverrideKNok: kNok.nullable().default(null),
          locked: z.boolean().default(false),
          minKNok: kNok.nullable().default(null),
        }),
      ).max(CASE_LIMITS.lines).default([]),
      source: provenance.default(defaultProvenance),
    }),
  ).max(CASE_LIMITS.alternatives).default([]),
  notes: z.array(z.object({ title: shortText, text: z.string().max(CASE_LIMITS.textChars) })).max(CASE_LIMITS.notes).default([]),
  cap: cap.nullable().default(null),
  allocations: z.array(allocation).max(CASE_LIMITS.notes).default([]),
});
const caseSchema = content.extend({
  id,
  schemaVersion: z.literal(CASE_SCHEMA_VERSION),
  createdAt: shortText.default(''),
  updatedAt: shortText.default(''),
  versions: z.array(z.object({ id: shortText, name: shortText, createdAt: shortText, snapshot: content })).max(CASE_LIMITS.versions).default([]),
});

const TYPE_WORDS: Record<string, string> = {
  string: 'tekst', number: 'et tall', int: 'et heltall', boolean: 'sann/usann', array: 'en liste', object: 'et objekt',
};

function jsonPath(path: readonly PropertyKey[]): string {
  return '$' + path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const p of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** A short Norwegian description of any JSON value, safe for objects without a usable toString. */
function describe(v: unknown): string {
  if (typeof v === 'string') return `«${v.length > 60 ? v.slice(0, 60) + '…' : v}»`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null) return 'null';
  return Array.isArray(v) ? 'en liste' : typeof v === 'object' ? 'et objekt' : 'en ukjent verdi';
}

// zod does not report the input by default, so a missing field is told apart by looking it up.
// Every code gets Norwegian wording; zod's own (English) message never reaches the analyst.
function issueMessage(i: z.core.$ZodIssue, data: unknown): string {
  switch (i.code) {
    case 'invalid_type':
      if (valueAt(data, i.path) === undefined) return 'Feltet mangler.';
      if (i.expected === 'int') return 'Må være et helt tall (kNOK).';
      return `Må være ${TYPE_WORDS[i.expected] ?? 'en annen type'}.`;
    case 'too_small':
      if (i.origin === 'array') return `Må ha minst ${String(i.minimum)} element.`;
      if (i.origin === 'string') return 'Kan ikke være tom.';
      return Number(i.minimum) === 0 ? 'Kan ikke være mindre enn 0 (negative beløp er ikke lov).' : `Kan ikke være mindre enn ${String(i.minimum)}.`;
    case 'too_big':
      if (i.origin === 'array') return `Kan ha høyst ${String(i.maximum)} element.`;
      if (i.origin === 'string') return `Kan ha høyst ${String(i.maximum)} tegn.`;
      if (/knok$/i.test(String(i.path.at(-1) ?? ''))) return `Beløpet er urimelig stort (høyst ${String(CASE_LIMITS.kNok)} kNOK).`;
      if (Number(i.maximum) >= Number.MAX_SAFE_INTEGER) return 'Tallet er for stort.';
      return `Kan ikke være større enn ${String(i.maximum)}.`;
    case 'invalid_value':
      return `Ugyldig verdi: forventet ${i.values.map((v) => JSON.stringify(v)).join(' eller ')}.`;
    case 'invalid_union':
      return 'Ugyldig verdi (ukjent type).';
    case 'custom':
      if (i.params?.['unsafeId']) return 'Id kan ikke inneholde «|» eller kontrolltegn.';
      return 'Ugyldig verdi.';
    default:
      return 'Ugyldig verdi.';
  }
}

/** Cross-field checks the schema cannot express: ids, references, a frame for every year. Linear time. */
export function validateCase(c: BudgetCase): CaseFileIssue[] {
  const issues: CaseFileIssue[] = [];
  const dup = (list: { id: string }[], where: string) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) issues.push({ path: `$.${where}[${i}].id`, message: `Id «${x.id}» er brukt mer enn én gang.` });
      seen.add(x.id);
    });
  };
  dup(c.actors, 'actors');
  dup(c.areas, 'areas');
  dup(c.lines, 'lines');
  dup(c.alternatives, 'alternatives');
  const years = new Set<number>();
  c.years.forEach((y, i) => {
    if (years.has(y)) issues.push({ path: `$.years[${i}]`, message: `År ${y} står mer enn én gang.` });
    years.add(y);
  });
  const framed = new Set<number>();
  c.frames.forEach((f, i) => {
    if (framed.has(f.year)) issues.push({ path: `$.frames[${i}].year`, message: `År ${f.year} har mer enn én ramme.` });
    framed.add(f.year);
  });
  c.years.forEach((y, i) => {
    if (!framed.has(y)) issues.push({ path: `$.years[${i}]`, message: `År ${y} har ingen ramme.` });
  });
  c.frames.forEach((f, i) => {
    if (!years.has(f.year)) issues.push({ path: `$.frames[${i}].year`, message: `Rammen gjelder ${f.year}, som ikke er et år i saken.` });
    const fixedEarmarks = f.setAsides.reduce((sum, s) => sum + (s.kind === 'earmark' && s.amount.kind === 'fixed' ? s.amount.kNok : 0), 0);
    if (fixedEarmarks > f.frameKNok) issues.push({ path: `$.frames[${i}].setAsides`, message: 'Øremerket beløp er større enn rammen.' });
  });
  const areas = new Set(c.areas.map((a) => a.id));
  const actors = new Set(c.actors.map((a) => a.id));
  // Nested maps, not a joined string: no id can make two different cells share a key.
  const cells = new Map<string, Map<string, Set<number>>>();
  c.lines.forEach((l, i) => {
    if (!areas.has(l.areaId)) issues.push({ path: `$.lines[${i}].areaId`, message: `Ukjent tjenesteområde «${l.areaId}».` });
    if (!actors.has(l.actorId)) issues.push({ path: `$.lines[${i}].actorId`, message: `Ukjent aktør «${l.actorId}».` });
    if (!years.has(l.year)) issues.push({ path: `$.lines[${i}].year`, message: `År ${l.year} er ikke et år i saken.` });
    let byActor = cells.get(l.areaId);
    if (!byActor) cells.set(l.areaId, (byActor = new Map()));
    let ys = byActor.get(l.actorId);
    if (!ys) byActor.set(l.actorId, (ys = new Set()));
    if (ys.has(l.year)) issues.push({ path: `$.lines[${i}]`, message: `Tjenesteområde, aktør og år finnes allerede på en annen linje.` });
    ys.add(l.year);
  });
  issues.push(...validateV2Fields(c, actors, areas));
  const lineIds = new Set(c.lines.map((l) => l.id));
  c.alternatives.forEach((a, i) => {
    const changed = new Set<string>();
    a.adjustments.forEach((adj, j) => {
      if (!lineIds.has(adj.lineId)) {
        issues.push({ path: `$.alternatives[${i}].adjustments[${j}].lineId`, message: `Alternativet «${a.name}» endrer en linje som ikke finnes («${adj.lineId}»).` });
      } else if (changed.has(adj.lineId)) {
        issues.push({ path: `$.alternatives[${i}].adjustments[${j}].lineId`, message: `Alternativet «${a.name}» endrer linjen «${adj.lineId}» mer enn én gang.` });
      }
      changed.add(adj.lineId);
    });
  });
  return issues;
}

/** At most {@link CASE_LIMITS.issues} issues, then one that says how many more there were. */
function capIssues(issues: CaseFileIssue[], total = issues.length): CaseFileIssue[] {
  if (total <= CASE_LIMITS.issues) return issues;
  const rest = total - CASE_LIMITS.issues;
  return [...issues.slice(0, CASE_LIMITS.issues), { path: '$', message: `… og ${rest} feil til.` }];
}

/** Checks of the version 2 fields: set-asides, lasting D&F, roles, the styringsramme, allocations. */
function validateV2Fields(c: BudgetCase, actors: ReadonlySet<string>, areas: ReadonlySet<string>): CaseFileIssue[] {
  const issues: CaseFileIssue[] = [];
  c.frames.forEach((f, i) => {
    const ids = new Set<string>();
    f.setAsides.forEach((s, j) => {
      const at = `$.frames[${i}].setAsides[${j}]`;
      if (ids.has(s.id)) issues.push({ path: `${at}.id`, message: `Id «${s.id}» er brukt mer enn én gang i ${f.year}.` });
      ids.add(s.id);
      if (s.amount.kind !== 'percent') return;
      const base = s.amount.base;
      if (s.kind === 'earmark' && base.kind === 'frameLessEarmarks') {
        issues.push({ path: `${at}.amount.base`, message: 'Et øremerket beløp kan ikke være en prosent av rammen minus øremerket.' });
      }
      if (base.kind === 'estimatesOf') {
        base.actorIds.forEach((id, k) => {
          if (!actors.has(id)) issues.push({ path: `${at}.amount.base.actorIds[${k}]`, message: `Ukjent aktør «${id}».` });
        });
        base.areaIds.forEach((id, k) => {
          if (!areas.has(id)) issues.push({ path: `${at}.amount.base.areaIds[${k}]`, message: `Ukjent tjenesteområde «${id}».` });
        });
      }
    });
  });
  c.lines.forEach((l, i) => {
    if (l.followOnEndYear !== null && l.followOnEndYear <= l.year) {
      issues.push({ path: `$.lines[${i}].followOnEndYear`, message: `Sluttåret for D&F må være etter linjens år (${l.year}).` });
    }
  });
  c.alternatives.forEach((a, i) => {
    if (a.role === 'followed' && a.recommended) issues.push({ path: `$.alternatives[${i}].recommended`, message: 'Det som fulgte etter saken kan ikke være anbefalt.' });
  });
  if (c.cap && c.cap.fromYear > c.cap.toYear) issues.push({ path: '$.cap.toYear', message: 'Styringsrammens siste år er før det første.' });
  c.allocations.forEach((a, i) => {
    if (a.actorId !== null && !actors.has(a.actorId)) issues.push({ path: `$.allocations[${i}].actorId`, message: `Ukjent aktør «${a.actorId}».` });
  });
  return issues;
}

/** JSON.parse's English detail is not for the user; keep only where it stopped. */
function invalidJsonMessage(e: unknown): string {
  const at = /position (\d+)/.exec(e instanceof Error ? e.message : '');
  return `Filen er ikke gyldig JSON${at ? ` (feil ved tegn ${at[1]})` : ''}. Den kan være avkortet eller skadet.`;
}

/** Parses a case file's text: JSON → migrate → schema → cross-field checks. Pure. */
export function parseCaseFile(textContent: string): CaseFileResult {
  if (textContent.length > CASE_LIMITS.fileChars) {
    return { ok: false, case: null, migratedFrom: null, issues: [{ path: '$', message: `Filen er for stor til å være en budsjettsak (over ${CASE_LIMITS.fileChars / 1024 / 1024} MB).` }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(textContent);
  } catch (e) {
    return { ok: false, case: null, migratedFrom: null, issues: [{ path: '$', message: invalidJsonMessage(e) }] };
  }
  return parseCaseObject(raw);
}

/** Like {@link parseCaseFile} for an already parsed value. */
export function parseCaseObject(raw: unknown): CaseFileResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, case: null, migratedFrom: null, issues: [{ path: '$', message: 'Filen inneholder ikke en budsjettsak (forventet et JSON-objekt).' }] };
  }
  const obj = raw as Record<string, unknown>;
  if (obj['format'] !== undefined && obj['format'] !== CASE_FILE_FORMAT) {
    return { ok: false, case: null, migratedFrom: null, issues: [{ path: '$.format', message: `Ukjent filformat ${describe(obj['format'])}; forventet «${CASE_FILE_FORMAT}».` }] };
  }
  const m = migrate(obj);
  if ('message' in m) return { ok: false, case: null, migratedFrom: null, issues: [m] };
  const parsed = caseSchema.safeParse(m.data);
  if (!parsed.success) {
    const all = parsed.error.issues;
    const issues = all.slice(0, CASE_LIMITS.issues).map((i) => ({ path: jsonPath(i.path), message: issueMessage(i, m.data) }));
    return { ok: false, case: null, migratedFrom: m.from, issues: capIssues(issues, all.length) };
  }
  const c = parsed.data as BudgetCase;
  const issues = validateCase(c);
  if (issues.length > 0) return { ok: false, case: null, migratedFrom: m.from, issues: capIssues(issues) };
  return { ok: true, case: c, migratedFrom: m.from, issues: [] };
}

/** Serializes a case to the file format (stable key order, two-space indent, trailing newline). */
export function serializeCase(c: BudgetCase): string {
  const { id, schemaVersion: _v, createdAt, updatedAt, ...rest } = c;
  return JSON.stringify({ format: CASE_FILE_FORMAT, schemaVersion: CASE_SCHEMA_VERSION, id, createdAt, updatedAt, ...rest }, null, 2) + '\n';
}
