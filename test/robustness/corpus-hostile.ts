/**
 * The red team's classes (issue #14): archives built field by field with a raw ZIP writer, sheets
 * beyond Excel's limits, implausible values, hostile CSV and case files. Each input says what a
 * correct reader does with it (`expect`), so a wrong acceptance is counted, not only crashes.
 * Built from the example files and the builders in test/helpers; deterministic (no randomness).
 */
import { unzipSync } from 'fflate';
import { deflateRawSync, crc32 } from 'node:zlib';
import { hostileCaseFiles } from '../helpers/hostile-case.ts';
import { hostileCsvFiles } from '../helpers/hostile-csv.ts';
import { rawXlsx, rowXml } from '../helpers/raw-xlsx.ts';
import { rawZip } from '../helpers/raw-zip.ts';
import type { RawZipEntry } from '../helpers/raw-zip.ts';
import type { CorpusCase } from './corpus-types.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const HEAD = ['Nr', 'Aktør', 'Tiltaksnavn', 'Segment', 'Fase', 'Er prosjektet aktivt?', 'Status', 'Risiko', 'Innsatsområde'];
const tiltak = (nr: number) => [String(nr), 'Helse Vest', `Tiltak ${nr}`, 'Samstyre', 'Gjennomføre', 'Ja', 'Grønn', 'Grønn', '1.1'];
const tiltakRows = (n: number, from = 2) => Array.from({ length: n }, (_, i) => rowXml(from + i, tiltak(i + 1))).join('');

/** ZIP classes, from the example report's own parts re-zipped by the raw writer. */
function zipCases(report: Uint8Array): { kind: string; bytes: Uint8Array; expect: 'refuse' | 'import' }[] {
  const parts = unzipSync(report);
  const names = Object.keys(parts);
  const sheetName = names.find((n) => /worksheets\/sheet1\.xml$/.test(n))!;
  const base = (): RawZipEntry[] => names.map((name) => ({ name, data: parts[name]! }));
  const sheet = (e: RawZipEntry[]) => e.find((x) => x.name === sheetName)!;
  const out: { kind: string; bytes: Uint8Array; expect: 'refuse' | 'import' }[] = [];
  const add = (kind: string, edit: (e: RawZipEntry[]) => void, o = {}, expect: 'refuse' | 'import' = 'refuse') => {
    const e = base();
    edit(e);
    out.push({ kind, bytes: rawZip(e, o), expect });
  };
  const full = parts[sheetName]!;
  const cut = full.subarray(0, Math.floor(full.length * 0.4));
  add('zip-rewritten', () => {}, {}, 'import');
  add('zip-zip64-end-record', () => {}, { zip64End: true });
  add('zip-total-count-0', () => {}, { count: 0 });
  add('zip-hidden-sixth-record-bomb', (e) => e.push({ name: 'xl/media/image1.bin', data: new Uint8Array(0), rawCompressed: new Uint8Array(deflateRawSync(new Uint8Array(32 * 1024 * 1024))), size: 32 * 1024 * 1024 }), { count: names.length });
  add('zip-sheet-declared-shorter-with-matching-crc', (e) => Object.assign(sheet(e), { size: cut.length, crc: crc32(cut) >>> 0 }));
  add('zip-sheet-declared-shorter-crc-0', (e) => Object.assign(sheet(e), { size: cut.length, crc: 0 }));
  add('zip-part-without-crc', (e) => Object.assign(sheet(e), { crc: 0 }));
  add('zip-duplicate-part-name', (e) => e.push({ name: sheetName, data: enc('<worksheet/>') }));
  add('zip-part-names-differ-in-case', (e) => e.push({ name: sheetName.toUpperCase(), data: enc('<worksheet/>') }));
  add('zip-central-record-twice', (e) => (sheet(e).centralTwice = true));
  add('zip-local-name-disagrees', (e) => (sheet(e).localName = sheetName.replace('sheet1', 'sheet9')));
  add('zip-local-size-disagrees', (e) => (sheet(e).localSize = 12));
  add('zip-local-method-disagrees', (e) => (sheet(e).localMethod = 0));
  add('zip-stream-bomb-declared-small', (e) => Object.assign(sheet(e), { rawCompressed: new Uint8Array(deflateRawSync(new Uint8Array(64 * 1024 * 1024))), size: full.length, crc: crc32(full) >>> 0 }));
  add('zip-encrypted-flag', (e) => (sheet(e).flags = 0x801));
  add('zip-cd-offset-wrong', () => {}, { cdOffset: 100 });
  return out;
}

