import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyChange, percentOf, proportionalFollowOn, reserveKNok, roundDiv } from '../../../shared/budget/arith.ts';

describe('exact kNOK arithmetic', () => {
  it('rounds ratios half away from zero', () => {
    expect(roundDiv(5, 2)).toBe(3);
    expect(roundDiv(-5, 2)).toBe(-3);
    expect(roundDiv(4, 3)).toBe(1);
    expect(roundDiv(7, -2)).toBe(-4);
  });
  it('takes percents with decimals exactly', () => {
    expect(percentOf(247_100, 12)).toBe(29_652);
    expect(percentOf(1_000, 12.5)).toBe(125);
    expect(percentOf(5, 10)).toBe(1); // 0.5 → 1
    expect(percentOf(15, 10)).toBe(2); // 1.5 → 2, where 0.1 × 15 in binary is 1.5000000000000002 or less
    expect(percentOf(1_005, 0.1)).toBe(1); // 1.005 → 1
    expect(percentOf(3_333_333_333_333, 33.333333)).toBe(1_111_111_100_000); // 1 111 111 099 999,99 (BigInt path)
  });
  it('matches an exact rational rounding for random inputs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000 }), (base, bp) => {
        const exact = (BigInt(base) * BigInt(bp) * 2n + 10_000n) / 20_000n; // half up for non-negative
        expect(percentOf(base, bp / 100)).toBe(Number(exact));
      }),
    );
  });
  it('computes the reserve from frame − earmarked, or takes a fixed amount', () => {
    expect(reserveKNok(267_100, 20_000, { kind: 'percent', percent: 12 })).toBe(29_652);
    expect(reserveKNok(267_100, 20_000, { kind: 'fixed', kNok: 5_000 })).toBe(5_000);
  });
  it('applies each kind of change, never below zero', () => {
    expect(applyChange(24_000, null)).toBe(24_000);
    expect(applyChange(24_000, { kind: 'set', kNok: 7_000 })).toBe(7_000);
    expect(applyChange(24_000, { kind: 'cut', kNok: 5_000 })).toBe(19_000);
    expect(applyChange(24_000, { kind: 'cut', kNok: 30_000 })).toBe(0);
    expect(applyChange(24_000, { kind: 'cutPercent', percent: 12.5 })).toBe(21_000);
    expect(applyChange(24_000, { kind: 'ambition', level: 'keepWarm', levels: { keepWarm: 3_000 } })).toBe(3_000);
    expect(applyChange(24_000, { kind: 'ambition', level: 'stop', levels: {} })).toBe(0);
    expect(applyChange(24_000, { kind: 'ambition', level: 'full', levels: {} })).toBe(24_000);
    expect(applyChange(24_000, { kind: 'ambition', level: 'reduced', levels: {} })).toBe(24_000);
  });
  it('scales follow-on D&F with the amount', () => {
    expect(proportionalFollowOn(13_000, 85_000, 85_000)).toBe(13_000);
    expect(proportionalFollowOn(13_000, 66_000, 85_000)).toBe(10_094); // 10 094,1
    expect(proportionalFollowOn(5_000, 0, 24_000)).toBe(0);
    expect(proportionalFollowOn(5_000, 2_700, 0)).toBe(0);
    expect(proportionalFollowOn(1, 1, 2)).toBe(1); // 0.5 → 1
  });
});
