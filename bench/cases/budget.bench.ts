import { measure } from '../harness.ts';
import type { BenchCase } from '../harness.ts';
import { balance } from '../../shared/budget/balance.ts';
import { compareAlternatives } from '../../shared/budget/compare.ts';
import { compareActors } from '../../shared/budget/allocation.ts';
import { compileCase, computeAlternative, computeCase } from '../../shared/budget/compute.ts';
import { spanCheck } from '../../shared/budget/span.ts';
import type { Alternative, BudgetCase, BudgetLine, LineAdjustment } from '../../shared/budget/model.ts';
import { CASE_SCHEMA_VERSION, blankAdjustment, emptyMeta } from '../../shared/budget/model.ts';

// The target: 10 alternatives × 500 lines × 6 years fully recomputed in under 5 ms, and an
// edited amount shown in the comparison in under 50 ms. Synthetic case: 50 areas × 10 actors per year.
export function syntheticCase(alternatives: number, linesPerYear: number, years: number): BudgetCase {
  const areas = Array.from({ length: Math.ceil(linesPerYear / 10) }, (_, i) => ({ id: `a${i}`, name: `Område ${i}`, shortName: `O${i}` }));
  const actors = Array.from({ length: 10 }, (_, i) => ({ id: `k${i}`, name: `Aktør ${i}`, shortName: `A${i}` }));
  const lines: BudgetLine[] = [];
  for (let y = 0; y < years; y++) {
    for (let i = 0; i < linesPerYear; i++) {
      const area = areas[Math.floor(i / 10)]!.id;
      const actor = actors[i % 10]!.id;
      lines.push({
        id: `l-${2024 + y}-${area}-${actor}`, areaId: area, actorId: actor, year: 2024 + y,
        estimateKNok: 1_000 + ((i * 7919 + y * 104_729) % 50_000), followOnOpexKNok: (i * 31) % 3_000,
        // Every seventh line's D&F increase ends after three years; the rest stay.
        followOnEndYear: i % 7 === 0 ? 2024 + y + 3 : null,
        deliverables: [], consequenceIfNotPrioritised: '', initiativeNrs: [], source: { kind: 'bruker' }, followOnSource: { kind: 'bruker' }, note: '',
      });
    }
  }
  const alts: Alternative[] = Array.from({ length: alternatives }, (_, a) => {
    const adjustments: LineAdjustment[] = [];
    // Each alternative changes a fifth of the lines, mixing every kind of change.
    for (let i = a % 5; i < lines.length; i += 5) {
      const kind = i % 4;
      adjustments.push({
        ...blankAdjustment(lines[i]!.id),
        change:
          kind === 0 ? { kind: 'set', kNok: 500 } : kind === 1 ? { kind: 'cut', kNok: 700 } : kind === 2 ? { kind: 'cutPercent', percent: 12.5 } : { kind: 'ambition', level: 'reduced', levels: { reduced: 900 } },
      });
    }
    return { id: `alt-${a}`, name: `Alternativ ${a}`, role: 'proposal' as const, description: '', consequences: [], recommended: false, adjustments, source: { kind: 'bruker' } };
  });
  return {
    id: 'bench', schemaVersion: CASE_SCHEMA_VERSION, createdAt: '', updatedAt: '', title: 'Bench', meta: emptyMeta(),
    years: Array.from({ length: years }, (_, y) => 2024 + y),
    // Set-asides of every kind of base: an earmark, a reserve of frame less earmarks, one of the
    // estimates, and one of the estimates of two actors on three areas.
    frames: Array.from({ length: years }, (_, y) => ({
      year: 2024 + y,
      frameKNok: 10_000_000,
      setAsides: [
        { id: 'e', kind: 'earmark' as const, name: 'Øremerket', amount: { kind: 'fixed' as const, kNok: 20_000 }, source: { kind: 'bruker' as const } },
        { id: 'r', kind: 'reserve' as const, name: 'Usikkerhet', amount: { kind: 'percent' as const, percent: 12, base: { kind: 'frameLessEarmarks' as const } }, source: { kind: 'bruker' as const } },
        { id: 'r2', kind: 'reserve' as const, name: 'Estimater', amount: { kind: 'percent' as const, percent: 2, base: { kind: 'estimates' as const } }, source: { kind: 'bruker' as const } },
        {
          id: 'r3', kind: 'reserve' as const, name: 'Utvalgte', source: { kind: 'bruker' as const },
          amount: { kind: 'percent' as const, percent: 5, base: { kind: 'estimatesOf' as const, actorIds: ['k0', 'k1'], areaIds: ['a0', 'a1', 'a2'] } },
        },
      ],
      source: { kind: 'bruker' as const },
    })),
    actors, areas, lines, alternatives: alts, notes: [], versions: [],
    cap: { fromYear: 2024, toYear: 2024 + years - 1, kNok: 50_000_000, includeOpex: true, source: { kind: 'bruker' } },
    allocations: [],
  };
}

