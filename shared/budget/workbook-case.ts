/**
 * The tables of the case workbook (shared/export/xlsx/case-workbook.ts) beyond the estimates
 * layout, read back so that export → Excel → import gives the same case: Navn og id (ids and short
 * names of actors and areas), Avsetninger (set-asides per year), Alternativliste (ids, order,
 * roles, provenance), Styringsramme, Tildelt and Merknader. Each is optional: an estimates workbook
 * without them reads as before. Errors name sheet, row and column, in Norwegian.
 */
import { mNokToKNok, parseNorwegianNumber } from '../format/index.ts';
import type { ImportIssue } from '../import/index.ts';
import type { ColumnSpec, FoundTable, SheetRow, TableSpec, Workbook } from '../spreadsheet/index.ts';
import { cellFor, cellText, findTables, normalizeKey } from '../spreadsheet/index.ts';
import type { Alternative, BudgetCase, Provenance, SetAside, SetAsideBase } from './model.ts';
import { PROVENANCE_LABELS } from './model.ts';

/** Kilde (Fra dokument / Modellert / Registrert av bruker), Kildehenvisning, Kildemerknad. */
export const SOURCE_COLUMNS: ColumnSpec[] = [
  { key: 'sourceKind', headers: ['Kilde'] },
  { key: 'sourceRef', headers: ['Kildehenvisning'] },
  { key: 'sourceNote', headers: ['Kildemerknad'] },
];

/** Words for a percent's base in the Avsetninger table. */
export const BASE_WORDS: Readonly<Record<SetAsideBase['kind'], string>> = {
  frame: 'Rammen',
  frameLessEarmarks: 'Rammen minus øremerket',
  estimates: 'Estimatene',
  estimatesOf: 'Estimatene til valgte',
};

const KIND_BY_LABEL = new Map(Object.entries(PROVENANCE_LABELS).map(([k, v]) => [normalizeKey(v), k as Provenance['kind']]));
const BASE_BY_WORD = new Map(Object.entries(BASE_WORDS).map(([k, v]) => [normalizeKey(v), k as SetAsideBase['kind']]));

/** A provenance from its three cells; null when the kind cell is empty or unknown. */
export function provenanceOf(kind: string, ref: string, note: string): Provenance | null {
  const k = KIND_BY_LABEL.get(normalizeKey(kind));
  if (!k) return null;
  return { kind: k, ...(ref ? { ref } : {}), ...(note ? { note } : {}) };
}

const spec = (id: string, label: string, columns: ColumnSpec[]): TableSpec => ({ id, label, minColumns: 2, columns });
const NAMES_SPEC = spec('navn', 'Navn og id', [
  { key: 'type', headers: ['Type'], required: true },
  { key: 'id', headers: ['Id'], required: true },
  { key: 'name', headers: ['Navn'], required: true },
  { key: 'short', headers: ['Kortnavn'], required: true },
]);
const SET_ASIDES_SPEC = spec('avsetninger', 'Avsetninger', [
  { key: 'year', headers: ['Budsjettår'], required: true },
  { key: 'id', headers: ['Id'], required: true },
  { key: 'kind', headers: ['Type'], required: true },
  { key: 'name', headers: ['Navn'], required: true },
  { key: 'fixed', headers: ['Fast beløp (MNOK)'] },
  { key: 'percent', headers: ['Prosent'] },
  { key: 'base', headers: ['Grunnlag'] },
  { key: 'baseActors', headers: ['Grunnlag aktører'] },
  { key: 'baseAreas', headers: ['Grunnlag tjenesteområder'] },
  ...SOURCE_COLUMNS,
]);
const ALT_LIST_SPEC = spec('alternativliste', 'Alternativliste', [
  { key: 'order', headers: ['Rekkefølge'], required: true },
  { key: 'id', headers: ['Id'], required: true },
  { key: 'name', headers: ['Alternativ'], required: true },
  { key: 'role', headers: ['Rolle'] },
  { key: 'recommended', headers: ['Anbefalt'] },
  { key: 'description', headers: ['Beskrivelse'] },
  ...SOURCE_COLUMNS,
]);
const CAP_SPEC = spec('styringsramme', 'Styringsramme', [
  { key: 'from', headers: ['Fra år'], required: true },
  { key: 'to', headers: ['Til år'], required: true },
  { key: 'amount', headers: ['Styringsramme i alt (MNOK)'], required: true },
  { key: 'opex', headers: ['Ta med D&F'] },
  ...SOURCE_COLUMNS,
]);
const GRANTED_SPEC = spec('tildelt', 'Tildelt', [
  { key: 'year', headers: ['Budsjettår'], required: true },
  { key: 'actor', headers: ['Mottaker'] },
  { key: 'label', headers: ['Tildeling'], required: true },
  { key: 'amount', headers: ['Tildelt (MNOK)'] },
  ...SOURCE_COLUMNS,
]);
const NOTES_SPEC = spec('merknader', 'Merknader', [
  { key: 'title', headers: ['Tittel'], required: true },
  { key: 'text', headers: ['Merknad'], required: true },
]);

