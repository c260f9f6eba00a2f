import { describe, expect, it } from 'vitest';
import { allocationTable, compareActors } from '../../../shared/budget/allocation.ts';
import { parseCaseObject, serializeCase } from '../../../shared/budget/case-file.ts';
import { compileCase, computeCase, opexLevelIn, periodLabel } from '../../../shared/budget/compute.ts';
import type { SetAside } from '../../../shared/budget/model.ts';
import { availabilityFormula } from '../../../shared/budget/set-asides.ts';
import { spanCheck } from '../../../shared/budget/span.ts';
import { addSetAside, addYearAt, copyYear, moveLineToYear, removeYearAt, updateSetAside } from '../../../shared/budget/year-edits.ts';
import { adjust, alternative, budgetCase, frame, line } from '../../helpers/budget-case.ts';

const NOW = '2026-02-01T00:00:00.000Z';
const sa = (id: string, kind: SetAside['kind'], amount: SetAside['amount']): SetAside => ({ id, kind, name: id, amount, source: { kind: 'bruker' } });

describe('set-asides', () => {
  it('works out earmarks first, then reserves of the chosen base, and says it in words', () => {
    const c = budgetCase(
      [
        frame(2024, 267_100, {
          setAsides: [
            sa('usikkerhet', 'reserve', { kind: 'percent', percent: 12, base: { kind: 'frameLessEarmarks' } }),
            sa('hto', 'earmark', { kind: 'fixed', kNok: 20_000 }),
          ],
        }),
      ],
      [line('a', 'nhn', 2024, 100_000), line('b', 'hdir', 2024, 50_000)],
    );
    const cc = compileCase(c);
    expect([cc.earmarked[0], cc.reserve[0], cc.available[0]]).toEqual([20_000, 29_652, 217_448]);
    expect(cc.availability[0]!.items.map((i) => [i.setAside.id, i.kNok, i.baseKNok])).toEqual([
      ['usikkerhet', 29_652, 247_100],
      ['hto', 20_000, null],
    ]);
    expect(availabilityFormula(cc.availability[0]!)).toBe('267,1 − 12 % av 247,1 − 20,0 øremerket = 217,4');
  });
  it('takes a percent of the frame, the estimates, or the estimates of chosen actors and areas', () => {
    const c = budgetCase(
      [
        frame(2024, 200_000, {
          setAsides: [
            sa('f', 'reserve', { kind: 'percent', percent: 10, base: { kind: 'frame' } }),
            sa('e', 'reserve', { kind: 'percent', percent: 10, base: { kind: 'estimates' } }),
            sa('n', 'reserve', { kind: 'percent', percent: 10, base: { kind: 'estimatesOf', actorIds: ['nhn'], areaIds: [] } }),
            sa('na', 'reserve', { kind: 'percent', percent: 10, base: { kind: 'estimatesOf', actorIds: ['nhn'], areaIds: ['b'] } }),
          ],
        }),
      ],
      [line('a', 'nhn', 2024, 100_000), line('b', 'nhn', 2024, 30_000), line('b', 'hdir', 2024, 50_000)],
    );
    const cc = compileCase(c);
    expect(cc.availability[0]!.items.map((i) => i.kNok)).toEqual([20_000, 18_000, 13_000, 3_000]);
    expect(cc.available[0]).toBe(200_000 - 54_000);
  });
  it('edits set-asides; a changed amount becomes the user’s', () => {
    let c = budgetCase([frame(2024, 100_000)], [line('a', 'k', 2024, 10)]);
    const added = addSetAside(c, 2024, 'reserve', NOW);
    c = updateSetAside(added.case, 2024, added.id, { amount: { kind: 'fixed', kNok: 5_000 } }, NOW);
    expect(c.frames[0]!.setAsides[0]).toMatchObject({ kind: 'reserve', amount: { kind: 'fixed', kNok: 5_000 }, source: { kind: 'bruker', note: 'Endret i appen' } });
    expect(compileCase(c).available[0]).toBe(95_000);
  });
});

describe('D&F that stays', () => {
  const c = budgetCase(
    [frame(2024, 1_000_000), frame(2025, 1_000_000), frame(2026, 1_000_000)],
    [
      line('a', 'k', 2024, 100_000, { followOnOpexKNok: 10_000 }),
      line('b', 'k', 2025, 50_000, { followOnOpexKNok: 4_000, followOnEndYear: 2026 }),
    ],
    [alternative('halv', [adjust('l-2024-a-k', { change: { kind: 'set', kNok: 50_000 } })])],
  );
  const cc = compileCase(c);
  const [base, half] = computeCase(c, cc);
  it('counts each increase from the year after its line, every later year, until its end year', () => {
    expect(cc.levelYears).toEqual([2025, 2026, 2027]);
    expect(Array.from(base!.opexLevel)).toEqual([10_000, 14_000, 10_000]);
    expect(opexLevelIn(cc, base!, 2024)).toBe(0);
  });
  it('scales the increase with the alternative’s amount', () => {
    expect(Array.from(half!.opexLevel)).toEqual([5_000, 9_000, 5_000]);
  });
});

