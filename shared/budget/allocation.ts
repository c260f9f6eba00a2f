/**
 * Tables per actor: the allocation table shaped like the mandates' table 2 (rows tjenesteområde,
 * columns actors and sum) for one alternative, and the per-actor comparison of alternatives with
 * the difference to the first (the baseline). A scope is one year or the planned years.
 */
import type { KNok } from '../format/index.ts';
import type { AlternativeResult, CompiledCase } from './compute.ts';
import type { BudgetCaseContent } from './model.ts';

/** One year, or every planned year summed. */
export type ActorScope = { kind: 'year'; year: number } | { kind: 'period' };

export interface AllocationTable {
  /** Actor names as the case shows them, then "Sum". */
  actors: { id: string; name: string; shortName: string }[];
  rows: { areaId: string; areaName: string; cells: KNok[]; sumKNok: KNok }[];
  /** Column sums (per actor) and the grand total. */
  totals: KNok[];
  totalKNok: KNok;
}

function yearFilter(cc: CompiledCase, scope: ActorScope): (y: number) => boolean {
  if (scope.kind === 'period') return (y) => cc.planned[y] === 1;
  const yi = cc.years.indexOf(scope.year);
  return (y) => y === yi;
}

/**
 * The allocation of one alternative: area × actor amounts. Areas and actors without any line in
 * scope are left out (the mandates' table lists only what is funded).
 */
export function allocationTable(c: Pick<BudgetCaseContent, 'areas' | 'actors'>, cc: CompiledCase, r: AlternativeResult, scope: ActorScope): AllocationTable {
  const A = cc.areaIds.length;
  const N = cc.actorIds.length;
  const inScope = yearFilter(cc, scope);
  const sums = new Float64Array(A * N);
  const areaSeen = new Uint8Array(A);
  const actorSeen = new Uint8Array(N);
  for (let i = 0; i < cc.lineIds.length; i++) {
    const y = cc.lineYear[i]!;
    const a = cc.lineArea[i]!;
    const k = cc.lineActor[i]!;
    if (y < 0 || a < 0 || k < 0 || !inScope(y)) continue;
    sums[a * N + k] = sums[a * N + k]! + r.amounts[i]!;
    areaSeen[a] = 1;
    actorSeen[k] = 1;
  }
  const actorIdx = cc.actorIds.map((_, k) => k).filter((k) => actorSeen[k]);
  const rows = c.areas
    .map((area, a) => ({ area, a }))
    .filter(({ a }) => areaSeen[a])
    .map(({ area, a }) => {
      const cells = actorIdx.map((k) => sums[a * N + k]!);
      return { areaId: area.id, areaName: area.name, cells, sumKNok: cells.reduce((s, v) => s + v, 0) };
    });
  const totals = actorIdx.map((_, j) => rows.reduce((s, row) => s + row.cells[j]!, 0));
  return {
    actors: actorIdx.map((k) => ({ id: c.actors[k]!.id, name: c.actors[k]!.name, shortName: c.actors[k]!.shortName || c.actors[k]!.name })),
    rows,
    totals,
    totalKNok: totals.reduce((s, v) => s + v, 0),
  };
}

/** Per actor, per alternative: amount and difference to the first alternative. */
export interface ActorComparison {
  actors: { id: string; name: string; shortName: string }[];
  /** [alternative][actor]. */
  amounts: KNok[][];
  /** [alternative][actor]: amount − the first alternative's amount. */
  deltas: KNok[][];
}

/** Per-actor sums of the given results in scope; the first result is the reference. */
export function compareActors(c: Pick<BudgetCaseContent, 'actors'>, cc: CompiledCase, results: readonly AlternativeResult[], scope: ActorScope): ActorComparison {
  const N = cc.actorIds.length;
  const inScope = yearFilter(cc, scope);
  const amounts = results.map((r) => {
    const out = new Array<number>(N).fill(0);
    for (let y = 0; y < cc.years.length; y++) {
      if (!inScope(y)) continue;
      for (let k = 0; k < N; k++) out[k] = out[k]! + r.byActor[y * N + k]!;
    }
    return out;
  });
  const ref = amounts[0] ?? new Array<number>(N).fill(0);
  return {
    actors: c.actors.map((a) => ({ id: a.id, name: a.name, shortName: a.shortName || a.name })),
    amounts,
    deltas: amounts.map((row) => row.map((v, k) => v - ref[k]!)),
  };
}
