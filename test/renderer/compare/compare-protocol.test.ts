import { describe, expect, it } from 'vitest';
import { comparePeriods } from '../../../shared/portfolio/compare.ts';
import { comparePositions, fromPositions } from '../../../renderer/features/compare/compare-protocol.ts';
import { initiative } from '../../helpers/portfolio-builders.ts';

describe('comparison as positions (what the worker answers)', () => {
  it('rebuilds the same comparison as comparing the tiltak directly', () => {
    const prev = [
      initiative({ nr: '1', status: 'green' }),
      initiative({ nr: '2' }),
      initiative({ nr: '3', activity: 'active' }),
      initiative({ nr: '4', risk: 'red', phase: 'plan' }),
    ];
    const next = [
      initiative({ nr: '4', risk: 'yellow', phase: 'execute' }),
      initiative({ nr: '3', activity: 'done' }),
      initiative({ nr: '1', status: 'red' }),
      initiative({ nr: '9' }),
    ];
    const direct = comparePeriods({ initiatives: prev }, { initiatives: next });
    const viaPositions = fromPositions(comparePositions(prev, next), prev, next);
    expect(viaPositions).toEqual(direct);
    expect(viaPositions.ended.map((i) => i.nr)).toEqual(['3', '2']);
    // The rebuilt items are the periods' own objects, not copies.
    expect(viaPositions.ended[1]).toBe(prev[1]);
    expect(viaPositions.changed.map((c) => c.nr)).toEqual(['4', '1']);
  });
});
