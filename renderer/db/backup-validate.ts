import { z } from 'zod';
import { parseCaseObject } from '../../shared/budget/case-file.ts';
import { countNoun, formatCount } from '../../shared/format/index.ts';
import { ACTIVITIES, CRITICALITIES, PHASES, SEGMENTS, TRAFFIC_LIGHTS } from '../../shared/portfolio/model.ts';
import { BackupError } from './backup-format.ts';
import type { BackupSnapshot } from './backup-format.ts';
import { PERIOD_FORMAT, restorePeriod, restorePeriodListing } from './periods-repo.ts';
import { restoreSetting } from './restore.ts';
import { restoreSavedView } from './views-repo.ts';

/**
 * Restore only: checks every record of a backup before anything in the database is cleared. Each
 * record must pass what loading it would (the repositories' restore functions, the case file's
 * schema and checks) and the stricter row schemas below, so a restored database can never hold
 * a record a view cannot show (an object as a tiltak name, a case that no longer opens). The
 * counts shown before restoring are counted here from the payload, never read from the header.
 */

/** The tables each schema version has; a backup missing one of its version's tables is refused. */
export const TABLES_BY_SCHEMA: Readonly<Record<number, readonly string[]>> = {
  1: ['settings'],
  2: ['settings', 'periods', 'periodData', 'cases', 'caseVersions', 'savedViews'],
};

const PARTS = ['initiatives', 'dependencies', 'opex'] as const;
const TEXT = 100_000;
const s = z.string().max(TEXT);
const sn = s.nullable();
const extra = z.record(z.string().max(TEXT), s);
const source = z.object({ file: s, sheet: s, row: z.number().int().nonnegative() }).nullable();
const light = z.enum(TRAFFIC_LIGHTS as [string, ...string[]]).nullable();
const initiative = z.object({
  nr: s, owner: s, name: s,
  segment: z.enum(SEGMENTS as [string, ...string[]]),
  phase: z.enum(PHASES as [string, ...string[]]).nullable(),
  activity: z.enum(ACTIVITIES as [string, ...string[]]).nullable(),
  status: light, risk: light,
  focusArea: z.object({ code: s, name: s }).nullable(),
  extra, source,
});
const dependency = z.object({
  initiativeNr: s, initiativeName: sn, owner: sn, description: s, dependsOn: s, dependsOnNr: sn, category: sn,
  criticality: z.enum(CRITICALITIES as [string, ...string[]]).nullable(),
  status: light, deadline: sn, extra, source,
});
/** Plausibility bound for stored amounts (kNOK): the case file's, far above any real figure. */
const KNOK_MAX = 1_000_000_000;
const opexCell = z.union([
  z.object({ kind: z.literal('amount'), kNok: z.number().int().min(-KNOK_MAX).max(KNOK_MAX) }),
  z.object({ kind: z.literal('marker'), marker: z.enum(['*', '**', '-', '–', 'blank']), footnote: s.optional() }),
]);
const opex = z.object({
  solution: s, initiativeName: s, initiativeNr: sn,
  years: z.record(z.string().regex(/^\d{4}$/), opexCell),
  note: sn, extra, source,
});
const ROW_SCHEMAS = { initiatives: initiative, dependencies: dependency, opex } as const;

/** A period key as the import produces it: year and month. */
export const PERIOD_KEY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const periodRecord = z.object({
  id: z.string().regex(PERIOD_KEY_PATTERN),
  key: z.string().regex(PERIOD_KEY_PATTERN),
  importedAt: s,
  v: z.number().int().min(1).max(PERIOD_FORMAT),
  period: z.object({ key: z.string().regex(PERIOD_KEY_PATTERN), label: s, reportDate: sn, title: sn, reconstructed: z.boolean(), notes: sn }),
  opexYears: z.array(z.number().int().min(1900).max(2200)).max(200).optional(),
  focusAreas: z.array(z.object({ code: s, name: s })).max(10_000).optional(),
  metadata: z.record(s, s).optional(),
});
const chunkRecord = z.object({
  periodId: z.string().regex(PERIOD_KEY_PATTERN),
  part: z.enum(PARTS),
  chunk: z.number().int().min(0).max(100_000),
  rows: z.array(z.unknown()),
  v: z.number().int().min(1).max(PERIOD_FORMAT),
});
const caseRecord = z.object({ id: s.min(1), title: s, updatedAt: s, v: z.number().int().min(1), doc: z.unknown() });
const caseVersionRecord = z.object({ seq: z.number().int().positive().optional(), caseId: s.min(1), createdAt: s, label: s, named: z.boolean(), v: z.number().int().min(1), doc: z.unknown() });

