import { describe, expect, it } from 'vitest';
import { summarize, opexTotals } from '../../../shared/portfolio/summary.ts';
import { comparePeriods } from '../../../shared/portfolio/compare.ts';
import { initiative, report } from '../../helpers/portfolio-builders.ts';

describe('summarize', () => {
  it('counts status and risk among active tiltak only', () => {
    const s = summarize(
      report({
        initiatives: [
          initiative({ nr: '1', status: 'red', risk: 'red' }),
          initiative({ nr: '2', activity: 'paused', status: 'red', risk: 'red' }),
          initiative({ nr: '3', segment: 'observere', status: 'yellow', risk: null }),
          initiative({ nr: '4', activity: null, status: 'green' }),
        ],
      }),
    );
    expect(s).toMatchObject({
      initiatives: 4,
      active: 2,
      activeBySegment: { samstyre: 1, koordinere: 0, observere: 1 },
      status: { green: 0, yellow: 1, red: 1 },
      risk: { green: 0, yellow: 0, red: 1, none: 1 },
    });
  });

  it('sums D&F amounts per year, markers and blanks adding nothing, and accumulates', () => {
    const t = opexTotals({
      opexYears: [2022, 2023],
      opex: [
        { solution: 'a', initiativeName: 'x', initiativeNr: null, note: null, extra: {}, source: null, years: { '2022': { kind: 'marker', marker: '*' }, '2023': { kind: 'amount', kNok: 5000 } } },
        { solution: 'b', initiativeName: 'y', initiativeNr: null, note: null, extra: {}, source: null, years: { '2022': { kind: 'amount', kNok: 800 }, '2023': { kind: 'marker', marker: 'blank' } } },
      ],
    });
    expect(t).toEqual({ totals: { '2022': 800, '2023': 5000 }, accumulated: { '2022': 800, '2023': 5800 } });
  });
});

describe('comparePeriods', () => {
  it('finds new, ended (done or gone) and changed tiltak', () => {
    const prev = report({ initiatives: [initiative({ nr: '1' }), initiative({ nr: '2' }), initiative({ nr: '3', status: 'red' }), initiative({ nr: '9', activity: 'done' })] });
    const next = report({
      initiatives: [initiative({ nr: '1' }), initiative({ nr: '2', activity: 'done', phase: 'close' }), initiative({ nr: '3', status: 'yellow', phase: 'realise' }), initiative({ nr: '4' })],
    });
    const d = comparePeriods(prev, next);
    expect(d.added.map((i) => i.nr)).toEqual(['4']);
    expect(d.ended.map((i) => i.nr)).toEqual(['2']);
    expect(d.changed).toEqual([
      expect.objectContaining({ nr: '3', changes: [{ field: 'status', from: 'red', to: 'yellow' }, { field: 'phase', from: 'execute', to: 'realise' }] }),
    ]);
  });
});
