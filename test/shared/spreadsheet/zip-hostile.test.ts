import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { readSpreadsheet, UnreadableFileError } from '../../../shared/spreadsheet/index.ts';
import { nodeZipCodec } from '../../../cli/node-zip-codec.ts';
import { rawZip, workbookEntries } from '../../helpers/raw-zip.ts';
import type { RawZipEntry } from '../../helpers/raw-zip.ts';

const rows = (n: number) => Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>T${i + 1}</t></is></c></row>`).join('');
const book = (edit: (e: RawZipEntry[]) => void = () => {}, o = {}) => {
  const e = workbookEntries(rows(50));
  edit(e);
  return rawZip(e, o);
};
const sheet = (e: RawZipEntry[]) => e.find((x) => x.name === 'xl/worksheets/sheet1.xml')!;
const codecs = [['fflate', undefined], ['zlib', nodeZipCodec ?? undefined]] as const;

describe.each(codecs)('hostile ZIP archives (%s)', (_name, codec) => {
  const read = (bytes: Uint8Array) => readSpreadsheet(bytes, 'x.xlsx', codec ? { codec } : {});
  const refused = (bytes: Uint8Array, message: RegExp) => {
    expect(() => read(bytes)).toThrow(UnreadableFileError);
    expect(() => read(bytes)).toThrow(message);
  };

  it('reads the plain archive, all 50 rows', () => {
    expect(read(book()).sheets[0]!.rows).toHaveLength(50);
  });
  it('refuses a ZIP64 end record', () => refused(book(undefined, { zip64End: true }), /ZIP64/));
  it('refuses an end record whose count is 0 with entries present', () => refused(book(undefined, { count: 0 }), /oppgir 0 deler, men har 5/));
  it('refuses a count that hides a sixth central record', () => refused(book((e) => e.push({ name: 'xl/media/big.bin', data: new Uint8Array(10) }), { count: 5 }), /oppgir 5 deler, men har 6/));
  it('refuses a sheet declared shorter than its stream', () => {
    const short = rows(20);
    refused(book((e) => Object.assign(sheet(e), { size: short.length + 100 })), /skadet/);
  });
  it('refuses a stream longer than the declared size even with a matching CRC', async () => {
    const { crc32 } = await import('node:zlib');
    const full = new TextEncoder().encode(String(sheet(workbookEntries(rows(50))).data));
    const cut = full.subarray(0, 2000);
    refused(book((e) => Object.assign(sheet(e), { size: 2000, crc: crc32(cut) >>> 0, localSize: 2000, localCrc: crc32(cut) >>> 0 })), /skadet/);
  });
  it('refuses a part with no CRC', () => refused(book((e) => Object.assign(sheet(e), { crc: 0, localCrc: 0 })), /mangler kontrollsum/));
  it('refuses duplicate part names', () => refused(book((e) => e.push({ ...sheet(e), data: rows(1) })), /mer enn én gang/));
  it('refuses names that differ only in case', () => refused(book((e) => e.push({ ...sheet(e), name: 'XL/worksheets/sheet1.xml', data: rows(1) })), /mer enn én gang/));
  it('refuses a central record listed twice', () => refused(book((e) => (sheet(e).centralTwice = true)), /mer enn én gang/));
  it('refuses a local header that disagrees with the directory', () => {
    refused(book((e) => (sheet(e).localName = 'xl/worksheets/sheet2.xml')), /stemmer ikke med innholdslisten/);
    refused(book((e) => (sheet(e).localSize = 7)), /stemmer ikke med innholdslisten/);
    refused(book((e) => (sheet(e).localMethod = 0)), /stemmer ikke med innholdslisten/);
  });
  it('refuses data hidden outside the directory and an offset beyond it', () => {
    refused(book(undefined, { cdOffset: 10 }), /innholdslisten/);
  });
  it('refuses a small declared size that inflates to a bomb, without inflating it all', () => {
    const bomb = new Uint8Array(deflateRawSync(new Uint8Array(16 * 1024 * 1024)));
    refused(book((e) => Object.assign(sheet(e), { rawCompressed: bomb, size: 1000, localSize: 1000 })), /skadet/);
  });
  it('refuses an encrypted entry', () => refused(book((e) => (sheet(e).flags = 0x801)), /kryptert/));
});
