import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readSpreadsheet } from '../../../shared/spreadsheet/index.ts';
import { readSharedStrings } from '../../../shared/spreadsheet/xlsx/read.ts';
import type { Workbook } from '../../../shared/spreadsheet/index.ts';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { rawXlsx, rowXml } from '../../helpers/raw-xlsx.ts';

const cells = (wb: Workbook, sheet = 0) => wb.sheets[sheet]!.rows.map((r) => [r.row, Array.from(r.cells, (c) => (c ? c.value : null))]);

describe('readSpreadsheet: xlsx', () => {
  it('reads shared strings, rich text, inline strings, numbers, booleans, errors and formula cached values', () => {
    const bytes = rawXlsx({
      sharedStrings: ['Navn', '<r><t>Rik </t></r><r><rPr><b/></rPr><t xml:space="preserve">tekst</t></r><rPh><t>フリ</t></rPh>', 'Æ &amp; ø'],
      sheets: [
        {
          name: 'Ark1',
          sheetData:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
            '<row r="3"><c r="A3"><v>2.5</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" t="e"><v>#N/A</v></c>' +
            '<c r="D3"><f>A3*2</f><v>5</v></c><c r="E3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>' +
            '<c r="F3" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c><c r="G3"><f>X</f></c><c r="H3" t="str"><v>a&amp;b</v></c></row>' +
            "<row r='5'><c r='B5'><v>7</v></c></row>",
        },
      ],
    });
    const wb = readSpreadsheet(bytes, 'a.xlsx');
    expect(cells(wb)).toEqual([
      [1, ['Navn', 'Rik tekst', 'Æ & ø']],
      [3, [2.5, true, '#N/A', 5, 'ab', 'inline', null, 'a&b']],
      [5, [null, 7]],
    ]);
    expect(wb.sheets[0]!.rows[1]!.cells[2]!.kind).toBe('error');
  });

  it('reads OpenXML-SDK style prefixed namespaces (x:row, x:c) and relationship ids under another prefix', () => {
    const bytes = rawXlsx({
      prefix: 'x',
      relPrefix: 'rel',
      sharedStrings: ['Nr', 'Tiltaksnavn'],
      sheets: [{ name: 'Tiltak', sheetData: '<x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="B2" t="s"><x:v>1</x:v></x:c></x:row>' + rowXml(3, [47, 'Kodeverk'], 'x') }],
    });
    expect(cells(readSpreadsheet(bytes, 'sdk.xlsx'))).toEqual([
      [2, ['Nr', 'Tiltaksnavn']],
      [3, [47, 'Kodeverk']],
    ]);
  });

  it('numbers rows and cells without r attributes in order', () => {
    const bytes = rawXlsx({
      sheets: [{ name: 'A', sheetData: '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row><row/><row><c/><c><v>2</v></c></row>' }],
    });
    expect(cells(readSpreadsheet(bytes, 'x.xlsx'))).toEqual([
      [1, ['a', 1]],
      [3, [null, 2]],
    ]);
  });

  it('reads dates by number format (built-in and custom), in the 1900 and 1904 systems', () => {
    const sheetData = '<row r="1"><c r="A1" s="1"><v>44742</v></c><c r="B1" s="2"><v>44742.5</v></c><c r="C1" s="3"><v>44742</v></c><c r="D1" s="4"><v>1234</v></c></row>';
    const options = { cellXfs: [0, 14, 164, 165, 166], numFmts: { 164: 'yyyy\\-mm\\-dd hh:mm', 165: 'dd.mm.yyyy', 166: '#,##0.0 "MNOK"' } };
    expect(cells(readSpreadsheet(rawXlsx({ ...options, sheets: [{ name: 'A', sheetData }] }), 'x.xlsx'))).toEqual([
      [1, ['2022-06-30', '2022-06-30T12:00:00', '2022-06-30', 1234]],
    ]);
    const wb1904 = readSpreadsheet(rawXlsx({ ...options, date1904: true, sheets: [{ name: 'A', sheetData }] }), 'x.xlsx');
    expect(wb1904.sheets[0]!.rows[0]!.cells[0]!.value).toBe('2026-07-01');
  });

  it('fills merged areas with the top-left value', () => {
    const bytes = rawXlsx({
      sheets: [{ name: 'A', sheetData: rowXml(1, ['Samstyre']) + rowXml(2, [1, 'x']), after: '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>' }],
    });
    expect(cells(readSpreadsheet(bytes, 'x.xlsx'))[0]).toEqual([1, ['Samstyre', 'Samstyre', 'Samstyre']]);
  });

  it('reads a Google-Sheets-like workbook (relationships without leading slash, hidden sheet, no styles)', () => {
    const bytes = rawXlsx({
      workbookPath: 'xl/workbook.xml',
      sharedStrings: ['Nr', 'Navn'],
      sheets: [
        { name: 'Ark 1', sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' },
        { name: 'Skjult', state: 'hidden', sheetData: rowXml(1, ['x']) },
      ],
    });
    const wb = readSpreadsheet(bytes, 'g.xlsx');
    expect(wb.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Ark 1', false],
      ['Skjult', true],
    ]);
  });

  it('reads a LibreOffice-like workbook (explicit t="n", default part names without relationships)', () => {
    const bytes = rawXlsx({
      omitOptionalRels: true,
      sharedStrings: ['Status'],
      cellXfs: [0, 14],
      sheets: [{ name: 'Ark1', sheetData: '<row r="1" spans="1:2"><c r="A1" s="0" t="s"><v>0</v></c><c r="B1" s="1" t="n"><v>44742</v></c></row>' }],
    });
    expect(cells(readSpreadsheet(bytes, 'lo.xlsx'))).toEqual([[1, ['Status', '2022-06-30']]]);
  });

  it('reads a workbook part in another folder than xl/', () => {
    const bytes = rawXlsx({ workbookPath: 'book/wb.xml', sheets: [{ name: 'A', sheetData: rowXml(1, ['a', 2]) }] });
    expect(cells(readSpreadsheet(bytes, 'x.xlsx'))).toEqual([[1, ['a', 2]]]);
  });

  it('reads a workbook written by exceljs (rich text, formula, date, merge)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tiltak');
    ws.addRow(['Tittel']);
    ws.addRow([1, { richText: [{ text: 'Rik ' }, { font: { bold: true }, text: 'tekst' }] }, new Date(Date.UTC(2022, 5, 30)), { formula: 'A2*2', result: 2 }]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(cells(readSpreadsheet(bytes, 'e.xlsx'))).toEqual([
      [1, ['Tittel']],
      [2, [1, 'Rik tekst', '2022-06-30', 2]],
    ]);
  });
});