type Err = (t: FoundTable, row: number | null, key: string | null, message: string) => void;

/** Applies the case workbook's own tables to a case read from its estimates layout. Pure: returns a new case. */
export function applyCaseTables(wb: Workbook, read: BudgetCase, issues: ImportIssue[]): BudgetCase {
  const tables = findTables(wb, [NAMES_SPEC, SET_ASIDES_SPEC, ALT_LIST_SPEC, CAP_SPEC, GRANTED_SPEC, NOTES_SPEC]);
  const of = (id: string) => tables.filter((t) => t.spec.id === id);
  const err: Err = (t, row, key, message) => {
    const col = key ? t.columnOf.get(key) : undefined;
    issues.push({ severity: 'error', file: wb.fileName, sheet: t.sheet, row, column: col?.letter ?? null, columnName: col?.header ?? null, message });
  };
  const text = (t: FoundTable, r: SheetRow, key: string) => cellText(cellFor(t, r, key)).trim();
  const num = (t: FoundTable, r: SheetRow, key: string, what: string): number | null => {
    const raw = text(t, r, key);
    if (raw === '') return null;
    const c = cellFor(t, r, key);
    const n = c?.kind === 'number' ? c.value : parseNorwegianNumber(raw.replace(/\s*(mnok|%)$/i, ''));
    if (n === null || n < 0) {
      err(t, r.row, key, `${what} må være et tall (0 eller mer), ikke «${raw}».`);
      return null;
    }
    return n;
  };
  const source = (t: FoundTable, r: SheetRow, fallback: Provenance) => provenanceOf(text(t, r, 'sourceKind'), text(t, r, 'sourceRef'), text(t, r, 'sourceNote')) ?? fallback;
  let c: BudgetCase = { ...read };

  // Ids and short names of actors and areas; the reader named them after their text.
  // Listed in the table's order; an actor or area without estimates is kept too.
  const named = { actors: [] as BudgetCase['actors'], areas: [] as BudgetCase['areas'] };
  const idOf = { actors: new Map<string, string>(), areas: new Map<string, string>() };
  for (const t of of('navn')) {
    for (const r of t.rows) {
      const type = normalizeKey(text(t, r, 'type'));
      const which = type === normalizeKey('Aktør') ? 'actors' : type === normalizeKey('Tjenesteområde') ? 'areas' : null;
      const name = text(t, r, 'name');
      const id = text(t, r, 'id');
      if (!which || !name || !id) continue;
      const x = c[which].find((a) => normalizeKey(a.name) === normalizeKey(name));
      if (x) idOf[which].set(x.id, id);
      named[which].push({ id, name: x?.name ?? name, shortName: text(t, r, 'short') || x?.shortName || name });
    }
  }
  for (const which of ['actors', 'areas'] as const) {
    if (named[which].length === 0) continue;
    // Those the Estimater table has but the list lacks keep the reader's ids, after the listed ones.
    const rest = c[which].filter((x) => !idOf[which].has(x.id));
    c = { ...c, [which]: [...named[which], ...rest] };
  }
  if (idOf.actors.size || idOf.areas.size) {
    c = { ...c, lines: c.lines.map((l) => ({ ...l, actorId: idOf.actors.get(l.actorId) ?? l.actorId, areaId: idOf.areas.get(l.areaId) ?? l.areaId })) };
  }

  // Set-asides: when the table is there, it says them all (the Ramme columns are its summary).
  const setAsideTables = of('avsetninger');
  if (setAsideTables.length) {
    const byYear = new Map<number, SetAside[]>(c.frames.map((f) => [f.year, []]));
    for (const t of setAsideTables) {
      for (const r of t.rows) {
        const year = num(t, r, 'year', 'Budsjettår');
        const kindText = normalizeKey(text(t, r, 'kind'));
        const kind = kindText === normalizeKey('Øremerket') ? 'earmark' : kindText === normalizeKey('Avsetning') ? 'reserve' : null;
        if (year === null || !byYear.has(year)) {
          err(t, r.row, 'year', `År «${text(t, r, 'year')}» har ingen ramme i saken.`);
          continue;
        }
        if (!kind) {
          err(t, r.row, 'kind', `Type må være Øremerket eller Avsetning, ikke «${text(t, r, 'kind')}».`);
          continue;
        }
        const fixed = num(t, r, 'fixed', 'Fast beløp');
        const percent = num(t, r, 'percent', 'Prosent');
        const baseKind = BASE_BY_WORD.get(normalizeKey(text(t, r, 'base'))) ?? 'frameLessEarmarks';
        const list = (key: string) => text(t, r, key).split(/[,;]\s*/).map((s) => s.trim()).filter(Boolean);
        const base: SetAsideBase = baseKind === 'estimatesOf' ? { kind: baseKind, actorIds: list('baseActors'), areaIds: list('baseAreas') } : { kind: baseKind };
        if (percent !== null && percent > 100) err(t, r.row, 'percent', 'Prosenten kan ikke være over 100.');
        byYear.get(year)!.push({
          id: text(t, r, 'id') || `sa-${year}-${byYear.get(year)!.length + 1}`,
          kind,
          name: text(t, r, 'name') || (kind === 'earmark' ? 'Øremerket' : 'Avsetning'),
          amount: percent !== null ? { kind: 'percent', percent, base } : { kind: 'fixed', kNok: mNokToKNok(fixed ?? 0) },
          source: source(t, r, { kind: 'bruker', ref: `${wb.fileName}, ark ${t.sheet}, rad ${r.row}` }),
        });
      }
    }
    c = { ...c, frames: c.frames.map((f) => ({ ...f, setAsides: byYear.get(f.year) ?? [] })) };
  }

  // Alternatives: ids, order, roles, recommendation and provenance; a set equal to the estimate is no
  // change, and a line with no change and no choice (lock, minimum, D&F) is no adjustment.
  const estimate = new Map(c.lines.map((l) => [l.id, l.estimateKNok]));
  let alternatives = c.alternatives.map((a) => ({
    ...a,
    adjustments: a.adjustments
      .map((x) => (x.change?.kind === 'set' && x.change.kNok === estimate.get(x.lineId) ? { ...x, change: null } : x))
      .filter((x) => x.change !== null || x.locked || x.minKNok !== null || x.followOnOverrideKNok !== null),
  }));
  const listed: { order: number; alt: Alternative }[] = [];
  for (const t of of('alternativliste')) {
    for (const r of t.rows) {
      const name = text(t, r, 'name');
      if (!name) continue;
      const found = alternatives.find((a) => normalizeKey(a.name) === normalizeKey(name));
      const alt: Alternative = found ?? { id: '', name, role: 'proposal', description: '', consequences: [], recommended: false, adjustments: [], source: { kind: 'bruker' } };
      const rec = normalizeKey(text(t, r, 'recommended'));
      listed.push({
        order: num(t, r, 'order', 'Rekkefølge') ?? listed.length + 1,
        alt: {
          ...alt,
          id: text(t, r, 'id') || alt.id || `alt-${listed.length + 1}`,
          role: normalizeKey(text(t, r, 'role')) === normalizeKey('Det som fulgte') ? 'followed' : 'proposal',
          recommended: rec === '' ? alt.recommended : rec === 'ja',
          description: text(t, r, 'description') || alt.description,
          source: source(t, r, alt.source),
        },
      });
    }
  }
  if (listed.length) {
    const rest = alternatives.filter((a) => !listed.some((x) => normalizeKey(x.alt.name) === normalizeKey(a.name)));
    alternatives = [...listed.sort((a, b) => a.order - b.order).map((x) => x.alt), ...rest];
  }
  c = { ...c, alternatives };

  for (const t of of('styringsramme')) {
    for (const r of t.rows) {
      const from = num(t, r, 'from', 'Fra år');
      const to = num(t, r, 'to', 'Til år');
      const amount = num(t, r, 'amount', 'Styringsramme');
      if (from === null || to === null || amount === null) continue;
      if (to < from) err(t, r.row, 'to', 'Til år er før fra år.');
      c = {
        ...c,
        cap: { fromYear: from, toYear: to, kNok: mNokToKNok(amount), includeOpex: normalizeKey(text(t, r, 'opex')) !== 'nei', source: source(t, r, { kind: 'bruker' }) },
      };
    }
  }

  const allocations: BudgetCase['allocations'] = [];
  for (const t of of('tildelt')) {
    for (const r of t.rows) {
      const year = num(t, r, 'year', 'Budsjettår');
      const label = text(t, r, 'label');
      if (year === null || !label) continue;
      const who = text(t, r, 'actor');
      const actor = who ? c.actors.find((a) => normalizeKey(a.name) === normalizeKey(who) || normalizeKey(a.shortName) === normalizeKey(who)) : null;
      if (who && !actor) {
        err(t, r.row, 'actor', `Ukjent mottaker «${who}»: den finnes ikke blant aktørene.`);
        continue;
      }
      const amount = num(t, r, 'amount', 'Tildelt');
      allocations.push({ year, actorId: actor ? actor.id : null, label, kNok: amount === null ? null : mNokToKNok(amount), source: source(t, r, { kind: 'bruker' }) });
    }
  }
  const notes = of('merknader').flatMap((t) => t.rows.map((r) => ({ title: text(t, r, 'title'), text: text(t, r, 'text') })).filter((n) => n.title || n.text));
  return { ...c, allocations: allocations.length ? allocations : c.allocations, notes: notes.length ? notes : c.notes };
}