describe('many years', () => {
  const c = budgetCase(
    [frame(2025, 100_000), frame(2026, 100_000)],
    [line('a', 'nhn', 2025, 40_000, { followOnOpexKNok: 1_000 }), line('a', 'hdir', 2025, 20_000)],
    [alternative('x', [adjust('l-2025-a-nhn', { change: { kind: 'cut', kNok: 5_000 } })])],
  );
  it('"Hele perioden" sums only planned years and says which are left out', () => {
    const cc = compileCase(c);
    const [base] = computeCase(c, cc);
    expect(base!.period).toMatchObject({ frameKNok: 100_000, totalKNok: 60_000, balanceKNok: 40_000 });
    expect(periodLabel(cc)).toBe('Hele perioden (2025) – 2026 har ingen estimater og er ikke med');
  });
  it('adds and removes years at either end; removing a year takes its lines and their changes', () => {
    const a = addYearAt(addYearAt(c, 'start', NOW), 'end', NOW);
    expect([...a.years].sort()).toEqual([2024, 2025, 2026, 2027]);
    expect(parseCaseObject(JSON.parse(serializeCase(a))).ok).toBe(true);
    const b = removeYearAt(removeYearAt(a, 'start', NOW), 'start', NOW);
    expect(b.years).toEqual([2026, 2027]);
    expect(b.lines).toEqual([]);
    expect(b.alternatives[0]!.adjustments).toEqual([]);
    expect(removeYearAt(removeYearAt(b, 'end', NOW), 'end', NOW).years).toEqual([2026]);
  });
  it('copies a year’s lines with a percent change, skipping cells that exist', () => {
    const r = copyYear(c, 2025, 2026, 10, NOW);
    expect([r.copied, r.skipped]).toEqual([2, 0]);
    const copied = r.case.lines.filter((l) => l.year === 2026);
    expect(copied.map((l) => [l.actorId, l.estimateKNok, l.followOnOpexKNok, l.source.note])).toEqual([
      ['nhn', 44_000, 1_100, 'Kopiert fra 2025 med 10 % endring'],
      ['hdir', 22_000, 0, 'Kopiert fra 2025 med 10 % endring'],
    ]);
    expect(copyYear(r.case, 2025, 2026, null, NOW)).toMatchObject({ copied: 0, skipped: 2 });
    expect(parseCaseObject(JSON.parse(serializeCase(r.case))).ok).toBe(true);
  });
  it('moves a line to another year unless that cell is taken', () => {
    const moved = moveLineToYear(c, 'l-2025-a-hdir', 2026, NOW)!;
    expect(moved.lines.find((l) => l.id === 'l-2025-a-hdir')!.year).toBe(2026);
    const copied = copyYear(c, 2025, 2026, null, NOW).case;
    expect(moveLineToYear(copied, 'l-2025-a-hdir', 2026, NOW)).toBeNull();
    expect(moveLineToYear(c, 'l-2025-a-hdir', 2030, NOW)).toBeNull();
  });
});

describe('per actor and the allocation table', () => {
  const c = budgetCase(
    [frame(2024, 300_000)],
    [line('pll', 'nhn', 2024, 67_700), line('pll', 'hdir', 2024, 35_300), line('md', 'nhn', 2024, 24_000)],
    [alternative('kutt', [adjust('l-2024-md-nhn', { change: { kind: 'set', kNok: 4_000 } })])],
  );
  const cc = compileCase(c);
  const results = computeCase(c, cc);
  it('shapes the table like the mandates’ table 2: rows areas, columns actors and sum', () => {
    const t = allocationTable(c, cc, results[1]!, { kind: 'year', year: 2024 });
    expect(t.actors.map((a) => a.id)).toEqual(['nhn', 'hdir']);
    expect(t.rows.map((r) => [r.areaId, ...r.cells, r.sumKNok])).toEqual([
      ['pll', 67_700, 35_300, 103_000],
      ['md', 4_000, 0, 4_000],
    ]);
    expect([...t.totals, t.totalKNok]).toEqual([71_700, 35_300, 107_000]);
  });
  it('compares actors with the difference to the baseline', () => {
    const a = compareActors(c, cc, results, { kind: 'period' });
    expect(a.amounts).toEqual([[91_700, 35_300], [71_700, 35_300]]);
    expect(a.deltas[1]).toEqual([-20_000, 0]);
  });
});