describe('readSpreadsheet: the text encoding of a part', () => {
  const plain = rawXlsx({
    sharedStrings: ['Tiltaksnavn', 'Grønn løsning �'],
    sheets: [{ name: 'Avhengigheter', sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Måledata æøå</t></is></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>' }],
  });
  /** The workbook with one part's text re-encoded. */
  const withPart = (path: string, encode: (text: string) => Uint8Array) => {
    const files: Record<string, Uint8Array> = unzipSync(plain);
    files[path] = encode(new TextDecoder().decode(files[path]));
    return zipSync(files);
  };
  const utf16 = (le: boolean, bom: boolean) => (text: string) => {
    const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
    const view = new DataView(out.buffer);
    if (bom) view.setUint16(0, 0xfeff, le);
    for (let i = 0; i < text.length; i++) view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), le);
    return out;
  };
  const latin1 = (text: string) => Uint8Array.from(text.replace('UTF-8', 'ISO-8859-1'), (c) => c.charCodeAt(0) & 0xff);

  it('reads a sheet or the shared strings in UTF-16, either byte order, with or without a byte-order mark, as the UTF-8 original', () => {
    const expected = cells(readSpreadsheet(plain, 'a.xlsx'));
    expect(expected).toEqual([
      [1, ['Tiltaksnavn', 'Måledata æøå']],
      [2, ['Grønn løsning �']],
    ]);
    for (const part of ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml']) {
      for (const [le, bom] of [[true, true], [false, true], [true, false], [false, false]] as const) {
        expect(cells(readSpreadsheet(withPart(part, utf16(le, bom)), 'a.xlsx'))).toEqual(expected);
      }
    }
  });

  it('refuses a part that is not UTF-8, naming the file, the part and the encoding it declares, instead of reading its values changed', () => {
    expect(() => readSpreadsheet(withPart('xl/worksheets/sheet1.xml', latin1), 'rapport.xlsx')).toThrow(
      'rapport.xlsx: ark «Avhengigheter»: teksten er lagret med tegnkodingen ISO-8859-1, men Excel-filer skal bruke UTF-8 eller UTF-16.',
    );
    const damaged = withPart('xl/sharedStrings.xml', (text) => {
      const bytes = strToU8(text);
      bytes[bytes.indexOf(0xc3)] = 0xff; // the first byte of «ø»
      return bytes;
    });
    expect(() => readSpreadsheet(damaged, 'rapport.xlsx')).toThrow('rapport.xlsx: tabellen over delt tekst (xl/sharedStrings.xml): teksten inneholder bytes som ikke er gyldig UTF-8');
  });
});

describe('readSharedStrings', () => {
  it('reads lone texts directly and every other shape through the tag walk, in order', () => {
    const xml =
      '<?xml version="1.0"?><x:sst xmlns:x="urn:s">' +
      '<x:si><x:t>Enkel</x:t></x:si>' +
      '<x:si><x:t xml:space="preserve"> Med mellomrom </x:t></x:si>' +
      '<x:si/>' +
      '<x:si><x:t/></x:si>' +
      '<x:si><x:t>A &amp; B_x000D_</x:t></x:si>' +
      '<x:si><x:t><![CDATA[<rå>]]></x:t></x:si>' +
      '<x:si><x:r><x:t>Rik </x:t></x:r><x:r><x:t>tekst</x:t></x:r></x:si>' +
      '<x:si><x:t>Kanji</x:t><x:rPh sb="0" eb="1"><x:t>かな</x:t></x:rPh></x:si>' +
      '</x:sst>';
    expect(readSharedStrings(xml)).toEqual(['Enkel', ' Med mellomrom ', '', '', 'A & B\r', '<rå>', 'Rik tekst', 'Kanji']);
  });

  it('reads strings whose prefix differs from the root element', () => {
    expect(readSharedStrings('<sst xmlns:y="urn:s"><y:si><y:t>Ja</y:t></y:si></sst>')).toEqual(['Ja']);
  });
});
