import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { legacyView } from '../../../shared/budget/set-asides.ts';
import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../../shared/budget/case-file.ts';
import { compileCase, computeCase } from '../../../shared/budget/compute.ts';
import { readEstimatesWorkbook } from '../../../shared/budget/workbook.ts';
import { writeEstimatesWorkbook } from '../../../shared/budget/workbook-template.ts';
import { readSpreadsheet } from '../../../shared/spreadsheet/index.ts';
import { rawXlsx, rowXml } from '../../helpers/raw-xlsx.ts';

const example = parseCaseFile(readFileSync(join(import.meta.dirname, '..', '..', '..', 'assets', 'examples', 'nuit-43-23-sak.json'), 'utf8')).case!;

function book(sheets: Record<string, (string | number | null)[][]>): Uint8Array {
  return rawXlsx({
    sheets: Object.entries(sheets).map(([name, rows]) => ({ name, sheetData: rows.map((r, i) => rowXml(i + 1, r)).join('') })),
  });
}

const RAMME = [['Budsjett 2024'], ['år', 'Ramme MNOK', 'ØREMERKET (MNOK)', 'Usikkerhetsavsetning (%)'], [2024, 100, 10, 10]];
const EST = [
  ['Tjenesteområde', 'Aktør', 'År', 'Estimat (MNOK)', 'Økt forvaltning året etter (MNOK)', 'Tiltak nr'],
  ['PLL', 'NHN', 2024, '60,5', 4, '160, 194'],
  ['Måledata', 'NHN', 2024, 30, null, null],
];

describe('estimates workbook', () => {
  it('round-trips the example case through the template layout', async () => {
    const bytes = await writeEstimatesWorkbook(example);
    const r = readEstimatesWorkbook(readSpreadsheet(bytes, 'sak.xlsx'));
    expect(r.issues).toEqual([]);
    const c = r.case!;
    expect(c.title).toBe(example.title);
    expect(c.meta.caseNumber).toBe('43/23');
    const sum = (x: typeof c) => computeCase(x, compileCase(x)).map((a) => [a.name, a.recommended, Array.from(a.total), Array.from(a.balance), Array.from(a.followOnByYear)]);
    expect(sum(c)).toEqual(sum(example));
    expect(c.alternatives.find((a) => a.recommended)!.consequences).toHaveLength(5);
  });
  it('reads a hand-made workbook with title rows, other sheet names and spelling', () => {
    const r = readEstimatesWorkbook(readSpreadsheet(book({ Rammer: RAMME, Ark2: EST, Alt: [['Alternativ', 'Tjenesteområde', 'Aktør', 'Beløp', 'Anbefalt'], ['Kutt', 'Måledata', 'NHN', 20, 'Ja']] }), 'x.xlsx'));
    expect(r.issues).toEqual([]);
    const c = r.case!;
    expect(c.frames[0]!.frameKNok).toBe(100_000);
    expect(legacyView(c.frames[0]!.setAsides)).toEqual({ earmarkedKNok: 10_000, reserve: { kind: 'percent', percent: 10 } });
    expect(c.lines.map((l) => [l.areaId, l.estimateKNok, l.followOnOpexKNok, l.initiativeNrs])).toEqual([
      ['pll', 60_500, 4_000, ['160', '194']],
      ['maledata', 30_000, 0, []],
    ]);
    const [, alt] = computeCase(c, compileCase(c));
    expect([alt!.recommended, alt!.total[0], alt!.balance[0]]).toEqual([true, 80_500, 500]); // available 100 − 10 − 9 = 81
  });
  it('names sheet, row and column for unknown areas, negative amounts and years without a frame', () => {
    const est = [...EST, ['PLL', 'Hdir', 2025, -3, null, null], ['Prøvesvar', 'NHN', 2025, 3, null, null]];
    const r = readEstimatesWorkbook(
      readSpreadsheet(book({ Ramme: RAMME, Estimater: est, Alternativer: [['Alternativ', 'Tjenesteområde', 'Aktør', 'År', 'Beløp (MNOK)'], ['A', 'Kritisk info', 'NHN', 2024, 1]], Konsekvenser: [['Alternativ', 'Konsekvens'], ['B', 'x']] }), 'e.xlsx'),
    );
    expect(r.case).toBeNull();
    expect(r.issues.map((i) => [i.sheet, i.row, i.column, i.message])).toEqual([
      ['Estimater', 4, 'D', 'Estimat kan ikke være negativt (-3).'],
      ['Estimater', 5, 'C', 'År 2025 har ingen ramme i tabellen Ramme.'],
      ['Alternativer', 2, 'B', 'Ukjent tjenesteområde «Kritisk info»: det finnes ikke i tabellen Estimater.'],
      ['Konsekvenser', 2, 'A', 'Alternativet «B» finnes ikke i tabellen Alternativer.'],
    ]);
  });
  it('reads the balancing choices per line (Låst, Minstebeløp, Overstyrt økt D&F) and names a bad one', () => {
    const alt = [
      ['Alternativ', 'Tjenesteområde', 'Aktør', 'År', 'Beløp (MNOK)', 'Låst (Ja/Nei)', 'Minstebeløp (MNOK)', 'Overstyrt økt D&F (MNOK)'],
      ['Kutt', 'PLL', 'NHN', 2024, '60,5', 'Ja', null, '2,5'],
      ['Kutt', 'Måledata', 'NHN', 2024, 20, 'Nei', '12,345', null],
    ];
    const r = readEstimatesWorkbook(readSpreadsheet(book({ Ramme: RAMME, Estimater: EST, Alternativer: alt }), 'valg.xlsx'));
    expect(r.issues).toEqual([]);
    // PLL keeps its estimate: no change, but the lock and the D&F stay
    expect(r.case!.alternatives[0]!.adjustments.map(({ lineId, change, locked, minKNok, followOnOverrideKNok }) => [lineId, change, locked, minKNok, followOnOverrideKNok])).toEqual([
      ['l-2024-pll-nhn', null, true, null, 2_500],
      ['l-2024-maledata-nhn', { kind: 'set', kNok: 20_000 }, false, 12_345, null],
    ]);
    const bad = readEstimatesWorkbook(
      readSpreadsheet(book({ Ramme: RAMME, Estimater: EST, Alternativer: [alt[0]!, ['Kutt', 'PLL', 'NHN', 2024, 60, 'kanskje', '-1', 'x']] }), 'valg.xlsx'),
    );
    expect(bad.case).toBeNull();
    expect(bad.issues.map((i) => [i.sheet, i.row, i.column, i.message])).toEqual([
      ['Alternativer', 2, 'F', 'Låst må være Ja eller Nei («kanskje»).'],
      ['Alternativer', 2, 'G', 'Minstebeløp kan ikke være negativt (-1).'],
      ['Alternativer', 2, 'H', 'Overstyrt økt D&F er ikke et tall («x»).'],
    ]);
  });
  it('says which table is missing', () => {
    const r = readEstimatesWorkbook(readSpreadsheet(book({ Ark1: [['Hei', 'på'], ['deg', 'du']] }), 'tom.xlsx'));
    expect(r.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^Fant ingen tabell Ramme/),
      expect.stringMatching(/^Fant ingen tabell Estimater/),
    ]);
  });
});