describe('styringsramme', () => {
  it('checks frames and each alternative’s planned spend plus lasting D&F over the span, with warnings', () => {
    const c = {
      ...budgetCase([frame(2024, 100_000), frame(2025, 100_000)], [line('a', 'k', 2024, 90_000, { followOnOpexKNok: 20_000 })]),
      cap: { fromYear: 2024, toYear: 2026, kNok: 150_000, includeOpex: true, source: { kind: 'dokument' as const, ref: 'x' } },
    };
    const cc = compileCase(c);
    const span = spanCheck(c, cc, computeCase(c, cc));
    expect(span.framesKNok).toBe(200_000);
    expect(span.yearsWithoutFrame).toEqual([2026]);
    expect(span.alternatives[0]).toMatchObject({ plannedKNok: 90_000, opexKNok: 40_000, countedKNok: 130_000, withinCap: true });
    expect(span.warnings).toHaveLength(2);
    const without = spanCheck({ cap: { ...c.cap, kNok: 120_000 } }, compileCase({ ...c, cap: { ...c.cap, kNok: 120_000 } }), computeCase(c, cc));
    expect(without.alternatives[0]!.withinCap).toBe(false);
    expect(spanCheck({ cap: null }, cc, computeCase(c, cc)).alternatives[0]!.withinCap).toBeNull();
  });
});

describe('case file version 2', () => {
  it('migrates a version 1 file: earmark and reserve become set-asides, also in named versions', () => {
    const v1Content = {
      title: 'Gammel',
      years: [2024],
      frames: [{ year: 2024, frameKNok: 267_100, earmarkedKNok: 20_000, reserve: { kind: 'percent', percent: 12 } }],
      actors: [{ id: 'nhn', name: 'NHN' }],
      areas: [{ id: 'a', name: 'A' }],
      lines: [{ id: 'l', areaId: 'a', actorId: 'nhn', year: 2024, estimateKNok: 269_100 }],
    };
    const r = parseCaseObject({ format: 'helseportefolje.budsjettsak', schemaVersion: 1, id: 'x', ...v1Content, versions: [{ id: 'v', name: 'v', createdAt: '', snapshot: v1Content }] });
    expect(r.issues).toEqual([]);
    expect(r.migratedFrom).toBe(1);
    const c = r.case!;
    expect(c.schemaVersion).toBe(2);
    expect(c.frames[0]!.setAsides.map((s) => [s.kind, s.amount])).toEqual([
      ['earmark', { kind: 'fixed', kNok: 20_000 }],
      ['reserve', { kind: 'percent', percent: 12, base: { kind: 'frameLessEarmarks' } }],
    ]);
    expect(compileCase(c).available[0]).toBe(217_448);
    expect(c.versions[0]!.snapshot.frames[0]!.setAsides).toHaveLength(2);
    expect([c.cap, c.allocations, c.lines[0]!.followOnEndYear]).toEqual([null, [], null]);
  });
  it('reports odd version 1 values with their path instead of guessing', () => {
    const r = parseCaseObject({ schemaVersion: 1, id: 'x', title: 't', years: [2024], frames: [{ year: 2024, frameKNok: 1, reserve: { kind: 'percent', percent: 'tolv' } }], actors: [], areas: [], lines: [] });
    expect(r.issues).toEqual([{ path: '$.frames[0].reserve', message: 'Ugyldig usikkerhetsavsetning: forventet prosent (0–100) eller fast beløp i hele kNOK.' }]);
  });
  it('rejects an earmark of the frame less earmarks, a D&F end year before the line, and a cap ending before it starts', () => {
    const c = budgetCase(
      [frame(2024, 100, { setAsides: [sa('e', 'earmark', { kind: 'percent', percent: 1, base: { kind: 'frameLessEarmarks' } })] })],
      [line('a', 'k', 2024, 10, { followOnEndYear: 2024 })],
    );
    const r = parseCaseObject(JSON.parse(serializeCase({ ...c, cap: { fromYear: 2025, toYear: 2024, kNok: 1, includeOpex: true, source: { kind: 'bruker' } } })));
    expect(r.issues.map((i) => i.path)).toEqual(['$.frames[0].setAsides[0].amount.base', '$.lines[0].followOnEndYear', '$.cap.toYear']);
  });
});
