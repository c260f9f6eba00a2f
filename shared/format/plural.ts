import { formatNumber } from './money.ts';

/**
 * A count with its noun in the right number, the count in nb-NO: "1 advarsel", "2 advarsler",
 * "20 000 tiltak". Norwegian uses the singular for exactly one only ("0 advarsler", "1,5 timer").
 */
export function countNoun(n: number, one: string, many: string): string {
  return `${formatNumber(n, 0)} ${n === 1 ? one : many}`;
}
