import { describe, expect, it } from 'vitest';
import { compareAlternatives } from '../../../shared/budget/compare.ts';
import { compileCase, computeCase } from '../../../shared/budget/compute.ts';
import { cutImpacts } from '../../../shared/budget/impact.ts';
import type { Dependency } from '../../../shared/portfolio/model.ts';
import { adjust, alternative, budgetCase, frame, line } from '../../helpers/budget-case.ts';
import { initiative, report } from '../../helpers/portfolio-builders.ts';

const c = budgetCase(
  [frame(2024, 100_000), frame(2025, 100_000)],
  [
    line('pll', 'nhn', 2024, 60_000, { initiativeNrs: ['160'], followOnOpexKNok: 4_000 }),
    line('pll', 'hdir', 2024, 30_000, { initiativeNrs: ['160'] }),
    line('md', 'nhn', 2024, 24_000, { initiativeNrs: ['194'], followOnOpexKNok: 5_000 }),
    line('md', 'nhn', 2025, 10_000),
  ],
  [
    alternative('a1', [adjust('l-2024-md-nhn', { change: { kind: 'set', kNok: 6_000 } })], { recommended: true, consequences: ['Måledata holdes varmt.'] }),
    alternative('a2', [adjust('l-2024-pll-nhn', { change: { kind: 'cut', kNok: 15_000 } })]),
  ],
);

describe('comparison', () => {
  const cc = compileCase(c);
  const results = computeCase(c, cc);

  it('lays out area × actor rows with deltas against the first alternative, for one year', () => {
    const cmp = compareAlternatives(c, cc, results, { kind: 'year', year: 2024 });
    expect(cmp.columns.map((col) => [col.name, col.totalKNok, col.balanceKNok, col.fitsFrame, col.recommended])).toEqual([
      ['Estimater (utgangspunkt)', 114_000, -14_000, false, false],
      ['a1', 96_000, 4_000, true, true],
      ['a2', 99_000, 1_000, true, false],
    ]);
    const md = cmp.rows.find((r) => r.kind === 'line' && r.areaId === 'md')!;
    expect(md.cells.map((x) => [x.amountKNok, x.deltaKNok, x.deltaPercent])).toEqual([
      [24_000, 0, 0],
      [6_000, -18_000, -75],
      [24_000, 0, 0],
    ]);
    expect(md.differs).toBe(true);
    const pllHdir = cmp.rows.find((r) => r.actorId === 'hdir')!;
    expect(pllHdir.differs).toBe(false);
    const pllTotal = cmp.rows.find((r) => r.kind === 'areaTotal' && r.areaId === 'pll')!;
    expect(pllTotal.cells.map((x) => x.amountKNok)).toEqual([90_000, 90_000, 75_000]);
    expect(cmp.total.cells.map((x) => x.deltaKNok)).toEqual([0, -18_000, -15_000]);
    expect(cmp.columns[1]!.consequences).toEqual(['Måledata holdes varmt.']);
  });
  it('sums the whole period and gives follow-on D&F by year', () => {
    const cmp = compareAlternatives(c, cc, results, { kind: 'period' });
    expect(cmp.columns[0]!.totalKNok).toBe(124_000);
    expect(cmp.columns[0]!.fitsFrame).toBe(false);
    expect(cmp.columns[1]!.followOn).toEqual([
      { year: 2025, kNok: 4_000 + 1_250, accumulatedKNok: 5_250 },
      { year: 2026, kNok: 0, accumulatedKNok: 5_250 },
    ]);
  });
});

describe('what a cut touches', () => {
  const cc = compileCase(c);
  const results = computeCase(c, cc);
  const dep = (over: Partial<Dependency>): Dependency => ({
    initiativeNr: '111', initiativeName: 'Helseplattformen', owner: 'Helse Midt-Norge', description: 'Enighet om løsning for e-multidose og PLL',
    dependsOn: 'Program pasientens legemiddelliste (160)', dependsOnNr: null, category: 'Nasjonale løsninger', criticality: 'high', status: 'red',
    deadline: null, extra: {}, source: null, ...over,
  });
  const rep = report({
    initiatives: [
      initiative({ nr: '160', name: 'Program pasientens legemiddelliste', owner: 'Direktoratet for e-helse', status: 'yellow', risk: 'yellow' }),
      initiative({ nr: '111', name: 'Helseplattformen', owner: 'Helse Midt-Norge', segment: 'koordinere', status: 'yellow', risk: 'yellow' }),
    ],
    dependencies: [dep({ criticality: 'low', description: 'Noe lite' }), dep({}), dep({ initiativeNr: '181', dependsOn: 'Norsk helsenett' })],
  });

  it('a cut to PLL touches 160 and Helseplattformen’s high-criticality dependency on it', () => {
    const impacts = cutImpacts(c, cc, results[2]!, rep);
    expect(impacts).toHaveLength(1);
    const pll = impacts[0]!;
    expect(pll).toMatchObject({ lineId: 'l-2024-pll-nhn', cutKNok: 15_000, amountKNok: 45_000 });
    expect(pll.funded).toEqual([
      { nr: '160', name: 'Program pasientens legemiddelliste', owner: 'Direktoratet for e-helse', phase: 'execute', status: 'yellow', risk: 'yellow', found: true },
    ]);
    expect(pll.dependencies.map((d) => [d.dependent.nr, d.dependent.name, d.criticality, d.status])).toEqual([
      ['111', 'Helseplattformen', 'high', 'red'],
      ['111', 'Helseplattformen', 'low', 'red'],
    ]);
  });
  it('names funded tiltak that are not in the period, and works without a period', () => {
    const impacts = cutImpacts(c, cc, results[1]!, null);
    expect(impacts.map((i) => [i.label, i.funded.map((f) => [f.nr, f.found])])).toEqual([['md nhn 2024', [['194', false]]]]);
  });
});
