import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { nodeZipCodec } from '../../cli/node-zip-codec.ts';
import { importPortfolio } from '../../shared/import/index.ts';
import { UnreadableFileError } from '../../shared/spreadsheet/index.ts';
import { readXlsx } from '../../shared/spreadsheet/xlsx/read.ts';
import { unzipChecked } from '../../shared/spreadsheet/xlsx/zip.ts';

const example = new Uint8Array(readFileSync(fileURLToPath(new URL('../../assets/examples/portefolje-2022-09.xlsx', import.meta.url))));
const codec = nodeZipCodec!;

describe('the Node zlib codec for the xlsx reader', () => {
  it('exists on this Node (zlib.crc32)', () => {
    expect(nodeZipCodec).not.toBeNull();
  });

  it('reads a workbook exactly as the JavaScript inflater does', () => {
    expect(readXlsx(example, 'a.xlsx', { codec })).toEqual(readXlsx(example, 'a.xlsx'));
    const viaCodec = importPortfolio([{ name: 'a.xlsx', bytes: example }], { codec });
    expect(viaCodec.ok).toBe(true);
    expect(viaCodec.summary).toEqual(importPortfolio([{ name: 'a.xlsx', bytes: example }]).summary);
  });

  it('reads stored (uncompressed) entries', () => {
    const zip = zipSync({ 'a.txt': new TextEncoder().encode('hei') }, { level: 0 });
    expect(new TextDecoder().decode(unzipChecked(zip, 'a.zip', () => true, undefined, codec).get('a.txt'))).toBe('hei');
  });

  it('refuses a damaged stream and a size header that lies, naming the file', () => {
    const data = new TextEncoder().encode('Tiltak;Status\n'.repeat(2000));
    const zip = zipSync({ 'a.txt': data }, { level: 6 });
    const damaged = zip.slice();
    damaged[60] = damaged[60]! ^ 0xff;
    expect(() => unzipChecked(damaged, 'skadet.xlsx', () => true, undefined, codec)).toThrow(UnreadableFileError);
    expect(() => unzipChecked(damaged, 'skadet.xlsx', () => true, undefined, codec)).toThrow(/skadet\.xlsx/);

    // the central directory claims 100 bytes: zlib must stop there instead of inflating 28 kB
    const lying = zip.slice();
    const view = new DataView(lying.buffer);
    const cd = view.getUint32(lying.length - 22 + 16, true);
    view.setUint32(cd + 24, 100, true);
    expect(() => unzipChecked(lying, 'lyver.xlsx', () => true, undefined, codec)).toThrow(/lyver\.xlsx: filen er skadet/);
  });
});
