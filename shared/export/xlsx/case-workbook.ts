/**
 * The case workbook colleagues keep working in (exceljs: small, formula-rich). It holds the
 * estimates layout the budget reader knows (Ramme, Estimater, Alternativer, Konsekvenser, Sak; see
 * shared/budget/workbook.ts), so it opens in the app again, plus one sheet per alternative and a
 * comparison sheet whose totals, deltas, available amounts and balances are live formulas: the
 * analyst changes a "Forslag" on an alternative's sheet and the comparison — and the Alternativer
 * table the app reads — follow. Every formula carries its value as computed by the budget engine.
 *
 * Extra sheets must not look like the reader's tables: their year column is called "Budsjettår"
 * and none of them has both "Alternativ" and "Beløp" headers.
 */
import ExcelJS from 'exceljs';
import { compileCase, computeCase } from '../../budget/index.ts';
import type { BudgetCaseContent } from '../../budget/index.ts';
import { shortName } from '../case-text.ts';
import { legacyView } from '../../budget/set-asides.ts';
import { caseSheetNames, writeAlternativeSheet, writeComparisonSheet } from './case-sheets.ts';
import type { CaseBook } from './case-sheets.ts';
import { dress, mnok, titleRows } from './case-style.ts';

/** Writes the case workbook as .xlsx bytes. */
export async function writeCaseWorkbook(c: BudgetCaseContent, options: { generatedAt?: string } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Helseportefølje';
  wb.title = c.title;
  wb.subject = c.meta.caseNumber ? `NUIT-sak ${c.meta.caseNumber}` : 'Budsjettsak';
  if (options.generatedAt) {
    const d = new Date(options.generatedAt);
    if (!Number.isNaN(d.getTime())) wb.created = wb.modified = d;
  }
  wb.calcProperties.fullCalcOnLoad = true;

  const cc = compileCase(c);
  const results = computeCase(c, cc);
  const names = caseSheetNames(c.alternatives.map((a) => shortName(a.name)));
  const book: CaseBook = { wb, c, cc, results, names, estimateRow: new Map(), frameRow: new Map(), altRow: new Map() };

  const compare = wb.addWorksheet(names.comparison);
  const altSheets = c.alternatives.map((_a, i) => wb.addWorksheet(names.alternatives[i]!));
  const ramme = wb.addWorksheet('Ramme');
  const est = wb.addWorksheet('Estimater');
  const alts = wb.addWorksheet('Alternativer');
  const cons = wb.addWorksheet('Konsekvenser');
  const sak = wb.addWorksheet('Sak');

  // Ramme: År | Ramme | Øremerket | Usikkerhetsavsetning (%) | (MNOK) | computed reserve | available.
  titleRows(ramme, 'Ramme per år (MNOK)', 'Usikkerhetsavsetning i prosent av (ramme − øremerket), eller et fast beløp. De to siste kolonnene er beregnet.');
  ramme.addRow(['År', 'Ramme (MNOK)', 'Øremerket (MNOK)', 'Usikkerhetsavsetning (%)', 'Usikkerhetsavsetning (MNOK)', 'Avsetning beregnet (MNOK)', 'Til fordeling (MNOK)']);
  for (const f of [...c.frames].sort((a, b) => a.year - b.year)) {
    const y = cc.years.indexOf(f.year);
    const r = ramme.rowCount + 1;
    book.frameRow.set(f.year, r);
    // One earmark and one reserve column per year; other set-asides are written as their sums.
    const view = legacyView(f.setAsides) ?? { earmarkedKNok: cc.earmarked[y] ?? 0, reserve: { kind: 'fixed' as const, kNok: cc.reserve[y] ?? 0 } };
    ramme.addRow([
      f.year,
      mnok(f.frameKNok),
      mnok(view.earmarkedKNok),
      view.reserve.kind === 'percent' ? view.reserve.percent : null,
      view.reserve.kind === 'fixed' ? mnok(view.reserve.kNok) : null,
      { formula: `IF(D${r}<>"",ROUND((B${r}-C${r})*D${r}/100,3),N(E${r}))`, result: mnok(cc.reserve[y] ?? 0) },
      { formula: `B${r}-C${r}-F${r}`, result: mnok(cc.available[y] ?? 0) },
    ]);
  }
  dress(ramme, { headerRow: 3, widths: [10, 16, 18, 24, 28, 26, 20], mnokCols: [2, 3, 5, 6, 7] });

  titleRows(est, 'Estimater per tjenesteområde, aktør og år (MNOK)', 'Leveranser: én per linje.');
  est.addRow(['Tjenesteområde', 'Aktør', 'År', 'Estimat (MNOK)', 'Økt forvaltning året etter (MNOK)', 'Tiltak nr', 'Leveranser', 'Konsekvens hvis ikke prioritert']);
  const area = new Map(c.areas.map((a) => [a.id, a.name]));
  const actor = new Map(c.actors.map((a) => [a.id, a.name]));
  for (const l of c.lines) {
    book.estimateRow.set(l.id, est.rowCount + 1);
    est.addRow([
      area.get(l.areaId) ?? l.areaId, actor.get(l.actorId) ?? l.actorId, l.year, mnok(l.estimateKNok), mnok(l.followOnOpexKNok),
      l.initiativeNrs.join(', '), l.deliverables.join('\n'), l.consequenceIfNotPrioritised,
    ]);
  }
  dress(est, { headerRow: 3, widths: [30, 22, 8, 14, 18, 12, 70, 60], mnokCols: [4, 5], wrapCols: [7, 8] });

  c.alternatives.forEach((alt, i) => writeAlternativeSheet(book, altSheets[i]!, alt, i + 1));
  writeComparisonSheet(book, compare);

  titleRows(alts, 'Alternativer: beløp per linje (MNOK)', 'Beløpene hentes fra arket for hvert alternativ. Endre dem der.');
  alts.addRow(['Alternativ', 'Tjenesteområde', 'Aktør', 'År', 'Beløp (MNOK)', 'Anbefalt (Ja/Nei)', 'Beskrivelse']);
  c.alternatives.forEach((alt, i) => {
    const r = results[i + 1]!;
    const sheet = names.alternatives[i]!;
    c.lines.forEach((l, li) => {
      const row = book.altRow.get(`${alt.id}|${l.id}`)!;
      alts.addRow([
        alt.name, area.get(l.areaId) ?? l.areaId, actor.get(l.actorId) ?? l.actorId, l.year,
        { formula: `'${sheet.replace(/'/g, "''")}'!E${row}`, result: mnok(r.amounts[li]!) },
        alt.recommended ? 'Ja' : 'Nei', li === 0 ? alt.description : '',
      ]);
    });
  });
  dress(alts, { headerRow: 3, widths: [40, 30, 22, 8, 14, 16, 60], mnokCols: [5], wrapCols: [7] });

  titleRows(cons, 'Konsekvenser per alternativ', 'Én rad per konsekvens.');
  cons.addRow(['Alternativ', 'Konsekvens']);
  for (const alt of c.alternatives) for (const k of alt.consequences) cons.addRow([alt.name, k]);
  dress(cons, { headerRow: 3, widths: [40, 100], wrapCols: [2] });

  titleRows(sak, 'Opplysninger om saken', '');
  sak.addRow(['Felt', 'Verdi']);
  const m = c.meta;
  for (const [k, v] of [
    ['Tittel', c.title], ['Saksnummer', m.caseNumber], ['Merknad til saksnummeret', m.caseNumberNote], ['Møte', m.meeting], ['Dato', m.date], ['Sakstype', m.caseType],
    ['Fra', m.from], ['Til', m.to], ['Saksbehandler', m.caseOfficer], ['Forslag til vedtak', m.proposedDecision],
    ['Hensikt', m.purpose], ['Bakgrunn', m.background], ['Anbefaling', m.recommendation],
  ] as const) {
    if (v) sak.addRow([k, v]);
  }
  dress(sak, { headerRow: 3, widths: [22, 100], wrapCols: [2], portrait: true });

  return new Uint8Array(await wb.xlsx.writeBuffer());
}
