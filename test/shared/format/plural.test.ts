import { describe, expect, it } from 'vitest';
import { countNoun } from '../../../shared/format/index.ts';

describe('countNoun', () => {
  it('uses the singular for exactly one, the plural otherwise, and counts in nb-NO', () => {
    expect(countNoun(1, 'advarsel', 'advarsler')).toBe('1 advarsel');
    expect(countNoun(0, 'advarsel', 'advarsler')).toBe('0 advarsler');
    expect(countNoun(2, 'avhengighet', 'avhengigheter')).toBe('2 avhengigheter');
    expect(countNoun(20_000, 'advarsel', 'advarsler')).toBe('20\u00a0000 advarsler');
  });
});