/** Sheet and value classes, in small hand-written workbooks. */
function sheetCases(): { kind: string; bytes: Uint8Array; expect: 'refuse' | 'import' | 'warn' }[] {
  const book = (sheetData: string, after = '', more: { name: string; sheetData: string; state?: 'hidden' }[] = []) =>
    rawXlsx({ sheets: [{ name: 'Tiltak', sheetData, after }, ...more] });
  const good = rowXml(1, HEAD) + tiltakRows(20);
  const meta = (field: string, value: string, t = 'inlineStr') =>
    ({ name: 'Info', sheetData: rowXml(1, ['Felt', 'Verdi']) + `<row r="2"><c r="A2" t="inlineStr"><is><t>${field}</t></is></c><c r="B2" t="${t}">${t === 'inlineStr' ? `<is><t>${value}</t></is>` : `<v>${value}</v>`}</c></row>` });
  const opex = (value: string) => ({ name: 'DF', sheetData: rowXml(1, ['Løsning', 'Tiltak nr', '2024']) + `<row r="2"><c r="A2" t="inlineStr"><is><t>Kjernejournal</t></is></c><c r="B2" t="inlineStr"><is><t>1</t></is></c><c r="C2"><v>${value}</v></c></row>` });
  return [
    { kind: 'sheet-valid-20', bytes: book(good), expect: 'import' },
    { kind: 'cell-column-2-31', bytes: book(good + '<row r="30"><c r="FXSHRXX30"><v>1</v></c></row>'), expect: 'refuse' },
    { kind: 'cell-column-beyond-xfd', bytes: book(good + '<row r="30"><c r="XFE30"><v>1</v></c></row>'), expect: 'refuse' },
    { kind: 'row-beyond-1048576', bytes: book(good + '<row r="1048577"><c r="A1048577"><v>1</v></c></row>'), expect: 'refuse' },
    { kind: 'merge-reversed-whole-sheet', bytes: book(good, '<mergeCells><mergeCell ref="XFD1048576:A30"/></mergeCells>'), expect: 'warn' },
    // columns reversed: the area came out negative and passed the size check, then rows were filled one by one
    { kind: 'merge-reversed-columns', bytes: book(good.replace('<row r="1">', '<row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c>').replace(/(<row r="1">)(<c r="XFD1"[^]*?<\/c>)([^]*?)(<\/row>)/, '$1$3$2$4'), '<mergeCells><mergeCell ref="XFD1:A1048576"/></mergeCells>'), expect: 'warn' },
    { kind: 'merge-many-large', bytes: book(good, `<mergeCells>${Array.from({ length: 500 }, (_, i) => `<mergeCell ref="Z${100 + i * 100}:CV${199 + i * 100}"/>`).join('')}</mergeCells>`), expect: 'import' },
    { kind: 'junk-rows-300k', bytes: book(rowXml(1, HEAD) + Array.from({ length: 300_000 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>x</t></is></c><c r="D${i + 2}" t="inlineStr"><is><t>?</t></is></c></row>`).join('')), expect: 'refuse' },
    { kind: 'duplicate-cell-refs', bytes: book(good.replace('<c r="C2"', '<c r="C2" t="inlineStr"><is><t>Annet navn</t></is></c><c r="C2"')), expect: 'warn' },
    // the same row number twice, holding a second tiltak 1: read as two rows, so the duplicate number is an error
    { kind: 'duplicate-row-numbers', bytes: book(good + rowXml(2, tiltak(1))), expect: 'refuse' },
    { kind: 'tiltak-on-hidden-sheet', bytes: rawXlsx({ sheets: [{ name: 'Tiltak', sheetData: good, state: 'hidden' }] }), expect: 'warn' },
    { kind: 'sheet-names-differ-in-case', bytes: book(good, '', [{ name: 'TILTAK', sheetData: rowXml(1, ['x']) }]), expect: 'warn' },
    { kind: 'error-value-in-nr', bytes: book(good + `<row r="30"><c r="A30" t="e"><v>#REF!</v></c>${rowXml(30, tiltak(30)).slice('<row r="30">'.length).replace(/<c r="A30"[^]*?<\/c>/, '')}`), expect: 'refuse' },
    { kind: 'error-value-in-name', bytes: book(good.replace(/<c r="C5"[^]*?<\/c>/, '<c r="C5" t="e"><v>#N/A</v></c>')), expect: 'refuse' },
    { kind: 'period-9999-99', bytes: book(good, '', [meta('Periode', '9999-99')]), expect: 'refuse' },
    { kind: 'period-html-fragment', bytes: book(good, '', [meta('Periode', '&lt;b&gt;2022-09&lt;/b&gt;')]), expect: 'refuse' },
    { kind: 'period-date-cell-invalid', bytes: book(good, '', [meta('Periode', '9999-99-99', 'd')]), expect: 'refuse' },
    { kind: 'date-2022-13-45', bytes: book(good, '', [meta('Rapporteringsdato', '2022-13-45')]), expect: 'refuse' },
    { kind: 'money-1e308', bytes: book(good, '', [opex('1e308')]), expect: 'refuse' },
    { kind: 'money-1e20', bytes: book(good, '', [opex('1e20')]), expect: 'refuse' },
    { kind: 'money-plausible', bytes: book(good, '', [opex('40.7')]), expect: 'import' },
  ];
}

export function hostileCases(report: Uint8Array, caseJson: Uint8Array, estimates: Uint8Array | null): CorpusCase[] {
  const out: CorpusCase[] = [];
  for (const z of zipCases(report)) out.push({ id: `hostile/${z.kind}`, kind: z.kind, reader: 'report', files: [{ name: 'rapport.xlsx', bytes: z.bytes }], expect: z.expect });
  for (const s of sheetCases()) out.push({ id: `hostile/${s.kind}`, kind: s.kind, reader: 'report', files: [{ name: 'rapport.xlsx', bytes: s.bytes }], expect: s.expect });
  for (const c of hostileCsvFiles()) out.push({ id: `hostile/csv-${c.kind}`, kind: `csv-${c.kind}`, reader: 'report', files: [{ name: 'tiltak.csv', bytes: enc(c.text) }], expect: c.expect });
  const base = JSON.parse(new TextDecoder().decode(caseJson)) as Record<string, unknown>;
  for (const c of hostileCaseFiles(base)) out.push({ id: `hostile/case-${c.kind}`, kind: `case-${c.kind}`, reader: 'case-json', files: [{ name: 'sak.json', bytes: enc(c.text) }], expect: c.valid ? 'import' : 'refuse' });
  const estBook = (reserve: number) =>
    rawXlsx({
      sheets: [
        { name: 'Ramme', sheetData: rowXml(1, ['År', 'Ramme (MNOK)', 'Øremerket (MNOK)', 'Usikkerhetsavsetning (MNOK)']) + rowXml(2, [2024, 100, 10, reserve]) },
        { name: 'Estimater', sheetData: rowXml(1, ['Tjenesteområde', 'Aktør', 'År', 'Estimat (MNOK)']) + rowXml(2, ['PLL', 'NHN', 2024, 50]) },
      ],
    });
  out.push({ id: 'hostile/estimates-reserve-above-frame', kind: 'estimates-reserve-above-frame', reader: 'estimates', files: [{ name: 'estimater.xlsx', bytes: estBook(500) }], expect: 'refuse' });
  out.push({ id: 'hostile/estimates-reserve-within-frame', kind: 'estimates-reserve-within-frame', reader: 'estimates', files: [{ name: 'estimater.xlsx', bytes: estBook(5) }], expect: 'import' });
  out.push({ id: 'hostile/estimates-id-separators', kind: 'estimates-id-separators', reader: 'estimates', files: [{ name: 'estimater.xlsx', bytes: rawXlsx({ sheets: [
    { name: 'Ramme', sheetData: rowXml(1, ['År', 'Ramme (MNOK)']) + rowXml(2, [2024, 100]) },
    { name: 'Estimater', sheetData: rowXml(1, ['Tjenesteområde', 'Aktør', 'År', 'Estimat (MNOK)']) + rowXml(2, ['A|B', 'C', 2024, 5]) + rowXml(3, ['A', 'B|C', 2024, 6]) },
  ] }) }], expect: 'import' });
  if (estimates) {
    const parts = unzipSync(estimates);
    const names = Object.keys(parts);
    // the estimates sheet's reserve column set far above its frame
    const framePart = names.find((n) => /worksheets\/sheet1\.xml$/.test(n));
    if (framePart) {
      out.push({ id: 'hostile/estimates-rewritten', kind: 'estimates-rewritten', reader: 'estimates', files: [{ name: 'estimater.xlsx', bytes: rawZip(names.map((name) => ({ name, data: parts[name]! }))) }], expect: 'import' });
    }
  }
  return out;
}
