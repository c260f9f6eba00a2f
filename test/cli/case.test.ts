import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCaseFile } from '../../cli/commands/case.ts';
import { writeEstimatesWorkbook } from '../../shared/budget/workbook-template.ts';

const root = join(import.meta.dirname, '..', '..');
const example = join(root, 'assets', 'examples', 'nuit-43-23-sak.json');
const dir = mkdtempSync(join(tmpdir(), 'case-cli-'));

describe('cli case', () => {
  it('prints the alternatives of the example with per-year figures and follow-on D&F (real process)', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'cli', 'index.ts'), 'case', example, '--json'], { cwd: root, encoding: 'utf8' });
    const o = JSON.parse(out);
    expect(o.ok).toBe(true);
    expect(o.errors).toEqual([]);
    expect(o.alternatives.map((a: { name: string; baseline: boolean; recommended: boolean }) => [a.baseline, a.recommended])).toEqual([
      [true, false], [false, false], [false, true], [false, false],
    ]);
    expect(o.alternatives[0].years['2024']).toEqual({ totalMNOK: 269.1, availableMNOK: 217.448, balanceMNOK: -51.652, fitsFrame: false });
    expect(o.alternatives[2].years['2024']).toEqual({ totalMNOK: 217.448, availableMNOK: 217.448, balanceMNOK: 0, fitsFrame: true });
    expect(o.alternatives[0].followOnOpexMNOK['2025']).toBe(22);
  });
  it('exits 1 with errors for an invalid case and 2 for an unreadable file', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'helseportefolje.budsjettsak', schemaVersion: 1, id: 'x', title: 'x', years: [2024], frames: [], actors: [], areas: [], lines: [] }));
    const r1 = await evaluateCaseFile(bad);
    expect(r1.code).toBe(1);
    expect(r1.output.errors).toEqual([{ sheet: null, row: null, column: '$.years[0]', message: 'År 2024 har ingen ramme.' }]);
    const garbage = join(dir, 'garbage.json');
    writeFileSync(garbage, '{ not json');
    expect((await evaluateCaseFile(garbage)).code).toBe(2);
    expect((await evaluateCaseFile(join(dir, 'missing.json'))).code).toBe(2);
    const pdf = join(dir, 'x.xlsx');
    writeFileSync(pdf, '%PDF-1.4 binary\u0000\u0001');
    expect((await evaluateCaseFile(pdf)).code).toBe(2);
  });
  it('reads an estimates workbook; an empty template is invalid with the sheet named', async () => {
    const tpl = join(dir, 'mal.xlsx');
    writeFileSync(tpl, await writeEstimatesWorkbook(null));
    const r = await evaluateCaseFile(tpl);
    expect(r.code).toBe(1);
    expect(r.output.errors).toEqual([{ sheet: 'Ramme', row: null, column: null, message: 'Tabellen Ramme har ingen år.' }]);
    const res = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'cli', 'index.ts'), 'case', tpl, '--json'], { cwd: root, encoding: 'utf8' });
    expect(res.status).toBe(1);
  });
});