const TABLE_WORDS: Record<string, string> = {
  settings: 'innstillinger', periods: 'perioder', periodData: 'periodedata', cases: 'saker', caseVersions: 'saksversjoner', savedViews: 'lagrede visninger',
};

function refuse(table: string, index: number, what: string): never {
  throw new BackupError(`Sikkerhetskopien kan ikke gjenopprettes: ${TABLE_WORDS[table] ?? table}, post ${index + 1}: ${what}. Ingenting er endret.`);
}

/** Where zod found the first problem in a row, e.g. "felt name". */
function firstProblem(error: z.ZodError): string {
  const path = error.issues[0]?.path.map(String).join('.') ?? '';
  return path ? `feltet «${path}» er ugyldig` : 'posten er ugyldig';
}

function checkUnique(table: string, rows: unknown[], keyOf: (r: Record<string, unknown>) => string): void {
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const k = keyOf(r as Record<string, unknown>);
    if (seen.has(k)) refuse(table, i, 'nøkkelen finnes allerede i en annen post');
    seen.add(k);
  });
}

/** Throws a Norwegian {@link BackupError} unless every table of the backup's schema version is in it. */
export function checkTables(snapshot: BackupSnapshot): void {
  const expected = TABLES_BY_SCHEMA[snapshot.schemaVersion];
  if (!expected) throw new BackupError(`Sikkerhetskopien har en ukjent skjemaversjon (${snapshot.schemaVersion}).`);
  const missing = expected.filter((t) => !Array.isArray(snapshot.tables[t]));
  if (missing.length > 0) {
    throw new BackupError(`Sikkerhetskopien er ufullstendig: tabellen ${missing.map((t) => `«${TABLE_WORDS[t] ?? t}»`).join(', ')} mangler. Ingenting er endret.`);
  }
}

/**
 * Throws a Norwegian {@link BackupError} unless every record would load. The snapshot must be
 * upgraded to the current schema first.
 */
