/**
 * Property tests over the readers and the case-file/budget boundary. The other engineers' tests
 * already cover arithmetic, balancing, case computation and the canonical workbook round trip;
 * these cover what arbitrary (hostile) input may do: never anything but a result or a clear refusal.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCaseFile, serializeCase } from '../../shared/budget/case-file.ts';
import { computeCase } from '../../shared/budget/compute.ts';
import { formatIssue, importPortfolio } from '../../shared/import/index.ts';
import { readSpreadsheet, UnreadableFileError } from '../../shared/spreadsheet/index.ts';
import { rawXlsx, rowXml } from '../helpers/raw-xlsx.ts';
import { isClearMessage } from './harness.ts';

const RUNS = { numRuns: 150 };

function readOrRefuse(bytes: Uint8Array, name: string): 'read' | 'refused' {
  try {
    readSpreadsheet(bytes, name);
    return 'read';
  } catch (e) {
    if (e instanceof UnreadableFileError && isClearMessage(e.message) && e.message.startsWith(name)) return 'refused';
    throw e;
  }
}

describe('readers on arbitrary bytes', () => {
  it('any bytes, with or without a zip or compound-file signature, are read or refused with a clear message', () => {
    const prefix = fc.constantFrom(
      new Uint8Array(),
      new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
      new Uint8Array([0x50, 0x4b, 0x05, 0x06]),
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      new Uint8Array([0xef, 0xbb, 0xbf]),
      new Uint8Array([0xff, 0xfe]),
    );
    fc.assert(
      fc.property(prefix, fc.uint8Array({ maxLength: 3000 }), fc.constantFrom('f.xlsx', 'f.csv', 'f.xls', 'f'), (p, rest, name) => {
        const bytes = new Uint8Array([...p, ...rest]);
        expect(['read', 'refused']).toContain(readOrRefuse(bytes, name));
      }),
      RUNS,
    );
  });

  it('CSV text of any shape gives ascending positive row numbers and no empty cells', () => {
    const piece = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(';', ',', '\t', '"', '""', '\r\n', '\n', '\r', ' ', 'æøå', '1,5', '__proto__'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
        const text = `${parts.join('')}\n`;
        let wb;
        try {
          wb = readSpreadsheet(new TextEncoder().encode(text), 'data.csv');
        } catch (e) {
          expect(e).toBeInstanceOf(UnreadableFileError);
          return;
        }
        const rows = wb.sheets[0]!.rows;
        rows.forEach((r, i) => {
          expect(Number.isInteger(r.row) && r.row > 0).toBe(true);
          if (i > 0) expect(r.row).toBeGreaterThan(rows[i - 1]!.row);
          for (const c of r.cells) if (c) expect(c.kind === 'string' && c.value === '').toBe(false);
        });
      }),
      RUNS,
    );
  });

  it('a workbook of random cells under report headers is imported or refused, with located Norwegian messages', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 10 }),
      fc.double({ noNaN: false }),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.constantFrom('Grønn', 'Gul', 'Rød', 'Aktiv', 'Konsept', '1.1', '40,7', '', '__proto__', 'constructor', '#N/A'),
      fc.constant(null),
    );
    const header = ['Nr', 'Tiltaksnavn', 'Aktør', 'Segment', 'Fase', 'Aktiv', 'Status', 'Risiko', 'Innsatsområde'];
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 9, maxLength: 9 }), { maxLength: 25 }), (rows) => {
        const sheetData = [rowXml(1, header), ...rows.map((r, i) => rowXml(i + 2, r.map((v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))))].join('');
        const bytes = rawXlsx({ sheets: [{ name: 'Tiltak', sheetData }] });
        const r = importPortfolio([{ name: 'tilfeldig.xlsx', bytes }]);
        if (r.ok) {
          expect(r.report).not.toBeNull();
          expect(r.errors).toEqual([]);
        } else {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const issue of r.errors) {
            const text = formatIssue(issue);
            expect(text.startsWith('tilfeldig.xlsx'), text).toBe(true);
            expect(isClearMessage(text), text).toBe(true);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('case files on arbitrary JSON', () => {
  const example = readFileSync('assets/examples/nuit-43-23-sak.json', 'utf8');
  const parsed = parseCaseFile(example);

  it('any JSON value is accepted as a valid case or refused with Norwegian messages naming a JSON path', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const r = parseCaseFile(JSON.stringify(value));
        if (!r.ok) {
          expect(r.issues.length).toBeGreaterThan(0);
          for (const i of r.issues) {
            expect(i.path.startsWith('$')).toBe(true);
            expect(isClearMessage(i.message), i.message).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('the example case with one field replaced by arbitrary JSON never throws, and what it accepts computes', () => {
    expect(parsed.ok).toBe(true);
    const base = JSON.parse(example) as Record<string, unknown>;
    const keys = Object.keys(base);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }), (key, value) => {
        const r = parseCaseFile(JSON.stringify({ ...base, [key]: value }));
        if (r.ok) {
          expect(() => computeCase(r.case)).not.toThrow();
          expect(parseCaseFile(serializeCase(r.case)).ok).toBe(true);
        } else for (const i of r.issues) expect(isClearMessage(i.message), i.message).toBe(true);
      }),
      RUNS,
    );
  });
});
