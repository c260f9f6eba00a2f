/**
 * Malformed and unusual .xlsx files, derived from a real workbook by changing its zip entries or
 * its bytes. Deterministic: the same seed bytes always give the same corpus.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { CorpusCase } from './corpus-types.ts';

/** A small deterministic PRNG (mulberry32) so the corpus is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Entries = Record<string, Uint8Array>;

const rezip = (entries: Entries) => zipSync(entries, { level: 6 });

function withEntry(seed: Entries, name: string, edit: (xml: string) => string): Uint8Array {
  const copy: Entries = { ...seed };
  copy[name] = strToU8(edit(strFromU8(seed[name] ?? new Uint8Array())));
  return rezip(copy);
}

function firstDataSheet(seed: Entries): string {
  // The largest sheet holds the tiltak table; mutations there reach the row readers.
  return Object.keys(seed)
    .filter((n) => /worksheets\/sheet\d+\.xml$/.test(n))
    .sort((a, b) => seed[b]!.length - seed[a]!.length)[0]!;
}

export function xlsxCases(label: string, bytes: Uint8Array, seedNumber: number): CorpusCase[] {
  const seed = unzipSync(bytes);
  const sheet = firstDataSheet(seed);
  const name = `${label}.xlsx`;
  const out: CorpusCase[] = [];
  const add = (kind: string, b: Uint8Array, fileName = name) => out.push({ id: `${label}/${kind}`, kind, reader: 'report', files: [{ name: fileName, bytes: b }] });
  const rnd = prng(seedNumber);

  // The seed itself must import.
  out.push({ id: `${label}/original`, kind: 'original', reader: 'report', files: [{ name, bytes }], mustImport: true });

  // Truncated at 24 points across the file (the central directory is at the end).
  for (let i = 1; i <= 24; i++) add(`truncated-${i}`, bytes.subarray(0, Math.floor((bytes.length * i) / 25)));
  add('truncated-last-byte', bytes.subarray(0, bytes.length - 1));

  // Bit flips: 1–16 random bits anywhere in the file.
  for (let i = 0; i < 40; i++) {
    const b = bytes.slice();
    const flips = 1 + Math.floor(rnd() * 16);
    for (let k = 0; k < flips; k++) b[Math.floor(rnd() * b.length)]! ^= 1 << Math.floor(rnd() * 8);
    add(`bitflip-${i}`, b);
  }
  // Bit flips inside the (uncompressed) XML, re-zipped: reaches the XML scanner, not just unzip.
  for (let i = 0; i < 25; i++) {
    const xml = seed[sheet]!.slice();
    for (let k = 0; k < 1 + Math.floor(rnd() * 6); k++) xml[Math.floor(rnd() * xml.length)]! ^= 1 << Math.floor(rnd() * 8);
    add(`xml-bitflip-${i}`, rezip({ ...seed, [sheet]: xml }));
  }

  // Missing parts.
  for (const part of ['xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', '[Content_Types].xml', 'xl/_rels/workbook.xml.rels', '_rels/.rels', sheet]) {
    const copy = { ...seed };
    delete copy[part];
    add(`missing-${part.replace(/[^a-z0-9]+/gi, '-')}`, rezip(copy));
  }
  add('only-content-types', rezip({ '[Content_Types].xml': seed['[Content_Types].xml']! }));
  add('empty-zip', rezip({}));

  // Broken XML.
  const broken: Record<string, (x: string) => string> = {
    'cut-mid-tag': (x) => x.slice(0, Math.floor(x.length / 2)),
    'unclosed-rows': (x) => x.replace(/<\/row>/g, ''),
    'garbage-inserted': (x) => x.replace('<sheetData>', '<sheetData><<<&&&>>></c></v><row r=">'),
    'cdata-and-comments': (x) => x.replace(/<v>/g, '<v><!-- x --><![CDATA[').replace(/<\/v>/g, ']]></v>'),
    'deep-nesting': (x) => x.replace('<sheetData>', `<sheetData>${'<a>'.repeat(50_000)}${'</a>'.repeat(50_000)}`),
    'billion-laughs': (x) =>
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>${x.replace(/^<\?xml[^>]*\?>/, '').replace(/<v>[^<]*<\/v>/, '<v>&lol3;</v>')}`,
    'external-entity': (x) => `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${x.replace(/^<\?xml[^>]*\?>/, '').replace(/<v>[^<]*<\/v>/, '<v>&xxe;</v>')}`,
    'huge-attribute': (x) => x.replace('<row ', `<row x="${'A'.repeat(2_000_000)}" `),
    'numeric-entities': (x) => x.replace(/<v>(\d+)<\/v>/g, '<v>&#x110000;&#0;&#xD800;$1</v>'),
    'utf16-declared-utf8': (x) => x,
    'latin1-bytes': (x) => x,
    'no-sheetdata': (x) => x.replace(/<sheetData>[\s\S]*<\/sheetData>/, ''),
    'empty-document': () => '',
    'not-xml': () => 'PK\u0003\u0004 this is not xml at all \u0000\u0001',
  };
  for (const [kind, edit] of Object.entries(broken)) {
    if (kind === 'utf16-declared-utf8') {
      const x = strFromU8(seed[sheet]!);
      const u16 = new Uint8Array(x.length * 2);
      for (let i = 0; i < x.length; i++) u16[i * 2] = x.charCodeAt(i) & 0xff;
      add(`xml-${kind}`, rezip({ ...seed, [sheet]: u16 }));
    } else if (kind === 'latin1-bytes') {
      const ss = strFromU8(seed['xl/sharedStrings.xml']!);
      add(`xml-${kind}`, rezip({ ...seed, 'xl/sharedStrings.xml': Uint8Array.from(ss, (c) => c.charCodeAt(0) & 0xff) }));
    } else add(`xml-${kind}`, withEntry(seed, sheet, edit));
  }
  add('workbook-xml-broken', withEntry(seed, 'xl/workbook.xml', (x) => x.slice(0, 120)));
  add('sharedstrings-broken', withEntry(seed, 'xl/sharedStrings.xml', (x) => x.replace(/<\/si>/g, '<si>')));
  add('styles-broken', withEntry(seed, 'xl/styles.xml', (x) => x.replace(/numFmtId="\d+"/g, 'numFmtId="-99999999999"')));

  // Bad shared-string indexes.
  for (const [kind, v] of Object.entries({ negative: '-1', huge: '999999999', text: 'abc', float: '1.5', exp: '1e308', nan: 'NaN', empty: '' })) {
    add(`sst-index-${kind}`, withEntry(seed, sheet, (x) => x.replace(/(<c [^>]*t="s"[^>]*><v>)\d+(<\/v>)/g, `$1${v}$2`)));
  }
  add('sst-index-one-off', withEntry(seed, sheet, (x) => x.replace(/(<c [^>]*t="s"[^>]*><v>)(\d+)(<\/v>)/g, (_m, a: string, n: string, b: string) => `${a}${Number(n) + 100000}${b}`)));

  // Dangerous names: prototype keys as entry names, sheet names and header cells.
  for (const evil of ['__proto__', 'constructor', 'prototype', 'hasOwnProperty']) {
    add(`entry-name-${evil}`, storedZip([...Object.entries(seed), [evil, strToU8('<x/>')], [`xl/worksheets/${evil}.xml`, strToU8('<worksheet/>')]]));
    add(`sheet-name-${evil}`, withEntry(seed, 'xl/workbook.xml', (x) => x.replace(/name="[^"]+"/, `name="${evil}"`)));
    add(`shared-string-${evil}`, withEntry(seed, 'xl/sharedStrings.xml', (x) => x.replace(/<t([^>]*)>[^<]*<\/t>/g, `<t$1>${evil}</t>`)));
  }
  add('entry-name-traversal', storedZip([...Object.entries(seed), ['../../../../etc/passwd', strToU8('x')], ['C:\\Windows\\evil.xml', strToU8('x')]]));
  add('entry-name-duplicate', storedZip([...Object.entries(seed), [sheet, strToU8('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>')]]));
  add('rels-target-traversal', withEntry(seed, 'xl/_rels/workbook.xml.rels', (x) => x.replace(/Target="[^"]+"/, 'Target="../../../../../../etc/passwd"')));
  add('rels-target-external', withEntry(seed, 'xl/_rels/workbook.xml.rels', (x) => x.replace(/Target="[^"]+"/, 'Target="https://evil.example/x.xml"')));

  // Huge dimensions and addresses.
  const refs: Record<string, string> = { 'max-excel': 'XFD1048576', 'beyond-excel': 'XFE1048577', 'absurd-col': 'ZZZZZZZZ1', 'absurd-row': 'A99999999999', 'no-row': 'A', 'lowercase': 'a1', 'negative': 'A-5' };
  for (const [kind, ref] of Object.entries(refs)) {
    add(`cell-ref-${kind}`, withEntry(seed, sheet, (x) => x.replace(/<c r="[A-Z]+\d+"/, `<c r="${ref}"`)));
  }
  add('row-number-2e31', withEntry(seed, sheet, (x) => x.replace(/<row r="\d+"/, '<row r="2147483648"')));
  add('row-numbers-descending', withEntry(seed, sheet, (x) => x.replace(/<row r="(\d+)"/g, (_m, n: string) => `<row r="${100000 - Number(n)}"`)));
  add('dimension-huge', withEntry(seed, sheet, (x) => x.replace('<sheetData>', '<dimension ref="A1:XFD1048576"/><sheetData>')));
  add('merge-huge', withEntry(seed, sheet, (x) => x.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')));
  add('merge-inverted', withEntry(seed, sheet, (x) => x.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="Z9:A1"/></mergeCells>')));
  add('many-columns', withEntry(seed, sheet, (x) => x.replace(/<\/row>/, `${Array.from({ length: 16384 }, (_v, i) => `<c r="${colName(i)}2"><v>${i}</v></c>`).join('')}</row>`)));
  add('numbers-extreme', withEntry(seed, sheet, (x) => x.replace(/<v>(\d+)<\/v>/g, (_m, n: string) => `<v>${Number(n) % 3 === 0 ? '1e309' : Number(n) % 3 === 1 ? '-0' : '9007199254740993'}</v>`)));
  add('dates-extreme', withEntry(seed, sheet, (x) => x.replace(/<c ([^>]*)s="(\d+)"([^>]*)><v>\d+<\/v>/g, '<c $1s="$2"$3><v>-1e12</v>')));

  // Decompression bombs: a real one (64 MB of zeros) and ones whose headers lie about sizes.
  const zeros = new Uint8Array(64 * 1024 * 1024);
  add('bomb-64mb-sheet', zipSync({ ...seed, [sheet]: zeros }, { level: 9 }));
  // Many entries each just under the ratio floor, together far beyond the total limit (sizes declared in the headers).
  add('bomb-many-entries', patchCentralSizes(zipSync({ ...seed, ...Object.fromEntries(Array.from({ length: 200 }, (_v, i) => [`xl/worksheets/sheet${i + 10}.xml`, new Uint8Array(1000)])) }), (i) => (i < 11 ? 5000 : 4 * 1024 * 1024 - 1)));
  add('lying-size-small', patchCentralSizes(rezip(seed), () => 10));
  add('lying-size-huge', patchCentralSizes(rezip(seed), () => 0xfffffff0));
  add('stored-method-unknown', patchMethods(rezip(seed), 99));
  return out;
}

function colName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Rewrites the uncompressed-size field of every central-directory entry. */
function patchCentralSizes(zip: Uint8Array, size: (i: number) => number): Uint8Array {
  const b = zip.slice();
  const v = new DataView(b.buffer);
  let n = 0;
  for (let i = 0; i + 46 <= b.length; i++) {
    if (v.getUint32(i, true) === 0x02014b50) v.setUint32(i + 24, size(n++), true);
  }
  return b;
}

/** Sets the compression method of every local and central header. */
function patchMethods(zip: Uint8Array, method: number): Uint8Array {
  const b = zip.slice();
  const v = new DataView(b.buffer);
  for (let i = 0; i + 30 <= b.length; i++) {
    const sig = v.getUint32(i, true);
    if (sig === 0x04034b50) v.setUint16(i + 8, method, true);
    else if (sig === 0x02014b50) v.setUint16(i + 10, method, true);
  }
  return b;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A minimal zip writer (stored entries): unlike fflate's zipSync it takes entries as a list, so
 * names such as "__proto__" or duplicates can be written exactly as an attacker would.
 */
export function storedZip(entries: readonly (readonly [string, Uint8Array])[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = strToU8(name);
    const crc = crc32(data);
    const local = new Uint8Array(30 + nameBytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const cen = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(cen.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    cen.set(nameBytes, 46);
    parts.push(local, data);
    central.push(cen);
    offset += local.length + data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of all) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}