export function validateSnapshot(snapshot: BackupSnapshot): void {
  const t = snapshot.tables;
  const rows = (name: string): unknown[] => t[name] ?? [];

  rows('settings').forEach((r, i) => {
    if (!restoreSetting(r)) refuse('settings', i, 'innstillingen kan ikke leses');
  });
  checkUnique('settings', rows('settings'), (r) => String(r.key));

  rows('savedViews').forEach((r, i) => {
    if (!restoreSavedView(r)) refuse('savedViews', i, 'visningen kan ikke leses');
  });
  checkUnique('savedViews', rows('savedViews'), (r) => String(r.id));

  const periods = new Set<string>();
  rows('periods').forEach((r, i) => {
    const p = periodRecord.safeParse(r);
    if (!p.success) refuse('periods', i, firstProblem(p.error));
    if (p.data.id !== p.data.key || p.data.key !== p.data.period.key) refuse('periods', i, 'periodens nøkler stemmer ikke overens');
    if (!restorePeriodListing(r)) refuse('periods', i, 'perioden kan ikke leses');
    if (periods.has(p.data.id)) refuse('periods', i, `perioden ${p.data.id} finnes allerede i en annen post`);
    periods.add(p.data.id);
  });
  const chunksOf = new Map<string, unknown[]>();
  const chunkKeys = new Set<string>();
  rows('periodData').forEach((r, i) => {
    const c = chunkRecord.safeParse(r);
    if (!c.success) refuse('periodData', i, firstProblem(c.error));
    const { periodId, part, chunk } = c.data;
    if (!periods.has(periodId)) refuse('periodData', i, `hører til perioden ${periodId}, som ikke finnes i kopien`);
    const key = JSON.stringify([periodId, part, chunk]);
    if (chunkKeys.has(key)) refuse('periodData', i, 'nøkkelen finnes allerede i en annen post');
    chunkKeys.add(key);
    const schema = ROW_SCHEMAS[part];
    c.data.rows.forEach((row, j) => {
      const ok = schema.safeParse(row);
      if (!ok.success) refuse('periodData', i, `rad ${j + 1} (${part}): ${firstProblem(ok.error)}`);
    });
    let list = chunksOf.get(periodId);
    if (!list) chunksOf.set(periodId, (list = []));
    list.push(r);
  });
  rows('periods').forEach((r, i) => {
    const id = (r as { id: string }).id;
    if (!restorePeriod(r, chunksOf.get(id) ?? [])) refuse('periods', i, 'perioden kan ikke leses');
  });

  rows('cases').forEach((r, i) => {
    const c = caseRecord.safeParse(r);
    if (!c.success) refuse('cases', i, firstProblem(c.error));
    const doc = parseCaseObject(c.data.doc);
    if (!doc.ok) refuse('cases', i, `saken kan ikke åpnes (${doc.issues[0]?.path ?? '$'}: ${doc.issues[0]?.message ?? ''})`);
    if (doc.case.id !== c.data.id) refuse('cases', i, 'sakens id stemmer ikke med posten');
  });
  checkUnique('cases', rows('cases'), (r) => String(r.id));
  rows('caseVersions').forEach((r, i) => {
    const c = caseVersionRecord.safeParse(r);
    if (!c.success) refuse('caseVersions', i, firstProblem(c.error));
    const doc = parseCaseObject(c.data.doc);
    if (!doc.ok) refuse('caseVersions', i, `versjonen kan ikke åpnes (${doc.issues[0]?.path ?? '$'}: ${doc.issues[0]?.message ?? ''})`);
  });
  checkUnique('caseVersions', rows('caseVersions').filter((r) => (r as { seq?: unknown }).seq !== undefined), (r) => String(r.seq));
}

/** Rows per table, counted from the payload. */
export function countSnapshot(snapshot: BackupSnapshot): Record<string, number> {
  return Object.fromEntries(Object.entries(snapshot.tables).map(([name, rows]) => [name, rows.length]));
}

/** Tables by the word for one row, for counts ("1 periode", "2 perioder"). */
const ROW_WORDS: Record<string, string> = {
  settings: 'innstilling', periods: 'periode', periodData: 'periodedata', cases: 'sak', caseVersions: 'saksversjon', savedViews: 'lagret visning',
};

/** A table's count from a file's header with its noun: "1 periode", "20 000 perioder"; a value that is no number as written. */
function counted(table: string, v: unknown): string {
  const many = TABLE_WORDS[table] ?? table;
  return typeof v === 'number' ? countNoun(v, ROW_WORDS[table] ?? many, many) : `${String(v)} ${many}`;
}

/**
 * Refuses a header whose counts disagree with the payload: with a checksum that matches, only a
 * deliberately edited or a faulty file can show that, and the dialog must not repeat it.
 */
export function checkHeaderCounts(headerCounts: Record<string, unknown>, rows: Record<string, number>): void {
  const names = new Set([...Object.keys(headerCounts), ...Object.keys(rows)]);
  for (const n of names) {
    if ((headerCounts[n] ?? 0) !== (rows[n] ?? 0)) {
      throw new BackupError(`Sikkerhetskopien er skadet: hodet oppgir ${counted(n, headerCounts[n] ?? 0)}, men innholdet har ${formatCount(rows[n] ?? 0)}. Ingenting er endret.`);
    }
  }
}
