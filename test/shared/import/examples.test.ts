import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importPortfolio } from '../../../shared/import/index.ts';
import { comparePeriods } from '../../../shared/portfolio/compare.ts';

const load = (name: string) => importPortfolio([{ name, bytes: new Uint8Array(readFileSync(new URL(`../../../assets/examples/${name}`, import.meta.url))) }]);

describe('the shipped example workbooks', () => {
  const sept = load('portefolje-2022-09.xlsx');
  const may = load('portefolje-2022-05-rekonstruert.xlsx');

  it('September 2022 reproduces the report’s own figures', () => {
    expect(sept.ok).toBe(true);
    expect(sept.errors).toEqual([]);
    const s = sept.summary!;
    expect(sept.report!.period).toMatchObject({ key: '2022-09', label: 'September 2022', reportDate: '2022-06-30', reconstructed: false });
    expect(s.initiatives).toBe(46);
    expect(s.active).toBe(42);
    expect(s.activeBySegment.samstyre).toBe(13);
    expect(s.status).toMatchObject({ yellow: 24, red: 0 });
    expect(s.risk.red).toBe(1);
    expect(sept.report!.initiatives.filter((i) => i.activity === 'active' && i.risk === 'red').map((i) => [i.nr, i.name])).toEqual([['201', 'Statistisk logganalyse']]);
    expect(s.opexTotalsKNok).toEqual({ '2022': 32_800, '2023': 53_400, '2024': 97_000, '2025': 40_400, '2026': 20_000 });
    expect(s.opexAccumulatedKNok).toEqual({ '2022': 32_800, '2023': 86_200, '2024': 183_200, '2025': 223_600, '2026': 243_600 });
    expect(s.dependencies).toBe(2);
    expect(sept.report!.metadata['avhengigheter_rapportert_totalt']).toBe('87');
    // the only warning is the one the source states: 200 has no focus area
    expect(sept.warnings.map((w) => [w.row, w.column, w.message])).toEqual([[26, 'I', 'Tiltak 200 mangler innsatsområde.']]);
  });

  it('the reconstructed May 2022 is labelled as such and differs as the change notes say', () => {
    expect(may.ok).toBe(true);
    expect(may.report!.period).toMatchObject({ key: '2022-05', reconstructed: true });
    expect(may.report!.period!.notes).toMatch(/Rekonstruert/);
    const diff = comparePeriods(may.report!, sept.report!);
    expect(diff.added.map((i) => i.nr).sort()).toEqual(['209', '210', '211', '212', '213', '214', '215', '216', '217', '218']);
    expect(diff.ended.map((i) => i.nr)).toEqual(['5']);
    expect(diff.changed).toEqual([expect.objectContaining({ nr: '181', changes: [{ field: 'status', from: 'red', to: 'yellow' }] })]);
  });
});
