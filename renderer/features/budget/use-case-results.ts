import { useMemo } from 'react';
import type { AlternativeResult, CompiledCase } from '../../../shared/budget/compute.ts';
import { compileCase, computeAlternative } from '../../../shared/budget/compute.ts';
import type { BudgetCase } from '../../../shared/budget/model.ts';
import { baselineAlternative } from '../../../shared/budget/model.ts';

/**
 * The compiled case and every alternative's figures. Compiling is redone only when the structure
 * or the estimates change; an edit to one alternative recomputes from the compiled arrays (well
 * under a millisecond for a real case, see bench/cases/budget.bench.ts).
 */
export function useCaseResults(c: BudgetCase): { cc: CompiledCase; results: AlternativeResult[] } {
  const { years, frames, areas, actors, lines, alternatives, cap } = c;
  const cc = useMemo(() => compileCase({ years, frames, areas, actors, lines, cap }), [years, frames, areas, actors, lines, cap]);
  const results = useMemo(
    () => [baselineAlternative(), ...alternatives].map((a) => computeAlternative(cc, a)),
    [cc, alternatives],
  );
  return { cc, results };
}
