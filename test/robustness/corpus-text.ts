/** Malformed CSV, JSON and non-spreadsheet inputs, and the budget estimates workbook's mutations. */
import type { CorpusCase } from './corpus-types.ts';
import { prng } from './corpus-xlsx.ts';

const enc = (s: string) => new TextEncoder().encode(s);

function cfb(streamName: string): Uint8Array {
  // A compound-file header followed by a directory sector naming one stream in UTF-16LE.
  const b = new Uint8Array(2048);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 0; i < streamName.length; i++) b[512 + i * 2] = streamName.charCodeAt(i);
  return b;
}

export function fileTypeCases(): CorpusCase[] {
  const out: CorpusCase[] = [];
  const add = (kind: string, name: string, bytes: Uint8Array) => out.push({ id: `filtype/${kind}`, kind, reader: 'report', files: [{ name, bytes }] });
  add('empty', 'tom.xlsx', new Uint8Array());
  add('empty-csv', 'tom.csv', new Uint8Array());
  add('one-byte', 'a.xlsx', new Uint8Array([0x50]));
  add('only-bom', 'bom.csv', new Uint8Array([0xef, 0xbb, 0xbf]));
  add('only-whitespace', 'blank.csv', enc(' \r\n\t\r\n   \n'));
  add('only-pk', 'pk.xlsx', enc('PK'));
  add('png-as-xlsx', 'bilde.xlsx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]));
  add('jpeg-as-xlsx', 'foto.xlsx', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]));
  add('gif-as-xlsx', 'anim.xlsx', enc('GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;'));
  add('pdf-as-xlsx', 'rapport.xlsx', enc('%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'));
  add('pdf-as-csv', 'rapport.csv', enc('%PDF-1.4\n\u0000\u0001binary'));
  add('html-as-xlsx', 'side.xlsx', enc('<!doctype html><html><body><table><tr><td>Nr</td></tr></table><script>alert(1)</script></body></html>'));
  add('exe-as-xlsx', 'program.xlsx', new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]));
  add('gzip-as-xlsx', 'arkiv.xlsx', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
  add('legacy-xls', 'gammel.xls', cfb('Workbook'));
  add('legacy-xls-named-xlsx', 'gammel.xlsx', cfb('Book'));
  add('password-protected', 'hemmelig.xlsx', cfb('EncryptedPackage'));
  add('password-protected-csv-name', 'hemmelig.csv', cfb('EncryptedPackage'));
  add('ods-zip', 'regneark.xlsx', (() => {
    const b = enc('PK\u0003\u0004mimetypeapplication/vnd.oasis.opendocument.spreadsheet');
    return b;
  })());
  return out;
}

