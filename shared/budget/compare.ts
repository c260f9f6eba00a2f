/**
 * The comparison model: 2–4 alternatives side by side, per service area × actor, for one year or
 * the whole period. The first alternative is the reference for deltas (usually the baseline).
 */
import type { KNok } from '../format/index.ts';
import { percentChange } from './arith.ts';
import type { AlternativeResult, CompiledCase } from './compute.ts';
import type { BudgetCaseContent } from './model.ts';
import { allAlternatives } from './model.ts';

/** One year, or every planned year (with estimates) of the case summed. */
export type CompareScope = { kind: 'year'; year: number } | { kind: 'period' };

export interface CompareCell {
  amountKNok: KNok;
  /** Against the first alternative. */
  deltaKNok: KNok;
  deltaPercent: number | null;
}

export interface CompareRow {
  kind: 'line' | 'areaTotal';
  areaId: string;
  areaName: string;
  /** Null for an area total. */
  actorId: string | null;
  actorName: string | null;
  cells: CompareCell[];
  /** True when any alternative's amount differs from the first's. */
  differs: boolean;
}

export interface CompareColumn {
  alternativeId: string;
  name: string;
  baseline: boolean;
  recommended: boolean;
  description: string;
  consequences: string[];
  totalKNok: KNok;
  availableKNok: KNok;
  balanceKNok: KNok;
  /** In scope: the year, or every year of the case. */
  fitsFrame: boolean;
  /** Follow-on D&F by the year it arises, and accumulated. */
  followOn: { year: number; kNok: KNok; accumulatedKNok: KNok }[];
}

export interface Comparison {
  scope: CompareScope;
  columns: CompareColumn[];
  rows: CompareRow[];
  /** Total row (cells like a line row). */
  total: CompareRow;
  /** Years of the case, for the follow-on chart. */
  years: number[];
}

function cell(amount: number, ref: number): CompareCell {
  return { amountKNok: amount, deltaKNok: amount - ref, deltaPercent: percentChange(ref, amount) };
}

/** Builds the comparison of the given results (the first is the reference). Pure. */
export function compareAlternatives(
  c: BudgetCaseContent,
  cc: CompiledCase,
  results: AlternativeResult[],
  scope: CompareScope,
): Comparison {
  const Y = cc.years.length;
  const A = cc.areaIds.length;
  const N = cc.actorIds.length;
  const yIdx = scope.kind === 'year' ? cc.years.indexOf(scope.year) : -1;
  // "Hele perioden" covers the planned years only: frames of years nobody estimated are not money left over.
  const inScope = (y: number) => (scope.kind === 'period' ? cc.planned[y] === 1 : y === yIdx);
  const alts = new Map(allAlternatives(c).map((a) => [a.id, a]));

  // Sum per area × actor from the lines (an alternative's by-area and by-actor arrays are 1-D).
  const present = new Uint8Array(A * N);
  const sums = results.map(() => new Float64Array(A * N));
  for (let i = 0; i < cc.lineIds.length; i++) {
    const y = cc.lineYear[i]!;
    const a = cc.lineArea[i]!;
    const k = cc.lineActor[i]!;
    if (y < 0 || a < 0 || k < 0 || !inScope(y)) continue;
    present[a * N + k] = 1;
    results.forEach((r, j) => {
      sums[j]![a * N + k] = sums[j]![a * N + k]! + r.amounts[i]!;
    });
  }
  const rows: CompareRow[] = [];
  for (let a = 0; a < A; a++) {
    const area = c.areas[a]!;
    const areaSums = results.map(() => 0);
    let anyActor = false;
    for (let k = 0; k < N; k++) {
      if (!present[a * N + k]) continue;
      anyActor = true;
      const amounts = sums.map((s) => s[a * N + k]!);
      amounts.forEach((v, j) => (areaSums[j]! += v));
      const ref = amounts[0] ?? 0;
      rows.push({
        kind: 'line',
        areaId: area.id,
        areaName: area.name,
        actorId: c.actors[k]!.id,
        actorName: c.actors[k]!.name,
        cells: amounts.map((v) => cell(v, ref)),
        differs: amounts.some((v) => v !== ref),
      });
    }
    if (!anyActor) continue;
    const ref = areaSums[0] ?? 0;
    rows.push({
      kind: 'areaTotal',
      areaId: area.id,
      areaName: area.name,
      actorId: null,
      actorName: null,
      cells: areaSums.map((v) => cell(v, ref)),
      differs: areaSums.some((v) => v !== ref),
    });
  }

  const columns: CompareColumn[] = results.map((r) => {
    let total = 0, available = 0, fits = true;
    for (let y = 0; y < Y; y++) {
      if (!inScope(y)) continue;
      total += r.total[y]!;
      available += cc.available[y]!;
      if (r.balance[y]! < 0) fits = false;
    }
    let acc = 0;
    const followOn = cc.years.map((year, y) => {
      acc += r.followOnByYear[y]!;
      return { year: year + 1, kNok: r.followOnByYear[y]!, accumulatedKNok: acc };
    });
    const alt = alts.get(r.alternativeId);
    return {
      alternativeId: r.alternativeId,
      name: r.name,
      baseline: r.baseline,
      recommended: r.recommended,
      description: alt?.description ?? '',
      consequences: alt?.consequences ?? [],
      totalKNok: total,
      availableKNok: available,
      balanceKNok: available - total,
      fitsFrame: fits,
      followOn,
    };
  });
  const totals = columns.map((col) => col.totalKNok);
  const refTotal = totals[0] ?? 0;
  const total: CompareRow = {
    kind: 'areaTotal',
    areaId: '',
    areaName: 'Sum',
    actorId: null,
    actorName: null,
    cells: totals.map((v) => cell(v, refTotal)),
    differs: totals.some((v) => v !== refTotal),
  };
  return { scope, columns, rows, total, years: cc.years };
}
