import { describe, expect, it } from 'vitest';
import { generateCorpus } from './corpus.ts';
import { isClearMessage, runCorpus, summarize } from './harness.ts';

describe('robustness corpus', () => {
  it('imports or clearly refuses every one of 300+ malformed inputs: no crash, hang, partial import or memory blow-up', async () => {
    const cases = await generateCorpus();
    expect(cases.length).toBeGreaterThanOrEqual(300);
    const kinds = cases.map((c) => c.kind).join(' ');
    for (const needed of [
      'truncated', 'bitflip', 'missing-', 'xml-cut-mid-tag', 'xml-billion-laughs', 'sst-index-', '__proto__', 'cell-ref-absurd',
      'dimension-huge', 'bomb-64mb', 'lying-size', 'utf16', 'latin1', 'empty', 'png-as-xlsx', 'legacy-xls', 'password-protected',
    ]) {
      expect(kinds, needed).toContain(needed);
    }
    const results = await runCorpus(cases);
    const f = summarize(cases, results);
    expect(f.problems).toEqual([]);
    expect({
      crashes: f.crashes, hangs: f.hangs, outOfMemory: f.outOfMemory, partial: f.partialImports, unclear: f.unclearMessages,
      wrongAcceptances: f.wrongAcceptances, validRefused: f.validRefused, missingWarnings: f.missingWarnings,
    }).toEqual({ crashes: 0, hangs: 0, outOfMemory: 0, partial: 0, unclear: 0, wrongAcceptances: 0, validRefused: 0, missingWarnings: 0 });
    // every class of issue #14 is in the corpus
    for (const needed of ['zip-zip64', 'zip-total-count-0', 'zip-hidden-sixth', 'zip-part-without-crc', 'zip-duplicate', 'zip-part-names-differ-in-case', 'zip-local-', 'cell-column-2-31', 'row-beyond', 'merge-reversed', 'junk-rows', 'duplicate-cell-refs', 'hidden-sheet', 'sheet-names-differ', 'error-value', 'period-', 'date-2022-13-45', 'money-1e308', 'csv-unclosed-quote', 'csv-quote-swallows', 'case-format-object', 'case-frames-300000', 'case-line-id-with-pipe', 'estimates-reserve-above-frame']) {
      expect(kinds, needed).toContain(needed);
    }
    expect(f.seedsNotImported).toBe(0);
    expect(f.imported + f.refused).toBe(cases.length);
    // The named dangerous inputs must be refused, not imported.
    const refused = (id: string) => results.find((r) => r.id === id)?.outcome.status;
    for (const id of ['filtype/password-protected', 'filtype/legacy-xls', 'filtype/png-as-xlsx', 'filtype/empty', 'portefolje-2022-09/bomb-64mb-sheet', 'portefolje-2022-09/lying-size-small']) {
      expect(refused(id), id).toBe('refused');
    }
  }, 300_000);

  it('tells a clear Norwegian message from a leaked internal error', () => {
    expect(isClearMessage('rapport.xlsx: filen er skadet eller avkortet (zip-arkivet kan ikke leses).')).toBe(true);
    expect(isClearMessage("TypeError: Cannot read properties of undefined (reading 'row')")).toBe(false);
    expect(isClearMessage('rapport.xlsx, ark Tiltak, rad NaN: Mangler tiltaksnummer.')).toBe(false);
    expect(isClearMessage('rapport.xlsx, ark Tiltak, rad 2, kolonne H (Risiko): Ukjent verdi «NaN».')).toBe(true);
    expect(isClearMessage('Filen er ikke gyldig JSON: Unexpected token } in JSON at position 5')).toBe(false);
    expect(isClearMessage('')).toBe(false);
  });
});
