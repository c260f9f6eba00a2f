import { describe, expect, it } from 'vitest';
import { countNoun, formatCount } from '../../../shared/format/index.ts';

describe('countNoun', () => {
  it('uses the singular for exactly one, the plural otherwise, and counts in nb-NO', () => {
    expect(countNoun(1, 'advarsel', 'advarsler')).toBe('1 advarsel');
    expect(countNoun(0, 'advarsel', 'advarsler')).toBe('0 advarsler');
    expect(countNoun(2, 'avhengighet', 'avhengigheter')).toBe('2 avhengigheter');
    expect(countNoun(20_000, 'advarsel', 'advarsler')).toBe('20\u00a0000 advarsler');
  });
});

describe('formatCount', () => {
  it('groups thousands with a no-break space and shows no decimals', () => {
    expect(formatCount(20_000)).toBe('20\u00a0000');
    expect(formatCount(1234)).toBe('1\u00a0234');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(0)).toBe('0');
  });
});
