import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { balance } from '../../../shared/budget/balance.ts';
import type { BalanceMethod } from '../../../shared/budget/balance.ts';
import { compileCase, computeAlternative } from '../../../shared/budget/compute.ts';
import { baselineAlternative } from '../../../shared/budget/model.ts';
import { adjust, alternative, budgetCase, frame, line } from '../../helpers/budget-case.ts';

// available 2024: 100 000 − 0 − 0; lines sum 117 000 → 17 000 missing.
const gapCase = () =>
  budgetCase(
    [frame(2024, 100_000)],
    [line('pll', 'nhn', 2024, 60_000), line('jd', 'nhn', 2024, 33_000), line('md', 'nhn', 2024, 24_000)],
  );

function run(method: BalanceMethod, lineIds: string[], start = baselineAlternative(), c = gapCase()) {
  const cc = compileCase(c);
  const p = balance(c, cc, { alternative: start, lineIds, method });
  return { p, r: computeAlternative(cc, p.alternative), cc };
}

describe('balancing assistant', () => {
  it('cuts in proportion so the alternative fits exactly, with remainders handed out deterministically', () => {
    const { p, r } = run({ kind: 'proportional' }, ['l-2024-jd-nhn', 'l-2024-md-nhn']);
    expect(p.feasible).toBe(true);
    expect(r.balance[0]).toBe(0);
    // 17 000 × 33/57 = 9 842,1 and × 24/57 = 7 157,9 → 9 842 + 7 158.
    expect(p.cuts.map((x) => [x.lineId, x.cutKNok])).toEqual([
      ['l-2024-jd-nhn', 9_842],
      ['l-2024-md-nhn', 7_158],
    ]);
    expect(p.explanation).toBe(
      'Kuttet 17,0 MNOK i 2024: jd nhn −9,8 MNOK (−30 %), md nhn −7,2 MNOK (−30 %). Alternativet er nå innenfor rammen i 2024.',
    );
    expect(p.alternative.source.kind).toBe('bruker');
  });
  it('cuts by weights and by priority order', () => {
    const w = run({ kind: 'weights', weights: { 'l-2024-jd-nhn': 1, 'l-2024-md-nhn': 3 } }, ['l-2024-jd-nhn', 'l-2024-md-nhn']);
    expect(w.p.cuts.map((x) => x.cutKNok)).toEqual([4_250, 12_750]);
    const pr = run({ kind: 'priority', order: ['l-2024-md-nhn', 'l-2024-jd-nhn'] }, ['l-2024-jd-nhn', 'l-2024-md-nhn']);
    expect(pr.p.cuts.map((x) => [x.lineId, x.cutKNok])).toEqual([['l-2024-md-nhn', 17_000]]);
  });
  it('moves what a saturated line cannot take to the others', () => {
    const start = alternative('s', [adjust('l-2024-md-nhn', { minKNok: 20_000 })]);
    const { p, r } = run({ kind: 'proportional' }, ['l-2024-jd-nhn', 'l-2024-md-nhn'], start);
    expect(p.cuts.map((x) => [x.lineId, x.cutKNok])).toEqual([
      ['l-2024-jd-nhn', 13_000],
      ['l-2024-md-nhn', 4_000],
    ]);
    expect(r.balance[0]).toBe(0);
  });
  it('never touches a locked line and reports when it is impossible, and by how much', () => {
    const start = alternative('s', [adjust('l-2024-jd-nhn', { locked: true })]);
    const { p, r } = run({ kind: 'proportional' }, ['l-2024-jd-nhn', 'l-2024-md-nhn'], start);
    expect(p.cuts.map((x) => x.lineId)).toEqual(['l-2024-md-nhn']);
    expect(p.feasible).toBe(true);
    expect(r.balance[0]).toBe(0);
    const impossible = run({ kind: 'proportional' }, ['l-2024-md-nhn'], alternative('s', [adjust('l-2024-md-nhn', { minKNok: 10_000 })]));
    expect(impossible.p.feasible).toBe(false);
    expect(impossible.p.missingKNok).toBe(3_000);
    expect(impossible.r.amounts[2]).toBe(10_000);
    expect(impossible.p.explanation).toContain('det mangler fortsatt 3,0 MNOK');
  });
  it('says so when nothing is missing', () => {
    const c = budgetCase([frame(2024, 200_000)], [line('a', 'x', 2024, 1_000)]);
    const p = balance(c, compileCase(c), { alternative: baselineAlternative(), lineIds: ['l-2024-a-x'], method: { kind: 'proportional' } });
    expect(p.cuts).toEqual([]);
    expect(p.feasible).toBe(true);
    expect(p.explanation).toBe('Ingen år mangler penger: ingenting å kutte.');
  });
});

const arbBalance = fc.record({
  amounts: fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 2, maxLength: 12 }),
  frameKNok: fc.integer({ min: 0, max: 300_000 }),
  selected: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
  locked: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
  mins: fc.array(fc.option(fc.integer({ min: 0, max: 40_000 }), { nil: null }), { minLength: 12, maxLength: 12 }),
  weights: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 12, maxLength: 12 }),
  method: fc.constantFrom('proportional', 'weights', 'priority'),
});

describe('balancing never breaks a constraint (property)', () => {
  it('respects locks and minimums, cuts exactly min(shortfall, room), and fits when feasible', () => {
    fc.assert(
      fc.property(arbBalance, (g) => {
        const lines = g.amounts.map((a, i) => line(`a${i}`, 'k', 2024, a));
        const c = budgetCase([frame(2024, g.frameKNok, { reserve: { kind: 'percent', percent: 12 } })], lines);
        const cc = compileCase(c);
        const start = alternative(
          's',
          lines.map((l, i) => adjust(l.id, { locked: g.locked[i]!, minKNok: g.mins[i]! })),
        );
        const ids = lines.filter((_, i) => g.selected[i]).map((l) => l.id);
        const method: BalanceMethod =
          g.method === 'proportional'
            ? { kind: 'proportional' }
            : g.method === 'weights'
              ? { kind: 'weights', weights: Object.fromEntries(ids.map((id, i) => [id, g.weights[i]!])) }
              : { kind: 'priority', order: [...ids].reverse() };
        const before = computeAlternative(cc, start);
        const p = balance(c, cc, { alternative: start, lineIds: ids, method });
        const after = computeAlternative(cc, p.alternative);
        const shortfall = Math.max(0, -before.balance[0]!);
        let room = 0;
        lines.forEach((l, i) => {
          const was = before.amounts[i]!;
          const now = after.amounts[i]!;
          expect(Number.isInteger(now)).toBe(true);
          expect(now).toBeLessThanOrEqual(was);
          if (!g.selected[i] || g.locked[i]) expect(now).toBe(was);
          if (now < was) expect(now).toBeGreaterThanOrEqual(g.mins[i] ?? 0);
          if (g.selected[i] && !g.locked[i]) room += Math.max(0, was - (g.mins[i] ?? 0));
        });
        const cut = before.total[0]! - after.total[0]!;
        expect(cut).toBe(Math.min(shortfall, room));
        expect(p.feasible).toBe(room >= shortfall);
        if (p.feasible) expect(after.balance[0]).toBe(shortfall > 0 ? 0 : before.balance[0]);
        else expect(-after.balance[0]!).toBe(p.missingKNok);
      }),
      { numRuns: 400 },
    );
  });
});
