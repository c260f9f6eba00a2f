import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importPortfolio } from '../../../shared/import/index.ts';
import { filterFromParams, filterInitiatives, filterToParams, isEmptyFilter, NONE } from '../../../shared/portfolio/views/filter.ts';
import { filterOptions, groupLights, groupParts } from '../../../shared/portfolio/views/group.ts';
import { initiativeColumns, sortInitiatives } from '../../../shared/portfolio/views/columns.ts';
import { categoryByStatus, dependencyGraph, filterDependencies, isOverdue, reportAsOf } from '../../../shared/portfolio/views/dependencies.ts';
import { lineTotal, opexBySolution, opexFootnotes, printedDifferences } from '../../../shared/portfolio/views/opex.ts';
import { timeline, trend } from '../../../shared/portfolio/views/trend.ts';
import { initiative } from '../../helpers/portfolio-builders.ts';

const load = (name: string) =>
  importPortfolio([{ name, bytes: new Uint8Array(readFileSync(new URL(`../../../assets/examples/${name}`, import.meta.url))) }]).report!;
const sept = load('portefolje-2022-09.xlsx');
const may = load('portefolje-2022-05-rekonstruert.xlsx');

describe('tiltak filters', () => {
  it('read and write Norwegian URL parameters', () => {
    const f = filterFromParams({ segment: 'Samstyre', aktiv: 'Aktiv', status: 'Gul', risiko: 'Ikke oppgitt', sok: ' pll ' });
    expect(f).toEqual({ segment: 'samstyre', activity: 'active', status: 'yellow', risk: NONE, text: 'pll' });
    expect(filterToParams(f)).toEqual({ segment: 'Samstyre', aktiv: 'Aktiv', status: 'Gul', risiko: 'Ikke oppgitt', sok: 'pll' });
    expect(filterFromParams({ segment: 'Ukjent', fase: 'nope' })).toEqual({});
  });

  it('reproduce the report’s counts on the example', () => {
    expect(filterInitiatives(sept.initiatives, { segment: 'samstyre', activity: 'active' })).toHaveLength(13);
    expect(filterInitiatives(sept.initiatives, { activity: 'active', status: 'yellow' })).toHaveLength(24);
    expect(filterInitiatives(sept.initiatives, { activity: 'active', risk: 'red' }).map((i) => i.nr)).toEqual(['201']);
    expect(filterInitiatives(sept.initiatives, { focusArea: NONE }).map((i) => i.nr)).toEqual(['200']);
  });

  it('search number, name, owner and extra columns, ignoring case', () => {
    const items = [
      initiative({ nr: '7', name: 'Kjernejournal', owner: 'NHN' }),
      initiative({ nr: '8', name: 'Annet', owner: 'Helse Vest', extra: { Kommentar: 'Avhenger av KJERNEJOURNAL' } }),
      initiative({ nr: '9', name: 'Tredje', owner: 'Helse Nord' }),
    ];
    expect(filterInitiatives(items, { text: 'kjernejournal' }).map((i) => i.nr)).toEqual(['7', '8']);
    expect(filterInitiatives(items, { text: 'nord' }).map((i) => i.nr)).toEqual(['9']);
    expect(isEmptyFilter({ text: '  ' })).toBe(true);
  });
});

describe('grouping', () => {
  it('counts status and risk among active tiltak per segment, with a filter per part', () => {
    const status = groupLights(sept.initiatives, 'segment', 'status');
    expect(status.map((g) => [g.label, g.green, g.yellow, g.red, g.total])).toEqual([
      ['Samstyre', 6, 7, 0, 13],
      ['Koordinere', 5, 10, 0, 15],
      ['Observere', 7, 7, 0, 14],
    ]);
    const risk = groupLights(sept.initiatives, 'segment', 'risk');
    expect(risk[2]).toMatchObject({ label: 'Observere', none: 14 });
    const parts = groupParts(risk[1]!, 'risk');
    const red = parts.find((p) => p.part === 'red')!;
    expect(filterInitiatives(sept.initiatives, red.filter).map((i) => i.nr)).toEqual(['201']);
  });

  it('every group’s counts add up to the active total, for every dimension', () => {
    for (const dim of ['segment', 'owner', 'phase', 'focusArea'] as const) {
      const groups = groupLights(sept.initiatives, dim, 'status');
      expect(groups.reduce((s, g) => s + g.total, 0)).toBe(42);
      for (const g of groups) expect(filterInitiatives(sept.initiatives, g.filter)).toHaveLength(g.total);
    }
  });

  it('offers owners and focus areas that occur', () => {
    const o = filterOptions(sept.initiatives);
    expect(o.owners).toContain('Direktoratet for e-helse');
    expect(o.focusAreas.map((f) => f.code)[0]).toBe('1.1');
  });
});

