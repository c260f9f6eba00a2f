import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileCase, computeAlternative, computeCase, followOnSeries, lineOutcomes, yearSummaries } from '../../../shared/budget/compute.ts';
import { baselineAlternative } from '../../../shared/budget/model.ts';
import { adjust, alternative, budgetCase, frame, line } from '../../helpers/budget-case.ts';

const twoYears = () =>
  budgetCase(
    [frame(2024, 100_000, { earmarkedKNok: 10_000, reserve: { kind: 'percent', percent: 10 } }), frame(2025, 50_000)],
    [
      line('a', 'x', 2024, 40_000, { followOnOpexKNok: 4_000 }),
      line('a', 'y', 2024, 30_000),
      line('b', 'x', 2024, 20_000, { followOnOpexKNok: 1_000 }),
      line('b', 'x', 2025, 45_000, { followOnOpexKNok: 900 }),
    ],
    [
      alternative('cut', [
        adjust('l-2024-a-x', { change: { kind: 'cutPercent', percent: 25 } }),
        adjust('l-2024-b-x', { change: { kind: 'set', kNok: 5_000 }, followOnOverrideKNok: 2_500 }),
      ]),
    ],
  );

describe('computation per alternative and year', () => {
  it('computes reserve, available, total, balance and fits frame', () => {
    const c = twoYears();
    const cc = compileCase(c);
    const [base, cut] = computeCase(c, cc);
    const y = yearSummaries(cc, base!);
    expect(y[0]).toMatchObject({ reserveKNok: 9_000, availableKNok: 81_000, totalKNok: 90_000, balanceKNok: -9_000, fitsFrame: false });
    expect(y[1]).toMatchObject({ reserveKNok: 0, availableKNok: 50_000, totalKNok: 45_000, balanceKNok: 5_000, fitsFrame: true });
    expect(base!.fitsFrame).toBe(false);
    expect(base!.baseline).toBe(true);
    const z = yearSummaries(cc, cut!);
    expect(z[0]).toMatchObject({ totalKNok: 65_000, balanceKNok: 16_000 });
    expect(cut!.fitsFrame).toBe(true);
    expect(cut!.period).toEqual({ frameKNok: 150_000, availableKNok: 131_000, totalKNok: 110_000, balanceKNok: 21_000, followOnKNok: 3_000 + 2_500 + 900 });
  });
  it('totals by area and by actor', () => {
    const c = twoYears();
    const cc = compileCase(c);
    const r = computeAlternative(cc, baselineAlternative());
    const A = cc.areaIds.length;
    expect([r.byArea[0 * A + 0], r.byArea[0 * A + 1], r.byArea[1 * A + 1]]).toEqual([70_000, 20_000, 45_000]);
    const N = cc.actorIds.length;
    expect([r.byActor[0 * N + 0], r.byActor[0 * N + 1]]).toEqual([60_000, 30_000]);
  });
  it('reports the cut per line in kNOK and percent', () => {
    const c = twoYears();
    const cc = compileCase(c);
    const out = lineOutcomes(cc, computeCase(c, cc)[1]!);
    expect(out[0]).toMatchObject({ estimateKNok: 40_000, amountKNok: 30_000, deltaKNok: -10_000, deltaPercent: -25, followOnKNok: 3_000 });
    expect(out[2]).toMatchObject({ amountKNok: 5_000, deltaKNok: -15_000, deltaPercent: -75, followOnKNok: 2_500 });
    expect(out[1]).toMatchObject({ deltaKNok: 0, deltaPercent: 0 });
  });
  it('puts follow-on D&F in the year after, with the accumulated sum', () => {
    const c = twoYears();
    const cc = compileCase(c);
    expect(followOnSeries(cc, computeCase(c, cc)[0]!)).toEqual([
      { year: 2025, kNok: 5_000, accumulatedKNok: 5_000 },
      { year: 2026, kNok: 900, accumulatedKNok: 5_900 },
    ]);
  });
  it('leaves lines that name an unknown year out of every sum', () => {
    const c = twoYears();
    c.lines.push(line('a', 'x', 2031, 1_000));
    const cc = compileCase(c);
    expect(computeCase(c, cc)[0]!.period.totalKNok).toBe(135_000);
  });
});

const arbCase = fc
  .record({
    years: fc.integer({ min: 1, max: 4 }),
    areas: fc.integer({ min: 1, max: 4 }),
    actors: fc.integer({ min: 1, max: 3 }),
    amounts: fc.array(fc.integer({ min: 0, max: 200_000 }), { minLength: 48, maxLength: 48 }),
    cuts: fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), { minLength: 48, maxLength: 48 }),
  })
  .map(({ years, areas, actors, amounts, cuts }) => {
    const lines = [];
    let i = 0;
    for (let y = 0; y < years; y++)
      for (let a = 0; a < areas; a++)
        for (let k = 0; k < actors; k++) lines.push(line(`a${a}`, `k${k}`, 2024 + y, amounts[i++]!, { followOnOpexKNok: amounts[(i * 7) % 48]! % 9_000 }));
    const adjustments = lines.flatMap((l, j) => (cuts[j] === undefined ? [] : [adjust(l.id, { change: { kind: 'cutPercent', percent: cuts[j]! } })]));
    const frames = Array.from({ length: years }, (_, y) => frame(2024 + y, 500_000, { reserve: { kind: 'percent', percent: 12 } }));
    return budgetCase(frames, lines, [alternative('alt', adjustments)]);
  });

describe('sums agree whichever way they are grouped (property)', () => {
  it('lines = by area = by actor = total, per year and for the period', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const cc = compileCase(c);
        for (const r of computeCase(c, cc)) {
          const A = cc.areaIds.length;
          const N = cc.actorIds.length;
          let period = 0;
          cc.years.forEach((_, y) => {
            const lines = Array.from(r.amounts).filter((_, i) => cc.lineYear[i] === y).reduce((s, v) => s + v, 0);
            const byArea = Array.from(r.byArea.subarray(y * A, (y + 1) * A)).reduce((s, v) => s + v, 0);
            const byActor = Array.from(r.byActor.subarray(y * N, (y + 1) * N)).reduce((s, v) => s + v, 0);
            expect(byArea).toBe(lines);
            expect(byActor).toBe(lines);
            expect(r.total[y]).toBe(lines);
            expect(r.balance[y]).toBe(cc.available[y]! - lines);
            period += lines;
          });
          expect(r.period.totalKNok).toBe(period);
          expect(r.fitsFrame).toBe(Array.from(r.balance).every((b) => b >= 0));
          expect(Array.from(r.amounts).every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
