import { describe, expect, it } from 'vitest';
import { importPortfolio } from '../../../shared/import/index.ts';
import { readSpreadsheet } from '../../../shared/spreadsheet/index.ts';
import { hostileCsvFiles } from '../../helpers/hostile-csv.ts';

const files = hostileCsvFiles();
const enc = (s: string) => new TextEncoder().encode(s);

describe('hostile CSV', () => {
  it.each(files.filter((f) => f.kind.startsWith('unclosed-quote')).map((f) => [f.kind, f.text] as const))('%s: refused, nothing read', (kind, text) => {
    // a final '"' closes the field, and the file then ends mid-record: refused as cut off
    const message = kind.endsWith('-quote') ? /^tiltak\.csv: filen ser ut til å være avkortet/ : /^tiltak\.csv: filen slutter inne i et felt i anførselstegn som begynner på linje 4;/;
    expect(() => readSpreadsheet(enc(text), 'tiltak.csv')).toThrow(message);
    expect(importPortfolio([{ name: 'tiltak.csv', bytes: enc(text) }]).report).toBeNull();
  });

  it('warns when a quoted field swallows what look like whole rows', () => {
    const f = files.find((x) => x.kind === 'quote-swallows-rows')!;
    const r = importPortfolio([{ name: 'tiltak.csv', bytes: enc(f.text) }]);
    expect(r.warnings).toContainEqual(expect.objectContaining({ row: 4, column: 'C', message: expect.stringMatching(/ser ut som hele rader/) }));
  });

  it('reads a plain multi-line field without a warning', () => {
    const f = files.find((x) => x.kind === 'multiline-field')!;
    const r = importPortfolio([{ name: 'tiltak.csv', bytes: enc(f.text) }]);
    expect(r.ok).toBe(true);
    expect(r.report!.initiatives).toHaveLength(10);
    expect(r.warnings.filter((w) => /hele rader/.test(w.message))).toEqual([]);
  });

  it('refuses a line with more columns than Excel allows', () => {
    const f = files.find((x) => x.kind === 'one-line-10mb-separators')!;
    expect(() => readSpreadsheet(enc(f.text), 'x.csv')).toThrow(/linje 1 har flere enn 16384 kolonner/);
  });

  it('undoubles quotes in one step', () => {
    const f = files.find((x) => x.kind === 'doubled-quotes-5mb')!;
    const wb = readSpreadsheet(enc(f.text), 'x.csv');
    expect((wb.sheets[0]!.rows[1]!.cells[2] as { value: string }).value).toBe('"'.repeat(2_500_000));
  });
});

describe('CSV size limits', () => {
  it('refuses more filled cells than the limit, without reading on', () => {
    const text = 'a;b;c;d;e\n'.repeat(1_000_001);
    expect(() => readSpreadsheet(enc(text), 'stor.csv')).toThrow(/^stor\.csv: filen har for mange rader eller celler/);
  });
});
