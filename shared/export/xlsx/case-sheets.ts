/** The formula sheets of the case workbook: one per alternative, and the comparison. */
import type { AlternativeResult, CompiledCase, Alternative, BudgetCaseContent } from '../../budget/index.ts';
import type { WriteCell, WriteSheet } from '../../spreadsheet/index.ts';
import { columnLetter, normalizeKey } from '../../spreadsheet/index.ts';
import { EDIT_FILL, SheetRows, dress, mnok, titleRows } from './case-style.ts';

/** What the sheet writers share: where each line, frame and alternative amount sits. */
export interface CaseBook {
  c: BudgetCaseContent;
  cc: CompiledCase;
  /** Baseline first, then the case's alternatives. */
  results: AlternativeResult[];
  names: { comparison: string; alternatives: string[] };
  /** Line id → its row in Estimater. */
  estimateRow: Map<string, number>;
  /** Year → its row in Ramme. */
  frameRow: Map<number, number>;
  /** `${alternativeId}|${lineId}` → its row on the alternative's sheet. */
  altRow: Map<string, number>;
}

const RESERVED = [
  'Sammenligning', 'Ramme', 'Avsetninger', 'Estimater', 'Alternativer', 'Konsekvenser', 'Styringsramme', 'Tildelt', 'Navn og id',
  'Alternativliste', 'Merknader', 'Sak',
];
// Header words the budget reader looks for; an alternative's column must not be called this.
const READER_WORDS = new Set(['alternativ', 'belop', 'belop mnok', 'ar', 'konsekvens', 'estimat', 'estimat mnok', 'felt', 'verdi', 'ramme']);

/** Unique, valid Excel sheet names (≤ 31 characters, no []:*?/\) for the alternatives. */
export function caseSheetNames(shortNames: string[]): { comparison: string; alternatives: string[] } {
  const used = new Set(RESERVED.map((n) => n.toLowerCase()));
  const alternatives = shortNames.map((n, i) => {
    let base = n.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').trim().slice(0, 28) || `Alternativ ${i + 1}`;
    if (READER_WORDS.has(normalizeKey(base))) base = `${base} ${i + 1}`;
    let name = base;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base.slice(0, 27)} ${k}`;
    used.add(name.toLowerCase());
    return name;
  });
  return { comparison: 'Sammenligning', alternatives };
}

const ref = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
/** A text in a formula: "Norsk helsenett SF" with quotes doubled. */
const str = (t: string) => `"${t.replace(/"/g, '""')}"`;

function yearsWithLines(book: CaseBook): number[] {
  const ys = book.cc.years.filter((y) => book.c.lines.some((l) => l.year === y));
  return ys.length ? ys : book.cc.years.slice(0, 1);
}

/** Actors with a line in the year. */
function actorsIn(book: CaseBook, year: number): { name: string; k: number }[] {
  return book.c.actors.map((a, k) => ({ name: a.name, k })).filter(({ k }) => book.c.lines.some((l) => l.year === year && l.actorId === book.c.actors[k]!.id));
}

/**
 * An alternative's sheet: per line Estimat (from Estimater), Forslag (the value to edit), Endring,
 * Endring %, follow-on D&F; then per year Sum, per actor (SUMIFS), Til fordeling, Balanse,
 * Innenfor rammen.
 */
