// Hostile CSV files (issue #14, items 1 and 2): each a class that once imported partly without a word
// or took gigabytes. Built from a valid tiltak CSV so the rest of the file is realistic.
import { TILTAK_HEADER } from './portfolio-builders.ts';

export interface HostileCsv {
  kind: string;
  text: string;
  /** What a correct reader does with it. */
  expect: 'refuse' | 'warn' | 'import';
}

const row = (i: number) => `${i};Helse Vest;Tiltak ${i};Samstyre;Gjennomføre;Ja;Grønn;Grønn;1.1`;

/** Ten tiltak, `;`-separated, CRLF. */
export function tenTiltak(): string[] {
  return [TILTAK_HEADER, ...Array.from({ length: 10 }, (_, i) => row(i + 1))];
}

export function hostileCsvFiles(): HostileCsv[] {
  const out: HostileCsv[] = [];
  const lines = tenTiltak();
  // A quote opened in the third tiltak and never closed, whatever the file's last character.
  const open = [...lines];
  open[3] = open[3]!.replace('Tiltak 3', '"Tiltak 3');
  for (const [name, ending] of [['lf', '\n'], ['crlf', '\r\n'], ['quote', '"'], ['separator', ';'], ['text', ''], ['blank', ' \n\n']] as const) {
    out.push({ kind: `unclosed-quote-ends-${name}`, text: open.join('\r\n') + ending, expect: 'refuse' });
  }
  // The same with the quote in the last column, so the row is otherwise whole (once read as 3 of 10 tiltak).
  const openLast = [...lines];
  openLast[3] = openLast[3]!.replace(/;1\.1$/, ';"1.1');
  for (const [name, ending] of [['lf', '\n'], ['crlf', '\r\n'], ['text', '']] as const) {
    out.push({ kind: `unclosed-quote-last-column-ends-${name}`, text: openLast.join('\r\n') + ending, expect: 'refuse' });
  }
  // A quote closed much later: rows 4–9 swallowed into one field.
  const swallowed = [...lines];
  swallowed[3] = swallowed[3]!.replace('Tiltak 3', '"Tiltak 3');
  swallowed[9] = swallowed[9]!.replace('Tiltak 9', 'Tiltak 9"');
  out.push({ kind: 'quote-swallows-rows', text: swallowed.join('\r\n') + '\r\n', expect: 'warn' });
  // A legitimate multi-line field (no separators inside): imports without a warning.
  const multi = [...lines];
  multi[2] = multi[2]!.replace('Tiltak 2', '"Tiltak 2\nandre linje"');
  out.push({ kind: 'multiline-field', text: multi.join('\r\n') + '\r\n', expect: 'import' });
  // Size classes: a 10 MB single line of separators, a field of 5 MB of doubled quotes, 1 M junk rows.
  out.push({ kind: 'one-line-10mb-separators', text: ';'.repeat(10 * 1024 * 1024), expect: 'refuse' });
  out.push({ kind: 'doubled-quotes-5mb', text: `${TILTAK_HEADER}\r\n1;Helse Vest;"${'""'.repeat(2_500_000)}";Samstyre;Gjennomføre;Ja;Grønn;Grønn;1.1\r\n`, expect: 'import' });
  out.push({ kind: 'junk-rows-1m', text: `${TILTAK_HEADER}\r\n` + 'x;y;z\r\n'.repeat(1_000_000), expect: 'refuse' });
  out.push({ kind: 'control-chars-in-names', text: lines.join('\r\n').replace('Tiltak 1', 'Tiltak\u001b[2J\u2028 1') + '\r\n', expect: 'import' });
  return out;
}
