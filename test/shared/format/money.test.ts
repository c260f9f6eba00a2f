import { describe, expect, it } from 'vitest';
import { formatMNok, formatMNokUnit, mNokToKNok, parseMNokToKNok, parseNorwegianNumber } from '../../../shared/format/money.ts';

describe('money', () => {
  it('formats kNOK as nb-NO MNOK', () => {
    expect(formatMNokUnit(40_700)).toBe('40,7 MNOK');
    expect(formatMNok(267_100)).toBe('267,1');
    expect(formatMNok(1_250_000)).toBe('1\u00a0250');
    expect(formatMNok(-17_000)).toBe('-17');
  });
  it('parses Norwegian numbers', () => {
    expect(parseNorwegianNumber('40,7')).toBe(40.7);
    expect(parseNorwegianNumber('1 234,5')).toBe(1234.5);
    expect(parseNorwegianNumber('1\u00a0234')).toBe(1234);
    expect(parseNorwegianNumber('1.234,5')).toBe(1234.5);
    expect(parseNorwegianNumber('−3')).toBe(-3);
    expect(parseNorwegianNumber('abc')).toBeNull();
    expect(parseNorwegianNumber('')).toBeNull();
    expect(parseNorwegianNumber('*')).toBeNull();
  });
  it('converts MNOK to whole kNOK without float drift', () => {
    expect(mNokToKNok(40.7)).toBe(40_700);
    expect(mNokToKNok(0.1 + 0.2)).toBe(300);
    expect(mNokToKNok(-2.7)).toBe(-2_700);
    expect(parseMNokToKNok('67,2')).toBe(67_200);
  });
});
