import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet, writeXlsx } from '../../../../shared/spreadsheet/index.ts';
import type { Cell, WriteCell } from '../../../../shared/spreadsheet/index.ts';

/** Writes one column of cells and reads it back: what the reader sees in A1, A2, … */
function roundTrip(cells: readonly WriteCell[]): (Cell | undefined)[] {
  const bytes = writeXlsx([{ name: 'Ark', rows: cells.map((c) => [c]) }]);
  const rows = readSpreadsheet(bytes, 'prøve.xlsx').sheets[0]!.rows;
  const out: (Cell | undefined)[] = cells.map(() => undefined);
  for (const r of rows) out[r.row - 1] = r.cells[0];
  return out;
}

const readBack = (text: string) => roundTrip([text])[0];

describe('the xlsx writer and reader agree', () => {
  it('keeps text that looks like an Excel escape, control characters, astral and lone surrogates', () => {
    const samples = [
      '_x0041_',
      '_x005F_x0041_',
      'a_x000D_b',
      '_X00e6_',
      '\u0001\u0008\u000b\u000c\u001f',
      'linje 1\r\nlinje 2\rlinje 3\n',
      '\t innrykk og etterfølgende mellomrom  ',
      '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀',
      'ensom \ud800 og \udc00 surrogat',
      '\ufffe\uffff',
      '=SUM(A1:A2)',
      '<c r="A1"/> & "sitat"',
      'x'.repeat(32_767),
    ];
    for (const text of samples) expect(readBack(text)).toEqual({ kind: 'string', value: text });
  });

  it('any string survives write → read unchanged', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
      // pieces of Excel's _xHHHH_ escapes, so escapes and near-escapes are common
      fc
        .array(fc.oneof(fc.constantFrom('_x', '_X', '_', 'x', '005F', '000D', '\r', '\n', '\u0000', '\ud800', '\udc00', ' ', '&'), fc.stringMatching(/^[0-9a-fA-F]{4}$/)), { minLength: 1, maxLength: 12 })
        .map((parts) => parts.join('')),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 20 }), (texts) => {
        const back = roundTrip(texts);
        return texts.every((t, i) => back[i]?.kind === 'string' && back[i].value === t);
      }),
      { numRuns: 400, seed: 20261201 },
    );
  });

  it('any finite number survives write → read unchanged, -0 included', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 30 }), (numbers) => {
        const back = roundTrip(numbers);
        return numbers.every((n, i) => back[i]?.kind === 'number' && Object.is(back[i].value, n));
      }),
      { numRuns: 300, seed: 20261201 },
    );
    expect(roundTrip([Number.MAX_VALUE, -Number.MIN_VALUE, 2 ** 53 + 2, 1e21, -0])).toEqual([
      { kind: 'number', value: Number.MAX_VALUE },
      { kind: 'number', value: -Number.MIN_VALUE },
      { kind: 'number', value: 2 ** 53 + 2 },
      { kind: 'number', value: 1e21 },
      { kind: 'number', value: -0 },
    ]);
  });

  it('booleans, dates and formulas with their cached results', () => {
    expect(roundTrip([true, false, { date: '2024-02-29' }, { formula: 'SUM(1,2)', result: 3 }, { formula: '"a"&"b"', result: 'ab' }, { value: 12.5, style: 'mnok' }])).toEqual([
      { kind: 'boolean', value: true },
      { kind: 'boolean', value: false },
      { kind: 'date', value: '2024-02-29' },
      { kind: 'number', value: 3 },
      { kind: 'string', value: 'ab' },
      { kind: 'number', value: 12.5 },
    ]);
  });

  it('writes each distinct style once, and formula-looking text with a quote prefix', () => {
    const bytes = writeXlsx([
      {
        name: 'Ark',
        rows: [
          [{ value: 'Overskrift', style: 'header' }, { value: 'Overskrift 2', style: 'header' }],
          [{ value: '=1+1' }, { value: 1, style: { bold: true, fill: 'FFF7D6', numFmt: '0.000' } }, { value: 2, style: { bold: true, fill: 'FFF7D6', numFmt: '0.000' } }],
        ],
      },
    ]);
    const files = unzipSync(bytes);
    const styles = strFromU8(files['xl/styles.xml']!);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(styles.match(/<xf /g)).toHaveLength(5); // the cellStyleXfs entry, default, header, quoted, bold fill
    expect(styles).toContain('quotePrefix="1"');
    expect(styles).toContain('formatCode="0.000"');
    expect(sheet).not.toContain('<f>');
  });

  it('gives the same bytes for the same content', () => {
    const sheets = () => [{ name: 'Ark', rows: [['a', 1, { date: '2020-01-01' }]] }];
    expect(writeXlsx(sheets())).toEqual(writeXlsx(sheets()));
  });
});
