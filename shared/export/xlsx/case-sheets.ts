/** The formula sheets of the case workbook: one per alternative, and the comparison. */
import type ExcelJS from 'exceljs';
import type { AlternativeResult, CompiledCase, Alternative, BudgetCaseContent } from '../../budget/index.ts';
import { columnLetter, normalizeKey } from '../../spreadsheet/index.ts';
import { dress, mnok, titleRows } from './case-style.ts';

/** What the sheet writers share: where each line, frame and alternative amount sits. */
export interface CaseBook {
  wb: ExcelJS.Workbook;
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

const RESERVED = ['Sammenligning', 'Ramme', 'Estimater', 'Alternativer', 'Konsekvenser', 'Sak'];
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

function yearsWithLines(book: CaseBook): number[] {
  const ys = book.cc.years.filter((y) => book.c.lines.some((l) => l.year === y));
  return ys.length ? ys : book.cc.years.slice(0, 1);
}

/**
 * An alternative's sheet: per line Estimat (from Estimater), Forslag (the value to edit), Endring,
 * Endring %, follow-on D&F; then per year Sum, Til fordeling, Balanse, Innenfor rammen.
 */
export function writeAlternativeSheet(book: CaseBook, ws: ExcelJS.Worksheet, alt: Alternative, resultIndex: number): void {
  const { c, cc } = book;
  const r = book.results[resultIndex]!;
  const base = book.results[0]!;
  titleRows(ws, alt.name, alt.description || (alt.recommended ? 'Anbefalt alternativ.' : ''));
  ws.getRow(2).getCell(1).alignment = { wrapText: false };
  ws.addRow([alt.recommended ? 'Anbefalt alternativ' : '']).font = { bold: true, color: { argb: 'FF05345A' } };
  ws.addRow(['Tjenesteområde', 'Aktør', 'Budsjettår', 'Estimat (MNOK)', 'Forslag (MNOK)', 'Endring (MNOK)', 'Endring (%)', 'Økt D&F året etter (MNOK)']);
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
    const override = adj.get(l.id)?.followOnOverrideKNok ?? null;
    ws.addRow([
      area.get(l.areaId) ?? l.areaId,
      actor.get(l.actorId) ?? l.actorId,
      l.year,
      { formula: `Estimater!D${er}`, result: est },
      amount,
      { formula: `E${row}-D${row}`, result: Math.round((amount - est) * 1000) / 1000 },
      { formula: `IF(D${row}=0,"",(E${row}-D${row})/D${row})`, result: est === 0 ? '' : (amount - est) / est },
      override !== null
        ? mnok(override)
        : { formula: `IF(Estimater!D${er}=0,0,ROUND(Estimater!E${er}*E${row}/Estimater!D${er},3))`, result: mnok(r.followOn[i]!) },
    ]);
  });
  const last = Math.max(ws.rowCount, first);
  ws.addRow([]);
  for (const year of yearsWithLines(book)) {
    const y = cc.years.indexOf(year);
    const fr = book.frameRow.get(year);
    const sum = ws.rowCount + 1;
    const sumif = (col: string) => `SUMIF($C$${first}:$C$${last},${year},${col}$${first}:${col}$${last})`;
    ws.addRow([`Sum ${year}`, '', '', { formula: sumif('D'), result: mnok(base.total[y]!) }, { formula: sumif('E'), result: mnok(r.total[y]!) },
      { formula: `E${sum}-D${sum}`, result: mnok(r.total[y]! - base.total[y]!) }, '', { formula: sumif('H'), result: mnok(r.followOnByYear[y]!) }]).font = { bold: true };
    const av = ws.rowCount + 1;
    ws.addRow([`Til fordeling ${year}`, '', '', '', fr ? { formula: `Ramme!G${fr}`, result: mnok(cc.available[y]!) } : mnok(cc.available[y]!)]);
    const bal = ws.rowCount + 1;
    ws.addRow([`Balanse ${year} (negativt: mangler)`, '', '', '', { formula: `E${av}-E${sum}`, result: mnok(r.balance[y]!) }]).font = { bold: true };
    ws.addRow([`Innenfor rammen ${year}`, '', '', '', { formula: `IF(E${bal}>=0,"Ja","Nei")`, result: r.balance[y]! >= 0 ? 'Ja' : 'Nei' }]);
  }
  if (alt.consequences.length) {
    ws.addRow([]);
    ws.addRow(['Konsekvenser av alternativet']).font = { bold: true };
    for (const k of alt.consequences) ws.addRow([k]);
  }
  dress(ws, { headerRow: 4, widths: [34, 24, 12, 15, 15, 15, 12, 22], mnokCols: [4, 5, 6, 8], percentCols: [7], filterTo: last });
  // Forslag is the one column to edit: make it stand out.
  for (let row = first; row <= last; row++) ws.getRow(row).getCell(5).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7D6' } };
}

