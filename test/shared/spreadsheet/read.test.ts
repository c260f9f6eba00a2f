import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { readSpreadsheet, UnreadableFileError } from '../../../shared/spreadsheet/index.ts';
import { writeImportTemplate } from '../../../shared/import/template.ts';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function cfbWith(stream: string): Uint8Array {
  const name = [...stream].flatMap((c) => [c.charCodeAt(0), 0]);
  const b = new Uint8Array(2048);
  b.set(CFB, 0);
  b.set(name, 1024);
  return b;
}

function refusal(bytes: Uint8Array, name: string): string {
  try {
    readSpreadsheet(bytes, name);
  } catch (e) {
    expect(e).toBeInstanceOf(UnreadableFileError);
    return (e as Error).message;
  }
  throw new Error('file was read');
}

describe('readSpreadsheet: files that cannot be read', () => {
  it('refuses an empty file', () => {
    expect(refusal(new Uint8Array(), 'tom.xlsx')).toBe('tom.xlsx: filen er tom.');
  });

  it('refuses a truncated workbook', () => {
    const full = writeImportTemplate(2025);
    expect(refusal(full.slice(0, Math.floor(full.length / 2)), 'halv.xlsx')).toMatch(/skadet eller avkortet/);
  });

  it('refuses a password-protected workbook', () => {
    expect(refusal(cfbWith('EncryptedPackage'), 'hemmelig.xlsx')).toMatch(/passordbeskyttet/);
  });

  it('refuses a legacy .xls workbook', () => {
    expect(refusal(cfbWith('Workbook'), 'gammel.xls')).toMatch(/gamle Excel-formatet \(\.xls\).*lagre som \.xlsx/);
  });

  it('refuses a PDF, a binary file, a zip that is not a workbook, and text named as a document', () => {
    expect(refusal(new TextEncoder().encode('%PDF-1.7\n...'), 'rapport.pdf')).toMatch(/PDF, ikke et regneark/);
    expect(refusal(new Uint8Array([1, 2, 3, 0, 0, 9]), 'data.bin')).toMatch(/ikke et regneark/);
    expect(refusal(zipSync({ 'word/document.xml': new Uint8Array([60]) }), 'brev.docx')).toMatch(/ikke en Excel-arbeidsbok/);
    expect(refusal(new TextEncoder().encode('{"a":1}'), 'data.json')).toMatch(/ikke et regneark/);
    expect(refusal(new TextEncoder().encode('Nr;Navn'), 'feil.xlsx')).toMatch(/heter \.xlsx, men er ikke/);
  });

  it('refuses a decompression bomb before inflating it', () => {
    const bomb = zipSync({
      '[Content_Types].xml': new Uint8Array([60]),
      'xl/workbook.xml': new TextEncoder().encode('<workbook><sheets><sheet name="A" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': new TextEncoder().encode('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
      'xl/worksheets/sheet1.xml': new Uint8Array(20 * 1024 * 1024),
    });
    expect(bomb.length).toBeLessThan(200_000);
    expect(refusal(bomb, 'bombe.xlsx')).toMatch(/dekomprimeringsbombe/);
  });

  it('refuses a workbook whose declared size is absurd', () => {
    const big = zipSync({
      'xl/workbook.xml': new TextEncoder().encode('<workbook><sheets><sheet name="A" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': new TextEncoder().encode('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
      'xl/worksheets/sheet1.xml': new Uint8Array(3 * 1024 * 1024),
    });
    const limits = { maxFileBytes: 10_000_000, maxTotalBytes: 1024 * 1024, maxRatio: 1e9, ratioFloorBytes: 1e9 };
    expect(() => readSpreadsheet(big, 'stor.xlsx', { limits })).toThrow(/for stor når den pakkes ut/);
  });
});

describe('readSpreadsheet: CSV', () => {
  const rows = (bytes: Uint8Array) =>
    readSpreadsheet(bytes, 'f.csv').sheets[0]!.rows.map((r) => [r.row, Array.from(r.cells, (c) => (c ? c.value : null))]);

  it('reads UTF-8 with BOM, ; separated', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Aktør;Beløp\r\nHelse Sør-Øst;"1 234,5"\r\n')]);
    expect(rows(bytes)).toEqual([
      [1, ['Aktør', 'Beløp']],
      [2, ['Helse Sør-Øst', '1 234,5']],
    ]);
  });

  it('reads Windows-1252 as Norwegian Excel writes it', () => {
    // "Aktør;Løsning\nHelse Sør-Øst;e-resept – ny" in Windows-1252 (ø=F8, Ø=D8, –=96)
    const text = 'Akt\xf8r;L\xf8sning\nHelse S\xf8r-\xd8st;e-resept \x96 ny\n';
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    expect(rows(bytes)).toEqual([
      [1, ['Aktør', 'Løsning']],
      [2, ['Helse Sør-Øst', 'e-resept – ny']],
    ]);
  });

  it('reads comma separated UTF-8 without BOM with quotes, doubled quotes and line breaks in quotes', () => {
    const bytes = new TextEncoder().encode('a,b,c\n"x, y","si ""hei""","to\nlinjer"\n\nz,,3\n');
    expect(rows(bytes)).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['x, y', 'si "hei"', 'to\nlinjer']],
      [5, ['z', null, '3']],
    ]);
  });

  it('reads UTF-16 with BOM, tab separated (Excel "Unicode text")', () => {
    const text = 'Nr\tNavn\n1\tÆøå\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    expect(rows(bytes)).toEqual([
      [1, ['Nr', 'Navn']],
      [2, ['1', 'Æøå']],
    ]);
  });
});

describe('zip checks', () => {
  it('computes CRC-32 as zip does (slicing by 8 gives the same result at every length)', async () => {
    const { crc32 } = await import('../../../shared/spreadsheet/xlsx/zip.ts');
    const { crc32: zlibCrc } = await import('node:zlib');
    for (const len of [0, 1, 7, 8, 9, 15, 16, 1000, 4099]) {
      const d = Uint8Array.from({ length: len }, (_v, i) => (i * 7919) & 255);
      expect(crc32(d)).toBe(zlibCrc(d));
    }
  });
});