export function writeAlternativeSheet(book: CaseBook, name: string, alt: Alternative, resultIndex: number): WriteSheet {
  const { c, cc } = book;
  const ws = new SheetRows();
  const r = book.results[resultIndex]!;
  const base = book.results[0]!;
  const N = cc.actorIds.length;
  titleRows(ws, alt.name, alt.description || (alt.recommended ? 'Anbefalt alternativ.' : ''));
  ws.add([alt.role === 'followed' ? 'Det som fulgte etter saken (ikke et alternativ i saken)' : alt.recommended ? 'Anbefalt alternativ' : ''], true);
  ws.add([
    'Tjenesteområde', 'Aktør', 'Budsjettår', 'Estimat (MNOK)', 'Forslag (MNOK)', 'Endring (MNOK)', 'Endring (%)', 'Økt D&F per år fra året etter (MNOK)',
    'Låst (Ja/Nei)', 'Minstebeløp (MNOK)', 'Overstyrt økt D&F (MNOK)',
  ]);
  const area = new Map(c.areas.map((a) => [a.id, a.name]));
  const actor = new Map(c.actors.map((a) => [a.id, a.name]));
  const adj = new Map(alt.adjustments.map((a) => [a.lineId, a]));
  const first = ws.rowCount + 1;
  c.lines.forEach((l, i) => {
    const row = ws.rowCount + 1;
    const er = book.estimateRow.get(l.id)!;
    book.altRow.set(`${alt.id}|${l.id}`, row);
    const est = mnok(l.estimateKNok);
    const amount = mnok(r.amounts[i]!);
    const a = adj.get(l.id);
    const override = a?.followOnOverrideKNok ?? null;
    ws.add([
      area.get(l.areaId) ?? l.areaId,
      actor.get(l.actorId) ?? l.actorId,
      l.year,
      { formula: `Estimater!D${er}`, result: est },
      { value: amount, style: EDIT_FILL },
      { formula: `E${row}-D${row}`, result: Math.round((amount - est) * 1000) / 1000 },
      { formula: `IF(D${row}=0,"",(E${row}-D${row})/D${row})`, result: est === 0 ? '' : (amount - est) / est },
      // an overridden D&F (column K) wins over the share of the estimate's D&F
      { formula: `IF(K${row}<>"",K${row},IF(Estimater!D${er}=0,0,ROUND(Estimater!E${er}*E${row}/Estimater!D${er},3)))`, result: mnok(r.followOn[i]!) },
      { value: a?.locked ? 'Ja' : 'Nei', style: EDIT_FILL },
      { value: a?.minKNok == null ? null : mnok(a.minKNok), style: EDIT_FILL },
      { value: override === null ? null : mnok(override), style: EDIT_FILL },
    ]);
  });
  const last = Math.max(ws.rowCount, first);
  ws.add([]);
  for (const year of yearsWithLines(book)) {
    const y = cc.years.indexOf(year);
    const fr = book.frameRow.get(year);
    const sumif = (col: string) => `SUMIF($C$${first}:$C$${last},${year},${col}$${first}:${col}$${last})`;
    const sum = ws.rowCount + 1;
    ws.add([`Sum ${year}`, '', '', { formula: sumif('D'), result: mnok(base.total[y]!) }, { formula: sumif('E'), result: mnok(r.total[y]!) },
      { formula: `E${sum}-D${sum}`, result: mnok(r.total[y]! - base.total[y]!) }, '', { formula: sumif('H'), result: mnok(r.followOnByYear[y]!) }], true);
    for (const { name: an, k } of actorsIn(book, year)) {
      const sumifs = (col: string) => `SUMIFS(${col}$${first}:${col}$${last},$C$${first}:$C$${last},${year},$B$${first}:$B$${last},${str(an)})`;
      const row = ws.rowCount + 1;
      ws.add([`Sum ${year}`, an, '', { formula: sumifs('D'), result: mnok(base.byActor[y * N + k]!) }, { formula: sumifs('E'), result: mnok(r.byActor[y * N + k]!) },
        { formula: `E${row}-D${row}`, result: mnok(r.byActor[y * N + k]! - base.byActor[y * N + k]!) }]);
    }
    const av = ws.rowCount + 1;
    ws.add([`Til fordeling ${year}`, '', '', '', fr ? { formula: `Ramme!G${fr}`, result: mnok(cc.available[y]!) } : mnok(cc.available[y]!)]);
    const bal = ws.rowCount + 1;
    ws.add([`Balanse ${year} (negativt: mangler)`, '', '', '', { formula: `E${av}-E${sum}`, result: mnok(r.balance[y]!) }], true);
    ws.add([`Innenfor rammen ${year}`, '', '', '', { formula: `IF(E${bal}>=0,"Ja","Nei")`, result: r.balance[y]! >= 0 ? 'Ja' : 'Nei' }]);
  }
  if (cc.levelYears.length) {
    ws.add([]);
    ws.add(['D&F-nivå per år (hver økning blir værende fra året etter)'], true);
    cc.levelYears.forEach((year, k) => ws.add([`D&F-nivå ${year}`, '', '', '', mnok(r.opexLevel[k]!)]));
  }
  if (alt.consequences.length) {
    ws.add([]);
    ws.add(['Konsekvenser av alternativet'], true);
    for (const k of alt.consequences) ws.add([k]);
  }
  const sheet = dress(name, ws, { headerRow: 4, widths: [34, 24, 12, 15, 15, 15, 12, 22, 12, 16, 18], mnokCols: [4, 5, 6, 8, 10, 11], percentCols: [7] });
  return c.lines.length ? { ...sheet, validations: [{ range: `I${first}:I${first + c.lines.length - 1}`, list: ['Ja', 'Nei'] }] } : sheet;
}

