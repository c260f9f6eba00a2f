import { describe, expect, it } from 'vitest';
import { parseCaseObject } from '../../../shared/budget/case-file.ts';
import { readEstimatesWorkbook } from '../../../shared/budget/workbook.ts';
import { readSpreadsheet } from '../../../shared/spreadsheet/index.ts';
import { rawXlsx, rowXml } from '../../helpers/raw-xlsx.ts';

function book(sheets: Record<string, (string | number | null)[][]>): Uint8Array {
  return rawXlsx({ sheets: Object.entries(sheets).map(([name, rows]) => ({ name, sheetData: rows.map((r, i) => rowXml(i + 1, r)).join('') })) });
}
const EST_HEAD = ['Tjenesteområde', 'Aktør', 'År', 'Estimat (MNOK)'];

describe('estimates workbook limits', () => {
  it('refuses a fixed reserve larger than the frame less earmarked money, naming sheet, row and column', () => {
    const ramme = [['År', 'Ramme (MNOK)', 'Øremerket (MNOK)', 'Usikkerhetsavsetning (MNOK)'], [2024, 100, 10, 95]];
    const r = readEstimatesWorkbook(readSpreadsheet(book({ Ramme: ramme, Est: [EST_HEAD, ['PLL', 'NHN', 2024, 5]] }), 'x.xlsx'));
    expect(r.case).toBeNull();
    expect(r.issues).toContainEqual(expect.objectContaining({ sheet: 'Ramme', row: 2, column: 'D', message: expect.stringMatching(/større enn rammen/) }));
  });

  it('gives ids a case file accepts, whatever the names hold', () => {
    const ramme = [['År', 'Ramme (MNOK)'], [2024, 100]];
    const r = readEstimatesWorkbook(readSpreadsheet(book({ Ramme: ramme, Est: [EST_HEAD, ['A|B', 'C\u0001D', 2024, 5], ['A', 'B|C', 2024, 6]] }), 'x.xlsx'));
    expect(r.issues).toEqual([]);
    expect(parseCaseObject(r.case).ok).toBe(true);
    expect(r.case!.lines).toHaveLength(2);
  });

  it('refuses an amount beyond the case limit', () => {
    const ramme = [['År', 'Ramme (MNOK)'], [2024, 100]];
    const r = readEstimatesWorkbook(readSpreadsheet(book({ Ramme: ramme, Est: [EST_HEAD, ['PLL', 'NHN', 2024, 1e12]] }), 'x.xlsx'));
    expect(r.case).toBeNull();
    expect(r.issues.map((i) => i.message).join('\n')).toMatch(/urimelig stort/);
  });
});

describe('estimates workbook issues', () => {
  it('caps errors at 1 000 and says how many more', () => {
    const ramme = [['År', 'Ramme (MNOK)'], [2024, 100]];
    const junk = Array.from({ length: 3000 }, (_, i) => ['PLL', `K${i}`, 2024, 'x']);
    const r = readEstimatesWorkbook(readSpreadsheet(book({ Ramme: ramme, Est: [EST_HEAD, ...junk] }), 'x.xlsx'));
    expect(r.issues).toHaveLength(1001);
    expect(r.issues.at(-1)!.message).toBe('… og 2000 feil til.');
  });
});