export function csvCases(seedCsv: Uint8Array, seedNumber: number): CorpusCase[] {
  const out: CorpusCase[] = [];
  const add = (kind: string, bytes: Uint8Array, name = 'tiltak.csv') => out.push({ id: `csv/${kind}`, kind, reader: 'report', files: [{ name, bytes }] });
  out.push({ id: 'csv/original', kind: 'original', reader: 'report', files: [{ name: 'tiltak.csv', bytes: seedCsv }], mustImport: true });
  const text = new TextDecoder().decode(seedCsv).replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  const rnd = prng(seedNumber);
  for (let i = 1; i <= 12; i++) {
    const cut = Math.floor((seedCsv.length * i) / 13);
    add(`truncated-${i}`, seedCsv.subarray(0, cut));
    if (seedCsv[cut] === 0x0d || seedCsv[cut] === 0x0a) out[out.length - 1]!.cutAtRecordBoundary = true;
  }
  for (let i = 0; i < 15; i++) {
    const b = seedCsv.slice();
    for (let k = 0; k < 1 + Math.floor(rnd() * 8); k++) b[Math.floor(rnd() * b.length)]! ^= 1 << Math.floor(rnd() * 8);
    add(`bitflip-${i}`, b);
  }
  const header = lines[0] ?? '';
  const variants: Record<string, string> = {
    'header-only': header,
    'unbalanced-quote': `${header}\n"1;Åpen sitering;uten slutt\n2;x;y`,
    'quote-storm': `${header}\n${'"'.repeat(100_000)}`,
    'nul-bytes': text.replace(/;/g, ';\u0000'),
    'cr-only': lines.join('\r'),
    'mixed-separators': lines.map((l, i) => (i % 2 ? l.replace(/;/g, ',') : l.replace(/;/g, '\t'))).join('\n'),
    'ten-thousand-columns': `${header}${';x'.repeat(10_000)}\n${lines.slice(1).join('\n')}`,
    'one-long-line': `${header}\n${'A'.repeat(1_000_000)}`,
    'many-empty-lines': `${header}\n${'\n'.repeat(200_000)}${lines.slice(1).join('\n')}`,
    'formula-injection': lines.map((l, i) => (i === 0 ? l : l.replace(/^[^;]*;/, '$&=cmd|\'/C calc\'!A0;@SUM(1);+1;-1;'))).join('\n'),
    'proto-headers': `__proto__;constructor;prototype;hasOwnProperty;toString\n1;2;3;4;5`,
    'proto-header-in-table': `${header.replace(/^[^;]*/, '__proto__')}\n${lines.slice(1).join('\n')}`,
    'numbers-extreme': lines.map((l, i) => (i === 0 ? l : l.replace(/\d+(,\d+)?/g, (m) => (m.length % 2 ? '1e309' : '-0,0000000000000000001')))).join('\n'),
    'duplicate-headers': `${header};${header}\n${lines.slice(1).join('\n')}`,
  };
  for (const [kind, t] of Object.entries(variants)) add(kind, enc(t));
  // Wrong encodings.
  add('utf16be-no-bom', Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])));
  add('utf16le-no-bom', Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])));
  add('utf32le-bom', Uint8Array.from([0xff, 0xfe, 0, 0, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8, 0, 0])]));
  add('invalid-utf8', Uint8Array.from([...seedCsv.subarray(0, 200), 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, ...seedCsv.subarray(200)]));
  add('latin1', Uint8Array.from(text, (c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
  add('utf8-bom-twice', enc(`\uFEFF\uFEFF${text}`));
  add('ebcdic-like', Uint8Array.from(text, (c) => (c.charCodeAt(0) + 0x40) & 0xff));
  add('csv-named-xlsx', seedCsv, 'tiltak.xlsx');
  return out;
}

export function caseJsonCases(seedJson: Uint8Array, seedNumber: number): CorpusCase[] {
  const out: CorpusCase[] = [];
  const add = (kind: string, bytes: Uint8Array) => out.push({ id: `sak-json/${kind}`, kind, reader: 'case-json', files: [{ name: 'sak.json', bytes }] });
  out.push({ id: 'sak-json/original', kind: 'original', reader: 'case-json', files: [{ name: 'sak.json', bytes: seedJson }], mustImport: true });
  const text = new TextDecoder().decode(seedJson);
  const rnd = prng(seedNumber);
  for (let i = 1; i <= 12; i++) add(`truncated-${i}`, seedJson.subarray(0, Math.floor((seedJson.length * i) / 13)));
  for (let i = 0; i < 15; i++) {
    const b = seedJson.slice();
    for (let k = 0; k < 1 + Math.floor(rnd() * 4); k++) b[Math.floor(rnd() * b.length)]! ^= 1 << Math.floor(rnd() * 8);
    add(`bitflip-${i}`, b);
  }
  const variants: Record<string, string> = {
    empty: '',
    null: 'null',
    array: '[]',
    number: '42',
    'deep-array': `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    'deep-object': `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`,
    'proto-pollution': text.replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},'),
    'format-wrong': text.replace(/"format"\s*:\s*"[^"]*"/, '"format":"noe-annet"'),
    'version-future': text.replace(/"(formatVersion|version)"\s*:\s*\d+/, '"$1":999'),
    'version-string': text.replace(/"(formatVersion|version)"\s*:\s*\d+/, '"$1":"1"'),
    'numbers-huge': text.replace(/(":\s*)(\d{3,})/g, '$11e400'),
    'numbers-negative': text.replace(/(":\s*)(\d{3,})/g, '$1-$2'),
    'numbers-float': text.replace(/(":\s*)(\d{3,})/g, '$1$2.5'),
    'strings-huge': text.replace(/"(title|tittel)"\s*:\s*"[^"]*"/, `"$1":"${'x'.repeat(5_000_000)}"`),
    'lines-10000': text.replace(/"lines"\s*:\s*\[/, `"lines":[${Array.from({ length: 10_000 }, () => '{}').join(',')},`),
    'bom-and-garbage': `\uFEFF${text}\u0000garbage`,
    'utf16': text,
  };
  for (const [kind, t] of Object.entries(variants)) {
    if (kind === 'utf16') add(kind, Uint8Array.from([0xff, 0xfe, ...[...t].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]));
    else add(kind, enc(t));
  }
  return out;
}
