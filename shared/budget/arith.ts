/**
 * Exact integer arithmetic for budget figures. Amounts are whole kNOK; percents may carry decimals,
 * so they are scaled to integers (micro-percent) and ratios are rounded half away from zero without
 * going through binary fractions that could tip a .5 either way.
 */
import type { KNok } from '../format/index.ts';
import type { AmountChange, Reserve } from './model.ts';

const MICRO = 1_000_000;

/** A percent (possibly with decimals) as integer micro-percent; 12.5 → 12 500 000. */
export function percentToMicro(percent: number): number {
  return Math.round(percent * MICRO);
}

/** round(n / d) half away from zero, exact for integers |n| < 2^53 and d ≠ 0. */
export function roundDiv(n: number, d: number): number {
  if (d < 0) {
    n = -n;
    d = -d;
  }
  const neg = n < 0;
  const a = neg ? -n : n;
  let q = Math.floor(a / d);
  let r = a - q * d;
  // Floating division can land one off near integers: repair with the exact remainder.
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  if (2 * r >= d) q += 1;
  return neg ? -q : q;
}

/** round(base × percent / 100) to whole kNOK, exact (BigInt when the product could exceed 2^53). */
export function percentOf(base: KNok, percent: number): KNok {
  const micro = percentToMicro(percent);
  const denom = 100 * MICRO;
  const product = base * micro;
  if (Math.abs(product) < Number.MAX_SAFE_INTEGER) return roundDiv(product, denom);
  const n = BigInt(base) * BigInt(micro);
  const d = BigInt(denom);
  const neg = n < 0n;
  const a = neg ? -n : n;
  let q = a / d;
  if (2n * (a % d) >= d) q += 1n;
  return Number(neg ? -q : q);
}

/** The reserve of a year: a percent of (frame − earmarked), or the fixed amount. */
export function reserveKNok(frameKNok: KNok, earmarkedKNok: KNok, reserve: Reserve): KNok {
  return reserve.kind === 'fixed' ? reserve.kNok : percentOf(frameKNok - earmarkedKNok, reserve.percent);
}

/** The amount a change gives a line with this estimate; never below 0. */
export function applyChange(estimateKNok: KNok, change: AmountChange | null): KNok {
  if (!change) return estimateKNok;
  let v: number;
  switch (change.kind) {
    case 'set':
      v = change.kNok;
      break;
    case 'cut':
      v = estimateKNok - change.kNok;
      break;
    case 'cutPercent':
      v = estimateKNok - percentOf(estimateKNok, change.percent);
      break;
    case 'ambition': {
      const given = change.levels[change.level];
      v = given ?? (change.level === 'stop' ? 0 : estimateKNok);
      break;
    }
  }
  return v < 0 ? 0 : v;
}

/** Follow-on D&F for an amount: round(followOn × amount / estimate); 0 when the estimate is 0. */
export function proportionalFollowOn(followOnKNok: KNok, amountKNok: KNok, estimateKNok: KNok): KNok {
  if (estimateKNok === 0 || followOnKNok === 0) return 0;
  if (amountKNok === estimateKNok) return followOnKNok;
  const product = followOnKNok * amountKNok;
  if (Math.abs(product) < Number.MAX_SAFE_INTEGER) return roundDiv(product, estimateKNok);
  const n = BigInt(followOnKNok) * BigInt(amountKNok);
  const d = BigInt(estimateKNok);
  let q = n / d;
  if (2n * (n % d) >= d) q += 1n;
  return Number(q);
}

/** Change in percent of a baseline, to one decimal; null when the baseline is 0. */
export function percentChange(baseline: KNok, value: KNok): number | null {
  if (baseline === 0) return null;
  return Math.round(((value - baseline) / baseline) * 1000) / 10;
}