describe('sorting', () => {
  it('sorts numbers numerically, worst light first, blanks last either way', () => {
    const cols = initiativeColumns(['Kommentar']);
    const items = [
      initiative({ nr: '10', status: 'green', extra: {} }),
      initiative({ nr: '9', status: null, extra: { Kommentar: 'b' } }),
      initiative({ nr: '100', status: 'red', extra: { Kommentar: 'a' } }),
    ];
    const col = (id: string) => cols.find((c) => c.id === id)!;
    expect(sortInitiatives(items, col('nr'), false).map((i) => i.nr)).toEqual(['9', '10', '100']);
    expect(sortInitiatives(items, col('status'), false).map((i) => i.nr)).toEqual(['100', '10', '9']);
    expect(sortInitiatives(items, col('status'), true).map((i) => i.nr)).toEqual(['10', '100', '9']);
    expect(sortInitiatives(items, col('extra:Kommentar'), false).map((i) => i.nr)).toEqual(['100', '9', '10']);
  });
});

describe('dependencies', () => {
  it('summarise the example by category and status, and highlight the critical ones', () => {
    const { rows, total } = categoryByStatus(sept.dependencies);
    expect(rows).toEqual([expect.objectContaining({ label: 'Nasjonale løsninger', red: 2, total: 2 })]);
    expect(total.total).toBe(2);
    const g = dependencyGraph(sept.dependencies);
    expect(g.edges.every((e) => e.critical)).toBe(true);
    expect(g.to.map((n) => n.id)).toContain('t:160');
  });

  it('count as overdue only when the deadline has passed and the status is not green', () => {
    expect(isOverdue({ deadline: '2024-01-01', status: 'yellow' }, '2024-01-02')).toBe(true);
    expect(isOverdue({ deadline: '2024-01-01', status: 'green' }, '2024-01-02')).toBe(false);
    expect(isOverdue({ deadline: '2024-01-02', status: 'red' }, '2024-01-02')).toBe(false);
    expect(isOverdue({ deadline: null, status: 'red' }, '2024-01-02')).toBe(false);
    expect(filterDependencies(sept.dependencies, { text: 'legemiddelliste' }, '2026-01-01')).toHaveLength(1);
  });

  it('are judged on the report’s own date, or on the last day of its period when it gives none', () => {
    expect(reportAsOf('2022-06-30', '2022-09')).toEqual({ date: '2022-06-30', basis: 'reportDate' });
    expect(reportAsOf(null, '2022-09')).toEqual({ date: '2022-09-30', basis: 'periodEnd' });
    expect(reportAsOf(null, '2024-02')).toEqual({ date: '2024-02-29', basis: 'periodEnd' });
    expect(reportAsOf(null, '2023-12')).toEqual({ date: '2023-12-31', basis: 'periodEnd' });
    expect(reportAsOf(null, 'vår 2023')).toBeNull();
    expect(reportAsOf(sept.period!.reportDate, sept.period!.key)).toEqual({ date: '2022-06-30', basis: 'reportDate' });
  });
});

describe('D&F', () => {
  it('groups by solution, keeps markers out of the sums, and finds the footnotes', () => {
    expect(opexBySolution(sept.opex).map((g) => [g.solution, g.lines.length])).toEqual([
      ['e-resept', 1],
      ['Helsenettet: grunndata', 1],
      ['Helsenorge innenfor porteføljen', 4],
      ['ikke fordelt', 1],
      ['Helsenorge ellers', 1],
    ]);
    expect(lineTotal(sept.opex[0]!)).toBe(58_400);
    expect(opexFootnotes(sept).map((n) => n.marker)).toEqual(['*', '**']);
  });

  it('lists only the printed figure the rounding cannot explain: 87 for 2023', () => {
    expect(printedDifferences(sept)).toEqual([{ year: '2023', kind: 'accumulated', computed: 86_200, printed: 87_000 }]);
  });
});

describe('across periods', () => {
  const periods = [
    { key: '2022-05', label: 'Mai 2022', reconstructed: true, report: may },
    { key: '2022-09', label: 'September 2022', reconstructed: false, report: sept },
  ];

  it('gives the share of yellow and red per period', () => {
    const t = trend(periods);
    expect(t[1]).toMatchObject({ active: 42, statusYellow: 24, statusRed: 0, riskRed: 1, statusYellowPct: 57.1 });
    expect(t[0]!.statusRed).toBe(1);
  });

  it('follows one tiltak through the periods', () => {
    expect(timeline(periods, '181').map((e) => e.status)).toEqual(['red', 'yellow']);
    expect(timeline(periods, '209').map((e) => e.present)).toEqual([false, true]);
  });
});
