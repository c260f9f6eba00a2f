import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { initiativesCsv } from '../../../shared/export/csv.ts';
import { csvField, toCsv } from '../../../shared/spreadsheet/index.ts';
import { importPortfolio } from '../../../shared/import/index.ts';
import { exampleReport } from './support/examples.ts';

describe('CSV export (OWASP CSV injection)', () => {
  it('prefixes fields that start with = + - @ tab or CR with a quote and quotes every text field', () => {
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField('+47 22 00 00 00')).toBe(`"'+47 22 00 00 00"`);
    expect(csvField('-5')).toBe(`"'-5"`);
    expect(csvField('@SUM(A1:A2)')).toBe(`"'@SUM(A1:A2)"`);
    expect(csvField('\tx')).toBe(`"'\tx"`);
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField('Si "hei"; ha det')).toBe('"Si ""hei""; ha det"');
    expect(csvField('a=b')).toBe('"a=b"');
    expect(csvField(40.7)).toBe('40,7');
    expect(csvField(null)).toBe('');
    expect(toCsv([['a', 1], ['b', null]])).toBe('"a";1\r\n"b";\r\n');
  });

  it('writes the tiltak list with a BOM, and the importer reads it as the same list', () => {
    const report = exampleReport('portefolje-2022-09.xlsx');
    const bytes = initiativesCsv(report);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(bytes.subarray(3)).split('\r\n')[0]).toContain('"Er prosjektet aktivt?"');
    const back = importPortfolio([{ name: 'tiltak.csv', bytes }]);
    expect(back.errors).toEqual([]);
    expect(back.report!.initiatives.map((i) => [i.nr, i.name, i.status, i.risk, i.segment])).toEqual(
      report.initiatives.map((i) => [i.nr, i.name, i.status, i.risk, i.segment]),
    );
  });
});
