import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_COLUMNS, readSheet, readSheetXml, SheetLimitError, sharedStringCells } from '../../../../shared/spreadsheet/xlsx/sheet.ts';
import { serialToIso } from '../../../../shared/spreadsheet/index.ts';
import type { SheetContext } from '../../../../shared/spreadsheet/xlsx/sheet.ts';

const ctx: SheetContext = {
  sharedCells: sharedStringCells(['Nr', 'Tiltaksnavn', '', 'Grønn']),
  dateStyles: [false, true, false],
  date1904: false,
};

// Pieces of worksheet XML in the shapes real writers produce (Excel, LibreOffice, Google Sheets,
// OpenXML SDK with a prefix, exceljs) and some damaged ones.
const cellValue = fc.oneof(
  fc.constantFrom('<v>0</v>', '<v>3</v>', '<v>7</v>', '<v>2.5</v>', '<v>-4</v>', '<v>1E3</v>', '<v>44742</v>', '<v></v>', '<v>x</v>', '<v>12345678901234567890</v>'),
  fc.constantFrom('<f>A1*2</f><v>5</v>', '<is><t>inn</t></is>', '<is><r><t>a</t></r><r><t>b</t></r></is>', '<v>a&amp;b</v>', '<v><![CDATA[c]]></v>', '<v>1</v><extLst/>', 'xv>5</v>', ' <v>6</v>'),
);
const cellAttrs = fc.record({
  ref: fc.option(fc.tuple(fc.constantFrom('A', 'B', 'C', 'AA', 'b'), fc.integer({ min: 1, max: 9 })), { nil: undefined }),
  style: fc.option(fc.constantFrom('0', '1', '2'), { nil: undefined }),
  type: fc.option(fc.constantFrom('s', 'n', 'str', 'inlineStr', 'b', 'e', 'd'), { nil: undefined }),
  extra: fc.constantFrom('', ' cm="1"', " vm='2'"),
  quote: fc.constantFrom('"', "'"),
});
const cell = fc.tuple(cellAttrs, fc.option(cellValue, { nil: null })).map(([a, v]) => {
  const q = a.quote;
  const attrs = (a.ref ? ` r=${q}${a.ref[0]}${a.ref[1]}${q}` : '') + (a.style ? ` s=${q}${a.style}${q}` : '') + (a.type ? ` t=${q}${a.type}${q}` : '') + a.extra;
  return v === null ? `<c${attrs}/>` : `<c${attrs}>${v}</c>`;
});
const row = fc.tuple(
  fc.option(fc.oneof(fc.integer({ min: 1, max: 12 }).map(String), fc.constantFrom('', '0', 'x', ' 3', '2.0')), { nil: undefined }),
  fc.constantFrom('', ' spans="1:3"', ' ht="15" customHeight="1"', ' x14ac:dyDescent="0.25"'),
  fc.array(cell, { maxLength: 5 }),
  fc.constantFrom('', '\n  ', '<!-- c -->'),
  fc.boolean(),
).map(([r, extra, cells, gap, selfClosing]) => {
  const head = `<row${r === undefined ? '' : ` r="${r}"`}${extra}`;
  return selfClosing ? `${head}/>` : `${head}>${gap}${cells.join(gap)}</row>${gap}`;
});
const sheet = fc.tuple(fc.array(row, { maxLength: 6 }), fc.constantFrom('', 'x'), fc.constantFrom('', '<mergeCells><mergeCell ref="A1:B2"/></mergeCells>')).map(([rows, prefix, merges]) => {
  const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData>${merges}</worksheet>`;
  // the OpenXML SDK writes every element under a prefix
  return prefix ? xml.replace(/<(\/?)(?=[a-zA-Z])(?!!)/g, `<$1${prefix}:`) : xml;
});

describe('readSheetXml', () => {
  it('reads any shape real writers produce into rows of cells in ascending order within Excel\'s bounds, without throwing', () => {
    fc.assert(
      fc.property(sheet, (xml) => {
        const rows = readSheetXml(xml, ctx);
        for (let i = 0; i < rows.length; i++) {
          expect(rows[i]!.row).toBeGreaterThanOrEqual(i === 0 ? 1 : rows[i - 1]!.row);
          expect(rows[i]!.cells.length).toBeGreaterThan(0);
          expect(rows[i]!.cells.length).toBeLessThanOrEqual(MAX_COLUMNS);
        }
      }),
      { numRuns: 2000, seed: 20261122 },
    );
  });

  it('reads any such sheet the same with white space around each attribute\'s = (XML allows it)', () => {
    fc.assert(
      fc.property(sheet, fc.constantFrom(' = ', '\n=\t', ' ='), (xml, eq) => {
        // every = before a quote is an attribute's: no generated text holds one
        const spaced = xml.replace(/=(?=["'])/g, eq);
        expect(readSheet(spaced, ctx)).toEqual(readSheet(xml, ctx));
      }),
      { numRuns: 500, seed: 20261201 },
    );
  });

  it('reads the same sheet the same with or without a namespace prefix', () => {
    const xml = '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>inn</t></is></c><c r="C1"><f>1+1</f><v>2</v></c></row></sheetData></worksheet>';
    const prefixed = xml.replace(/<(\/?)(?=[a-zA-Z])/g, '<$1x:');
    expect(readSheetXml(prefixed, ctx)).toEqual(readSheetXml(xml, ctx));
    expect(readSheetXml(xml, ctx)).toEqual([{ row: 1, cells: [{ kind: 'string', value: 'Nr' }, { kind: 'string', value: 'inn' }, { kind: 'number', value: 2 }] }]);
  });

  it('reads the common shapes: rows, shared strings, whole numbers, dates, empty styled cells', () => {
    const xml =
      '<worksheet><sheetData><row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="2"/></row>' +
      '<row r="2"><c r="A2"><v>47</v></c><c r="B2" s="1"><v>44742</v></c><c r="C2"><v>2.5</v></c><c r="D2" t="s"><v>2</v></c></row></sheetData></worksheet>';
    expect(readSheetXml(xml, ctx)).toEqual([
      { row: 1, cells: [{ kind: 'string', value: 'Nr' }, { kind: 'string', value: 'Tiltaksnavn' }] },
      { row: 2, cells: [{ kind: 'number', value: 47 }, { kind: 'date', value: '2022-06-30' }, { kind: 'number', value: 2.5 }] },
    ]);
  });
});

describe('readSheetXml: attribute spacing XML allows', () => {
  it('reads r, s and t with white space around = and between attributes as the tight form', () => {
    const tight = '<sheetData><row r="2"><c r="B2" s="1" t="s"><v>3</v></c><c r="C2" s="1"><v>44742</v></c></row></sheetData>';
    const spaced = '<sheetData><row r = "2"><c r = "B2"\n   s =\t\'1\'  t= "s" ><v>3</v></c><c\r\nr ="C2" s= "1"><v>44742</v></c></row></sheetData>';
    expect(readSheetXml(spaced, ctx)).toEqual(readSheetXml(tight, ctx));
    expect(readSheetXml(tight, ctx)[0]!.cells[1]).toEqual({ kind: 'string', value: 'Grønn' });
  });

  it('reads r, s and t written with character references (valid XML) as the plain form', () => {
    const refs = '<sheetData><row r="&#50;"><c r="&#x42;2" s="&#49;" t="&#115;"><v>3</v></c><c r="C&#50;" s="1"><v>44742</v></c></row></sheetData>';
    expect(readSheetXml(refs, ctx)).toEqual([{ row: 2, cells: [undefined, { kind: 'string', value: 'Grønn' }, { kind: 'date', value: '2022-06-30' }] }]);
    // a quote written as &quot; inside another attribute's value does not end that value early
    const quoted = '<sheetData><row r="2"><c r="B2" x="&quot; r=&quot;Z9&quot;" t="&#115;"><v>3</v></c></row></sheetData>';
    expect(readSheetXml(quoted, ctx)).toEqual([{ row: 2, cells: [undefined, { kind: 'string', value: 'Grønn' }] }]);
  });

  it('reads any generated sheet the same with its r, s and t values written as character references', () => {
    const asReferences = (v: string) => [...v].map((c, k) => (k % 2 === 0 ? `&#${c.codePointAt(0)};` : `&#x${c.codePointAt(0)!.toString(16)};`)).join('');
    fc.assert(
      fc.property(sheet, (xml) => {
        const encoded = xml.replace(/(\s[rst]\s*=\s*)(["'])([^"']*)\2/g, (_m, before: string, q: string, v: string) => `${before}${q}${asReferences(v)}${q}`);
        expect(readSheet(encoded, ctx)).toEqual(readSheet(xml, ctx));
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });
});

describe('readSheetXml: damaged closing tags', () => {
  it('reads a shared-string cell without an index as empty, never as the first shared string', () => {
    const xml = '<sheetData><row r="1"><c r="A1" t="s"/><c r="B1" t="s"><v></v></c><c r="C1" t="s"><v> </v></c><c r="D1" t="s"><v>3</v></c></row></sheetData>';
    expect(readSheetXml(xml, ctx)).toEqual([{ row: 1, cells: [undefined, undefined, undefined, { kind: 'string', value: 'Grønn' }] }]);
  });

  it('warns about a shared-string index the file does not have, in either cell shape, and reads the cell as empty', () => {
    const xml = '<sheetData><row r="1"><c r="A1" t="s"><v>4</v></c><c r="B1" t="s"><v>99</v></c><c r="C1" t="s"><f>x</f><v>7</v></c><c r="D1" t="s"><v>3</v></c></row></sheetData>';
    const read = readSheet(xml, ctx);
    expect(read.rows).toEqual([{ row: 1, cells: [undefined, undefined, undefined, { kind: 'string', value: 'Grønn' }] }]);
    expect(read.warnings.map((w) => w.message)).toEqual([
      'Cellen A1 viser til delt tekst nr 4, som ikke finnes i filen (den har 4); cellen leses som tom.',
      'Cellen B1 viser til delt tekst nr 99, som ikke finnes i filen (den har 4); cellen leses som tom.',
      'Cellen C1 viser til delt tekst nr 7, som ikke finnes i filen (den har 4); cellen leses som tom.',
    ]);
  });

  it('warns once per sheet about formulas without a calculated value (a file no program has calculated), naming the first cells', () => {
    const cells = Array.from({ length: 7 }, (_v, i) => `<c r="${String.fromCharCode(66 + i)}2"><f>A2*${i}</f></c>`).join('');
    const xml = `<sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f>"a"</f><v></v></c><c r="C1"><f t="shared" si="0"/><v>3</v></c></row><row r="2"><c r="A2"><v>5</v></c>${cells}</row></sheetData>`;
    const read = readSheet(xml, ctx);
    expect(read.rows.map((r) => r.cells.map((c) => c?.value))).toEqual([[2, undefined, 3], [5]]);
    expect(read.warnings.map((w) => w.message)).toEqual(['7 celler har formler uten utregnet verdi (B2, C2, D2, E2, F2 …) og leses som tomme. Åpne filen i Excel og lagre den, så lagres verdiene.']);
    expect(readSheet('<sheetData><row r="3"><c r="D3"><f>1</f></c></row></sheetData>', ctx).warnings[0]!.message).toBe(
      'Én celle har en formel uten utregnet verdi (D3) og leses som tom. Åpne filen i Excel og lagre den, så lagres verdiene.',
    );
  });

  it('keeps a row whose </row> is damaged, and a cell whose </c> is damaged', () => {
    const xml = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v><.c><c r="B1"><v>2</v></c><.row><row r="2"><c r="A2"><v>3</v></c></row></sheetData></worksheet>';
    expect(readSheetXml(xml, ctx)).toEqual([
      { row: 1, cells: [{ kind: 'number', value: 1 }, { kind: 'number', value: 2 }] },
      { row: 2, cells: [{ kind: 'number', value: 3 }] },
    ]);
  });
});

describe('readSheetXml: Excel\'s bounds', () => {
  const one = (ref: string) => `<worksheet><sheetData><row><c r="${ref}"><v>1</v></c></row></sheetData></worksheet>`;
  it('refuses a cell beyond column XFD or row 1 048 576, and reads the last cell Excel has', () => {
    expect(() => readSheetXml(one('XFE1'), ctx)).toThrow(SheetLimitError);
    expect(() => readSheetXml(one('A2147483648'), ctx)).toThrow(/utenfor Excels grense/);
    expect(() => readSheetXml('<worksheet><sheetData><row r="1048577"><c><v>1</v></c></row></sheetData></worksheet>', ctx)).toThrow(SheetLimitError);
    const last = readSheetXml(one('XFD1048576').replace('<row>', '<row r="1048576">'), ctx);
    expect(last[0]!.row).toBe(1_048_576);
    expect(last[0]!.cells[16_383]).toEqual({ kind: 'number', value: 1 });
  });

  it('fills a reversed merged range as the normal one, and leaves too large or out-of-range merges unfilled with a warning', () => {
    const merged = (ref: string) => `<worksheet><sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData><mergeCells><mergeCell ref="${ref}"/></mergeCells></worksheet>`;
    expect(readSheetXml(merged('B2:A1'), ctx)).toEqual(readSheetXml(merged('A1:B2'), ctx));
    expect(readSheetXml(merged('B2:A1'), ctx)).toHaveLength(2);
    expect(readSheet(merged('XFD1048576:A1'), ctx).warnings[0]!.message).toMatch(/for stort til å fylles ut/);
    expect(readSheet(merged('A1:XFE2'), ctx).warnings[0]!.message).toMatch(/utenfor Excels grenser/);
    expect(readSheetXml(merged('A1:XFE2'), ctx)).toHaveLength(1);
  });
});

describe('readSheetXml: stray text', () => {
  it('ignores text inside a cell but outside its value, as the tag walk does', () => {
    const xml = '<sheetData><row r="1"><c r="A1">xv>5</v></c><c r="B1"> <v>6</v></c><c r="C1">v>7</v></c></row></sheetData>';
    expect(readSheetXml(xml, ctx)).toEqual([{ row: 1, cells: [undefined, { kind: 'number', value: 6 }] }]);
  });
});

describe('readSheetXml: dates', () => {
  it('keeps a date-formatted number outside Excel dates (before 0, after 31.12.9999) as the number', () => {
    const xml = '<sheetData><row r="1"><c r="A1" s="1"><v>2958465</v></c><c r="B1" s="1"><v>2958466</v></c><c r="C1" s="1"><v>-1</v></c><c r="D1" s="1"><v>1E+300</v></c></row></sheetData>';
    expect(readSheetXml(xml, ctx)[0]!.cells).toEqual([
      { kind: 'date', value: '9999-12-31' },
      { kind: 'number', value: 2958466 },
      { kind: 'number', value: -1 },
      { kind: 'number', value: 1e300 },
    ]);
  });
});

describe('serialToIso', () => {
  // the rule as Excel states it, through Date: the reference for the arithmetic fast path
  const byDate = (serial: number, date1904: boolean) => {
    const days = !date1904 && serial < 61 && serial >= 1 ? serial + 1 : serial;
    const iso = new Date(Math.round(days * 86_400_000) + (date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30))).toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
  };

  it('gives the same date as the Date rule for every serial Excel has, in both date systems', () => {
    const serial = fc.oneof(fc.integer({ min: 0, max: 2_958_465 }), fc.double({ min: 0, max: 2_958_465, noNaN: true }), fc.constantFrom(0, 1, 59, 60, 61, 44742, 2_958_465));
    fc.assert(fc.property(serial, fc.boolean(), (n, date1904) => serialToIso(n, date1904) === byDate(n, date1904)), { numRuns: 5000, seed: 20261122 });
    expect(serialToIso(44742)).toBe('2022-06-30');
    expect(serialToIso(59)).toBe('1900-02-28');
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(serialToIso(0, true)).toBe('1904-01-01');
  });
});