/** Side by side: estimates and every alternative per line, deltas, and per-year totals and balances. */
export function writeComparisonSheet(book: CaseBook, ws: ExcelJS.Worksheet): void {
  const { c, cc, results } = book;
  const alts = c.alternatives;
  titleRows(ws, `Sammenligning – ${c.title}`, 'Beløp i MNOK. Alle tall er formler mot arkene for alternativene: endrer du et forslag der, følger summene og balansen med.');
  ws.addRow([]);
  const names = book.names.alternatives;
  ws.addRow(['Tjenesteområde', 'Aktør', 'Budsjettår', 'Estimater', ...names, ...names.map((n) => `Endring ${n}`)]);
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
    ws.addRow([
      area.get(l.areaId) ?? l.areaId,
      actor.get(l.actorId) ?? l.actorId,
      l.year,
      { formula: `Estimater!D${book.estimateRow.get(l.id)!}`, result: est },
      ...amounts,
      ...amounts.map((a, j) => ({ formula: `${col(5 + j)}${row}-D${row}`, result: Math.round((a.result - est) * 1000) / 1000 })),
    ]);
  });
  const last = Math.max(ws.rowCount, first);
  ws.addRow([]);
  const amountCols = Array.from({ length: A + 1 }, (_v, j) => col(4 + j));
  for (const year of yearsWithLines(book)) {
    const y = cc.years.indexOf(year);
    const fr = book.frameRow.get(year);
    const sumif = (cl: string) => `SUMIF($C$${first}:$C$${last},${year},${cl}$${first}:${cl}$${last})`;
    const sum = ws.rowCount + 1;
    ws.addRow([`Sum ${year}`, '', '', ...amountCols.map((cl, j) => ({ formula: sumif(cl), result: mnok(results[j]!.total[y]!) })),
      ...alts.map((_a, j) => ({ formula: `${col(5 + j)}${sum}-D${sum}`, result: mnok(results[j + 1]!.total[y]! - results[0]!.total[y]!) }))]).font = { bold: true };
    const av = ws.rowCount + 1;
    const available = fr ? { formula: `Ramme!G${fr}`, result: mnok(cc.available[y]!) } : mnok(cc.available[y]!);
    ws.addRow([`Til fordeling ${year}`, '', '', ...amountCols.map((_cl, j) => (j === 0 ? available : { formula: `D${av}`, result: mnok(cc.available[y]!) }))]);
    const bal = ws.rowCount + 1;
    ws.addRow([`Balanse ${year} (negativt: mangler)`, '', '', ...amountCols.map((cl, j) => ({ formula: `${cl}${av}-${cl}${sum}`, result: mnok(results[j]!.balance[y]!) }))]).font = { bold: true };
    ws.addRow([`Innenfor rammen ${year}`, '', '', ...amountCols.map((cl, j) => ({ formula: `IF(${cl}${bal}>=0,"Ja","Nei")`, result: results[j]!.balance[y]! >= 0 ? 'Ja' : 'Nei' }))]);
    ws.addRow([`Økt D&F ${year + 1}`, '', '', { formula: `SUMIF(Estimater!C:C,${year},Estimater!E:E)`, result: mnok(results[0]!.followOnByYear[y]!) },
      ...alts.map((a, j) => {
        const rows = c.lines.length ? c.lines.map((l) => book.altRow.get(`${a.id}|${l.id}`)!) : [first];
        const lo = Math.min(...rows);
        const hi = Math.max(...rows);
        const s = ref(names[j]!);
        return { formula: `SUMIF(${s}!$C$${lo}:$C$${hi},${year},${s}!$H$${lo}:$H$${hi})`, result: mnok(results[j + 1]!.followOnByYear[y]!) };
      })]);
  }
  const mnokCols = Array.from({ length: 2 * A + 1 }, (_v, j) => 4 + j);
  dress(ws, { headerRow: 4, widths: [34, 24, 12, 14, ...names.map(() => 16), ...names.map(() => 18)], mnokCols, filterTo: last });
}