/** Side by side: estimates and every alternative per line, deltas, and per-year totals, per actor and balances. */
export function writeComparisonSheet(book: CaseBook): WriteSheet {
  const { c, cc, results } = book;
  const ws = new SheetRows();
  const alts = c.alternatives;
  const N = cc.actorIds.length;
  titleRows(ws, `Sammenligning – ${c.title}`, 'Beløp i MNOK. Alle tall er formler mot arkene for alternativene: endrer du et forslag der, følger summene og balansen med.');
  ws.add([]);
  const names = book.names.alternatives;
  ws.add(['Tjenesteområde', 'Aktør', 'Budsjettår', 'Estimater', ...names, ...names.map((n) => `Endring ${n}`)]);
  const area = new Map(c.areas.map((a) => [a.id, a.name]));
  const actor = new Map(c.actors.map((a) => [a.id, a.name]));
  const A = alts.length;
  /** Column letter of a 1-based column number. */
  const col = (i: number) => columnLetter(i - 1);
  const first = ws.rowCount + 1;
  c.lines.forEach((l, li) => {
    const row = ws.rowCount + 1;
    const est = mnok(l.estimateKNok);
    const amounts = alts.map((a, j) => ({
      formula: `${ref(names[j]!)}!E${book.altRow.get(`${a.id}|${l.id}`)!}`,
      result: mnok(results[j + 1]!.amounts[li]!),
    }));
    ws.add([
      area.get(l.areaId) ?? l.areaId,
      actor.get(l.actorId) ?? l.actorId,
      l.year,
      { formula: `Estimater!D${book.estimateRow.get(l.id)!}`, result: est },
      ...amounts,
      ...amounts.map((a, j) => ({ formula: `${col(5 + j)}${row}-D${row}`, result: Math.round((a.result - est) * 1000) / 1000 })),
    ]);
  });
  const last = Math.max(ws.rowCount, first);
  ws.add([]);
  const amountCols = Array.from({ length: A + 1 }, (_v, j) => col(4 + j));
  for (const year of yearsWithLines(book)) {
    const y = cc.years.indexOf(year);
    const fr = book.frameRow.get(year);
    const sumif = (cl: string) => `SUMIF($C$${first}:$C$${last},${year},${cl}$${first}:${cl}$${last})`;
    const sum = ws.rowCount + 1;
    ws.add([`Sum ${year}`, '', '', ...amountCols.map((cl, j) => ({ formula: sumif(cl), result: mnok(results[j]!.total[y]!) })),
      ...alts.map((_a, j) => ({ formula: `${col(5 + j)}${sum}-D${sum}`, result: mnok(results[j + 1]!.total[y]! - results[0]!.total[y]!) }))], true);
    for (const { name: an, k } of actorsIn(book, year)) {
      const sumifs = (cl: string) => `SUMIFS(${cl}$${first}:${cl}$${last},$C$${first}:$C$${last},${year},$B$${first}:$B$${last},${str(an)})`;
      const row = ws.rowCount + 1;
      ws.add([`Sum ${year}`, an, '', ...amountCols.map((cl, j) => ({ formula: sumifs(cl), result: mnok(results[j]!.byActor[y * N + k]!) })),
        ...alts.map((_a, j) => ({ formula: `${col(5 + j)}${row}-D${row}`, result: mnok(results[j + 1]!.byActor[y * N + k]! - results[0]!.byActor[y * N + k]!) }))]);
    }
    const av = ws.rowCount + 1;
    const available: WriteCell = fr ? { formula: `Ramme!G${fr}`, result: mnok(cc.available[y]!) } : mnok(cc.available[y]!);
    ws.add([`Til fordeling ${year}`, '', '', ...amountCols.map((_cl, j) => (j === 0 ? available : { formula: `D${av}`, result: mnok(cc.available[y]!) }))]);
    const bal = ws.rowCount + 1;
    ws.add([`Balanse ${year} (negativt: mangler)`, '', '', ...amountCols.map((cl, j) => ({ formula: `${cl}${av}-${cl}${sum}`, result: mnok(results[j]!.balance[y]!) }))], true);
    ws.add([`Innenfor rammen ${year}`, '', '', ...amountCols.map((cl, j) => ({ formula: `IF(${cl}${bal}>=0,"Ja","Nei")`, result: results[j]!.balance[y]! >= 0 ? 'Ja' : 'Nei' }))]);
    ws.add([`Økt D&F ${year + 1}`, '', '', { formula: `SUMIF(Estimater!C:C,${year},Estimater!E:E)`, result: mnok(results[0]!.followOnByYear[y]!) },
      ...alts.map((a, j) => {
        const rows = c.lines.length ? c.lines.map((l) => book.altRow.get(`${a.id}|${l.id}`)!) : [first];
        const lo = Math.min(...rows);
        const hi = Math.max(...rows);
        const s = ref(names[j]!);
        return { formula: `SUMIF(${s}!$C$${lo}:$C$${hi},${year},${s}!$H$${lo}:$H$${hi})`, result: mnok(results[j + 1]!.followOnByYear[y]!) };
      })]);
  }
  if (cc.levelYears.length) {
    ws.add([]);
    cc.levelYears.forEach((year, k) => ws.add([`D&F-nivå ${year}`, '', '', ...results.map((r) => mnok(r.opexLevel[k]!))]));
  }
  const mnokCols = Array.from({ length: 2 * A + 1 }, (_v, j) => 4 + j);
  return dress(book.names.comparison, ws, { headerRow: 4, widths: [34, 24, 12, 14, ...names.map(() => 16), ...names.map(() => 18)], mnokCols });
}
