import { describe, expect, it } from 'vitest';
import { compareReadings } from '../../../shared/budget/readings.ts';
import { exampleCase } from '../export/support/examples.ts';
import { alternative, budgetCase, frame, line } from '../../helpers/budget-case.ts';

describe('two readings side by side', () => {
  it('shows the example literally (gap 51,7) beside the modelled reading that gives the document\'s «ca. 17»', () => {
    const c = exampleCase();
    const version = c.versions.find((v) => v.id === 'v-modellert')!;
    const cmp = compareReadings({ name: 'Saken nå', content: c }, { name: version.name, content: version.snapshot });
    expect(cmp.years).toEqual([2024]);
    const row = (label: string) => cmp.rows.find((r) => r.label === label)!;
    expect(row('Til fordeling 2024').values).toEqual([217_448, 252_100]);
    expect(row('Til fordeling 2024').words).toEqual(['267,1 − 20,0 øremerket − 12 % av 247,1 = 217,4', '267,1 − 15,0 = 252,1']);
    expect(row('Estimater 2024').values).toEqual([269_100, 269_100]);
    expect(row('Balanse med estimatene 2024').values).toEqual([-51_652, -17_000]);
    expect(row('Balanse med estimatene 2024').deltaKNok).toBe(34_652);
    // Alternatives 1 and 2 in both readings, modelled; alternative 1 cannot close the literal gap.
    const alts = cmp.rows.filter((r) => r.kind === 'alternative');
    expect(alts.map((r) => r.alternativeId)).toEqual(['alt-1', 'alt-2', 'vedtatt-2024']);
    expect(alts[0]!.balances![0]!).toBeLessThan(0);
    expect(alts[0]!.balances![1]).toBe(0);
    expect(alts[1]!.balances).toEqual([0, 0]);
    expect(alts[0]!.sources!.map((s) => s?.kind)).toEqual(['modellert', 'modellert']);
  });

  it('leaves a year or an alternative only one reading has empty on the other side', () => {
    const l = [line('a', 'k', 2025, 10_000), line('a', 'k', 2026, 5_000)];
    const left = budgetCase([frame(2025, 12_000)], [l[0]!], [alternative('x', [])]);
    const right = budgetCase([frame(2025, 12_000), frame(2026, 4_000)], l, [alternative('y', [])]);
    const cmp = compareReadings({ name: 'A', content: left }, { name: 'B', content: right });
    expect(cmp.years).toEqual([2025, 2026]);
    const r2026 = cmp.rows.filter((r) => r.year === 2026);
    expect(r2026.map((r) => [r.label, r.values, r.deltaKNok])).toEqual([
      ['Til fordeling 2026', [null, 4_000], null],
      ['Estimater 2026', [null, 5_000], null],
      ['Balanse med estimatene 2026', [null, -1_000], null],
      ['x 2026', [null, null], null],
      ['y 2026', [null, 5_000], null],
    ]);
    expect(cmp.rows.find((r) => r.label === 'x 2025')!.values).toEqual([10_000, null]);
  });
});
