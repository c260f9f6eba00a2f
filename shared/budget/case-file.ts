/**
 * Case files (`.json`): parse, migrate, validate and serialize. The format is documented in
 * docs/case-file-format.md. Errors are Norwegian and name the JSON path ("$.lines[3].estimateKNok").
 */
import { z } from 'zod';
import type { BudgetCase } from './model.ts';
import { CASE_SCHEMA_VERSION } from './model.ts';

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

const kNok = z.number().int().nonnegative();
const text = z.string().default('');
const provenance = z.object({
  kind: z.enum(['dokument', 'modellert', 'bruker']),
  ref: z.string().optional(),
  note: z.string().optional(),
});
const defaultProvenance = { kind: 'bruker' as const };
const reserve = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('percent'), percent: z.number().min(0).max(100) }),
  z.object({ kind: z.literal('fixed'), kNok }),
]);
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
const meta = z.object({
  caseNumber: text, meeting: text, date: text, caseType: text, from: text, to: text, caseOfficer: text,
  proposedDecision: text, purpose: text, background: text, recommendation: text,
});
const named = z.object({ id: z.string().min(1), name: z.string().min(1), shortName: z.string().default('') });
const content = z.object({
  title: z.string().min(1),
  meta: meta.default(meta.parse({})),
  years: z.array(z.number().int().min(1900).max(2200)).min(1),
  frames: z.array(
    z.object({
      year: z.number().int(),
      frameKNok: kNok,
      earmarkedKNok: kNok.default(0),
      reserve: reserve.default({ kind: 'fixed', kNok: 0 }),
      source: provenance.default(defaultProvenance),
    }),
  ),
  actors: z.array(named),
  areas: z.array(named),
  lines: z.array(
    z.object({
      id: z.string().min(1),
      areaId: z.string(),
      actorId: z.string(),
      year: z.number().int(),
      estimateKNok: kNok,
      followOnOpexKNok: kNok.default(0),
      deliverables: z.array(z.string()).default([]),
      consequenceIfNotPrioritised: text,
      initiativeNrs: z.array(z.string()).default([]),
      source: provenance.default(defaultProvenance),
      followOnSource: provenance.default(defaultProvenance),
      note: text,
    }),
  ),
  alternatives: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      description: text,
      consequences: z.array(z.string()).default([]),
      recommended: z.boolean().default(false),
      adjustments: z.array(
        z.object({
          lineId: z.string(),
          change: change.nullable().default(null),
          followOnOverrideKNok: kNok.nullable().default(null),
          locked: z.boolean().default(false),
          minKNok: kNok.nullable().default(null),
        }),
      ).default([]),
      source: provenance.default(defaultProvenance),
    }),
  ).default([]),
  notes: z.array(z.object({ title: z.string(), text: z.string() })).default([]),
});
const caseSchema = content.extend({
  id: z.string().min(1),
  schemaVersion: z.literal(CASE_SCHEMA_VERSION),
  createdAt: z.string().default(''),
  updatedAt: z.string().default(''),
  versions: z.array(z.object({ id: z.string(), name: z.string(), createdAt: z.string(), snapshot: content })).default([]),
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

// zod does not report the input by default, so a missing field is told apart by looking it up.
function issueMessage(i: z.core.$ZodIssue, data: unknown): string {
  switch (i.code) {
    case 'invalid_type':
      if (valueAt(data, i.path) === undefined) return 'Feltet mangler.';
      if (i.expected === 'int') return 'Må være et helt tall (kNOK).';
      return `Må være ${TYPE_WORDS[i.expected] ?? i.expected}.`;
    case 'too_small':
      return i.origin === 'array' ? `Må ha minst ${String(i.minimum)} element.` : i.origin === 'string' ? 'Kan ikke være tom.' : `Kan ikke være mindre enn ${String(i.minimum)} (negative beløp er ikke lov).`;
    case 'too_big':
      return `Kan ikke være større enn ${String(i.maximum)}.`;
    case 'invalid_value':
      return `Ugyldig verdi: forventet ${i.values.map((v) => JSON.stringify(v)).join(' eller ')}.`;
    case 'invalid_union':
      return 'Ugyldig verdi (ukjent type).';
    default:
      return i.message;
  }
}

/** Brings an older (or unversioned) file up to the current version; null when it cannot. */
export function migrate(raw: Record<string, unknown>): { data: Record<string, unknown>; from: number | null } | CaseFileIssue {
  const v = raw['schemaVersion'];
  if (v === undefined) {
    // Drafts written before the field existed had the same shape; they only lacked the version.
    return { data: { ...raw, schemaVersion: CASE_SCHEMA_VERSION }, from: 0 };
  }
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { path: '$.schemaVersion', message: 'Ugyldig skjemaversjon.' };
  if (v > CASE_SCHEMA_VERSION) {
    return {
      path: '$.schemaVersion',
      message: `Filen er laget med en nyere versjon av Helseportefølje (skjemaversjon ${v}); denne versjonen leser til og med ${CASE_SCHEMA_VERSION}.`,
    };
  }
  return { data: raw, from: null };
}

/** Cross-field checks the schema cannot express: ids, references, a frame for every year. */
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
  const years = new Set(c.years);
  c.years.forEach((y, i) => {
    if (c.years.indexOf(y) !== i) issues.push({ path: `$.years[${i}]`, message: `År ${y} står mer enn én gang.` });
  });
  c.frames.forEach((f, i) => {
    if (c.frames.findIndex((g) => g.year === f.year) !== i) issues.push({ path: `$.frames[${i}].year`, message: `År ${f.year} har mer enn én ramme.` });
  });
  const framed = new Set(c.frames.map((f) => f.year));
  c.years.forEach((y, i) => {
    if (!framed.has(y)) issues.push({ path: `$.years[${i}]`, message: `År ${y} har ingen ramme.` });
  });
  c.frames.forEach((f, i) => {
    if (!years.has(f.year)) issues.push({ path: `$.frames[${i}].year`, message: `Rammen gjelder ${f.year}, som ikke er et år i saken.` });
    if (f.earmarkedKNok > f.frameKNok) issues.push({ path: `$.frames[${i}].earmarkedKNok`, message: 'Øremerket beløp er større enn rammen.' });
  });
  const areas = new Set(c.areas.map((a) => a.id));
  const actors = new Set(c.actors.map((a) => a.id));
  const cells = new Set<string>();
  c.lines.forEach((l, i) => {
    if (!areas.has(l.areaId)) issues.push({ path: `$.lines[${i}].areaId`, message: `Ukjent tjenesteområde «${l.areaId}».` });
    if (!actors.has(l.actorId)) issues.push({ path: `$.lines[${i}].actorId`, message: `Ukjent aktør «${l.actorId}».` });
    if (!years.has(l.year)) issues.push({ path: `$.lines[${i}].year`, message: `År ${l.year} er ikke et år i saken.` });
    const key = `${l.areaId}|${l.actorId}|${l.year}`;
    if (cells.has(key)) issues.push({ path: `$.lines[${i}]`, message: `Tjenesteområde, aktør og år finnes allerede på en annen linje.` });
    cells.add(key);
  });
  const lineIds = new Set(c.lines.map((l) => l.id));
  c.alternatives.forEach((a, i) => {
    a.adjustments.forEach((adj, j) => {
      if (!lineIds.has(adj.lineId)) {
        issues.push({ path: `$.alternatives[${i}].adjustments[${j}].lineId`, message: `Alternativet «${a.name}» endrer en linje som ikke finnes («${adj.lineId}»).` });
      }
    });
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
    return { ok: false, case: null, migratedFrom: null, issues: [{ path: '$.format', message: `Ukjent filformat «${String(obj['format'])}»; forventet «${CASE_FILE_FORMAT}».` }] };
  }
  const m = migrate(obj);
  if ('message' in m) return { ok: false, case: null, migratedFrom: null, issues: [m] };
  const parsed = caseSchema.safeParse(m.data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: issueMessage(i, m.data) }));
    return { ok: false, case: null, migratedFrom: m.from, issues };
  }
  const c = parsed.data as BudgetCase;
  const issues = validateCase(c);
  if (issues.length > 0) return { ok: false, case: null, migratedFrom: m.from, issues };
  return { ok: true, case: c, migratedFrom: m.from, issues: [] };
}

/** Serializes a case to the file format (stable key order, two-space indent, trailing newline). */
export function serializeCase(c: BudgetCase): string {
  const { id, schemaVersion: _v, createdAt, updatedAt, ...rest } = c;
  return JSON.stringify({ format: CASE_FILE_FORMAT, schemaVersion: CASE_SCHEMA_VERSION, id, createdAt, updatedAt, ...rest }, null, 2) + '\n';
}