export const cases: BenchCase[] = [
  {
    name: 'budsjett: omberegning',
    run: async () => {
      const c = syntheticCase(10, 500, 6);
      const cc = compileCase(c);
      // The app runs for hours: measure steady state, after the JIT has optimised the hot loops
      // (the harness's single warm-up run leaves them interpreted).
      for (let i = 0; i < 50; i++) computeCase(c, compileCase(c));
      const full = await measure(() => computeCase(c, compileCase(c)), 21);
      // What a view shows after a recompute: per-actor sums per year, D&F levels, the span check.
      const withViews = () => {
        const cc2 = compileCase(c);
        const rs = computeCase(c, cc2);
        const span = spanCheck(c, cc2, rs);
        const actors = compareActors(c, cc2, rs, { kind: 'period' });
        return [span, actors];
      };
      for (let i = 0; i < 30; i++) withViews();
      const views = await measure(withViews, 21);
      const computeOnly = await measure(() => computeCase(c, cc), 21);
      // An edit: one amount changes; the case is not recompiled, the edited alternative is
      // recomputed and the comparison of four alternatives rebuilt.
      let n = 0;
      const editOnce = () => {
        const alt = c.alternatives[0]!;
        const adjustments = alt.adjustments.slice();
        adjustments[0] = { ...adjustments[0]!, change: { kind: 'set', kNok: 100 + (n++ % 50) } };
        const edited = { ...alt, adjustments };
        const results = computeCase({ ...c, alternatives: [edited, ...c.alternatives.slice(1)] }, cc).slice(0, 4);
        return compareAlternatives(c, cc, results, { kind: 'period' });
      };
      for (let i = 0; i < 30; i++) editOnce();
      const edit = await measure(editOnce, 21);
      const editOne = await measure(() => computeAlternative(cc, c.alternatives[0]!), 21);
      const big = syntheticCase(50, 5000, 10);
      const bigFull = await measure(() => computeCase(big, compileCase(big)), 5);
      const bigCc = compileCase(big);
      const bigCompute = await measure(() => computeCase(big, bigCc), 5);
      const selected = c.lines.filter((_, i) => i % 3 === 0).map((l) => l.id);
      const balanceOnce = () => balance(c, cc, { alternative: c.alternatives[0]!, lineIds: selected, method: { kind: 'proportional' } });
      for (let i = 0; i < 10; i++) balanceOnce();
      const bal = await measure(balanceOnce, 11);
      return [
        { name: 'budsjett: 10 alt × 500 linjer × 6 år, kompiler + beregn alt', ms: full, extra: { mål: '< 5 ms' } },
        { name: 'budsjett: 10 × 500 × 6 med avsetninger, per aktør, D&F-nivåer og styringsramme', ms: views, extra: { mål: '< 5 ms' } },
        { name: 'budsjett: 10 × 500 × 6, beregn (kompilert sak, uendrede alternativer)', ms: computeOnly },
        { name: 'budsjett: endret beløp → 11 alt beregnet + sammenligning av 4', ms: edit, extra: { mål: '< 50 ms' } },
        { name: 'budsjett: endret beløp → ett alternativ', ms: editOne },
        { name: 'budsjett: 50 alt × 5000 linjer × 10 år, kompiler + beregn', ms: bigFull },
        { name: 'budsjett: 50 × 5000 × 10, beregn (kompilert sak)', ms: bigCompute },
        { name: 'budsjett: balanser 6 år, 1000 valgte linjer', ms: bal },
      ];
    },
  },
];
