/**
 * Property tests for the red team's classes (fixed seeds, so a failure reproduces): any change to
 * any ZIP header field, any misplaced quote in a CSV, any odd type in a case file gives the whole
 * report, a clear refusal, or (for CSV) a warning, never a silently shorter import.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../shared/budget/case-file.ts';
import { importPortfolio } from '../../shared/import/index.ts';
import { rowXml } from '../helpers/raw-xlsx.ts';
import { rawZip, workbookEntries } from '../helpers/raw-zip.ts';
import type { RawZipEntry } from '../helpers/raw-zip.ts';
import { tenTiltak } from '../helpers/hostile-csv.ts';
import { isClearMessage } from './harness.ts';

const HEAD = ['Nr', 'Aktør', 'Tiltaksnavn', 'Segment', 'Fase', 'Er prosjektet aktivt?', 'Status', 'Risiko', 'Innsatsområde'];
const rows = [rowXml(1, HEAD), ...Array.from({ length: 30 }, (_, i) => rowXml(i + 2, [String(i + 1), 'Helse Vest', `Tiltak ${i + 1}`, 'Samstyre', 'Gjennomføre', 'Ja', 'Grønn', 'Grønn', '1.1']))].join('');
const enc = (s: string) => new TextEncoder().encode(s);

function outcome(bytes: Uint8Array, name: string): { rows: number; warnings: number } | 'refused' {
  const r = importPortfolio([{ name, bytes }]);
  if (r.ok && r.report) return { rows: r.report.initiatives.length, warnings: r.warnings.length };
  for (const e of r.errors) expect(isClearMessage(e.message), e.message).toBe(true);
  return 'refused';
}

describe('hostile archives, property', () => {
  it('changing any header field of any entry never gives a shorter report', () => {
    const field = fc.constantFrom<keyof RawZipEntry>('crc', 'size', 'compressedSize', 'localCrc', 'localSize', 'localCompressedSize', 'localMethod', 'method', 'flags');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), field, fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 0xffffffff }), fc.integer({ min: 0, max: 70_000 })), fc.option(fc.integer({ min: 0, max: 8 })), (entry, key, value, count) => {
        const e = workbookEntries(rows);
        (e[entry] as unknown as Record<string, number>)[key] = key.toLowerCase().includes('method') || key === 'flags' ? value & 0xffff : value;
        const bytes = rawZip(e, count === null ? {} : { count });
        const o = outcome(bytes, 'x.xlsx');
        if (o !== 'refused') expect(o.rows).toBe(30);
      }),
      { numRuns: 200, seed: 14 },
    );
  });
});

describe('hostile CSV, property', () => {
  it('a quote inserted anywhere gives all ten tiltak, a warning, or a refusal', () => {
    const text = tenTiltak().join('\r\n') + '\r\n';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length }), fc.constantFrom('"', '""', '"\n'), (at, q) => {
        const o = outcome(enc(text.slice(0, at) + q + text.slice(at)), 'tiltak.csv');
        if (o !== 'refused' && o.rows < 10) expect(o.warnings, `kvote ved ${at}`).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});

describe('hostile case files, property', () => {
  it('any JSON value in any top-level field is read or refused in Norwegian, never thrown', () => {
    const key = fc.constantFrom('format', 'schemaVersion', 'id', 'title', 'years', 'frames', 'actors', 'areas', 'lines', 'alternatives', 'notes', 'versions', 'meta');
    fc.assert(
      fc.property(key, fc.jsonValue({ maxDepth: 3 }), fc.boolean(), (k, v, poison) => {
        const value = poison && typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v, toString: 1, valueOf: 1 } : v;
        const r = parseCaseFile(JSON.stringify({ format: 'helseportefolje.budsjettsak', schemaVersion: 1, id: 'x', title: 'x', years: [2024], frames: [{ year: 2024, frameKNok: 1 }], actors: [], areas: [], lines: [], [k]: value }));
        for (const i of r.issues) expect(isClearMessage(`sak.json: ${i.path}: ${i.message}`), i.message).toBe(true);
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});
