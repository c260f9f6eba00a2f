import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCaseFile } from '../../cli/commands/case.ts';
import { serializeCase } from '../../shared/budget/case-file.ts';
import { writeEstimatesWorkbook } from '../../shared/budget/workbook-template.ts';
import { adjust, alternative, budgetCase, frame, line } from '../helpers/budget-case.ts';

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
    expect(o.alternatives[0].years['2024']).toEqual({
      totalMNOK: 269.1, availableMNOK: 217.448, balanceMNOK: -51.652, fitsFrame: false,
      byActorMNOK: { 'Norsk helsenett SF': 199.7, Helsedirektoratet: 69.4 }, planned: true,
    });
    expect(o.alternatives[0].years['2025'].planned).toBe(false);
    expect(o.alternatives[2].years['2024']).toMatchObject({ totalMNOK: 217.448, availableMNOK: 217.448, balanceMNOK: 0, fitsFrame: true });
    expect(o.alternatives[3]).toMatchObject({ id: 'vedtatt-2024', role: 'followed' });
    expect(o.alternatives[3].years['2024'].byActorMNOK).toEqual({ 'Norsk helsenett SF': 171.9, Helsedirektoratet: 58 });
    expect(o.alternatives[0].years['2025'].byActorMNOK).toEqual({ 'Norsk helsenett SF': 0, Helsedirektoratet: 0 });
    expect(o.alternatives[0].followOnOpexMNOK['2025']).toBe(22);
    expect(o.alternatives[0].followOnOpexLevelMNOK).toEqual({ 2025: 22, 2026: 22, 2027: 22, 2028: 22, 2029: 22, 2030: 22 });
    expect(o.span).toEqual({ fromYear: 2024, toYear: 2029, framesMNOK: 1395.23, capMNOK: 1250 });
    expect(o.alternatives[0].span).toEqual({ plannedMNOK: 269.1, opexMNOK: 110, withinCap: true });
  });
  it('reads a two-actor, three-year case with ending D&F and no cap (span = the case’s years, withinCap null)', async () => {
    const c = budgetCase(
      [frame(2025, 100_000), frame(2026, 100_000), frame(2027, 100_000)],
      [
        line('a', 'nhn', 2025, 40_000, { followOnOpexKNok: 2_000 }),
        line('a', 'hdir', 2026, 30_000, { followOnOpexKNok: 1_000, followOnEndYear: 2027 }),
        line('b', 'nhn', 2027, 10_000, { followOnOpexKNok: 500 }),
      ],
      [alternative('kutt', [adjust('l-2025-a-nhn', { change: { kind: 'set', kNok: 20_000 } })])],
    );
    const file = join(dir, 'tre-ar.json');
    writeFileSync(file, serializeCase(c));
    const { code, output } = await evaluateCaseFile(file);
    expect(code).toBe(0);
    expect(output.span).toEqual({ fromYear: 2025, toYear: 2027, framesMNOK: 300, capMNOK: null });
    const [base, cut] = output.alternatives;
    expect(base!.years['2026']!.byActorMNOK).toEqual({ nhn: 0, hdir: 30 });
    expect(base!.followOnOpexLevelMNOK).toEqual({ 2026: 2, 2027: 3, 2028: 2.5 });
    expect(cut!.followOnOpexLevelMNOK).toEqual({ 2026: 1, 2027: 2, 2028: 1.5 });
    expect(base!.span).toEqual({ plannedMNOK: 80, opexMNOK: 5, withinCap: null });
  });
  it('exits 1 with errors for an invalid case and 2 for an unreadable file', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'helseportefolje.budsjettsak', schemaVersion: 2, id: 'x', title: 'x', years: [2024], frames: [], actors: [], areas: [], lines: [] }));
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
