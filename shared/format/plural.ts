import { formatNumber } from './money.ts';

/** A count in nb-NO, grouped as people read it: "20 000" (never "20000"), "1 234". */
export function formatCount(n: number): string {
  return formatNumber(n, 0);
}

/**
 * A count with its noun in the right number, the count in nb-NO: "1 advarsel", "2 advarsler",
 * "20 000 tiltak". Norwegian uses the singular for exactly one only ("0 advarsler", "1,5 timer").
 */
export function countNoun(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
