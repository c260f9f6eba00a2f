import { describe, expect, it } from 'vitest';
import { formatMNok, formatMNokExact, formatMNokUnit, mNokToKNok, parseMNokToKNok, parseNorwegianNumber } from '../../../shared/format/money.ts';

describe('money', () => {
  it('formats kNOK as nb-NO MNOK with one decimal always, so figures line up and read alike in tables and sentences', () => {
    expect(formatMNokUnit(40_700)).toBe('40,7 MNOK');
    expect(formatMNok(267_100)).toBe('267,1');
    expect(formatMNok(1_250_000)).toBe('1\u00a0250,0');
    expect(formatMNok(-17_000)).toBe('-17,0');
    expect(formatMNok(0)).toBe('0,0');
    expect(formatMNok(20_049)).toBe('20,0');
    expect(formatMNok(5_000, 0)).toBe('5');
  });
  it('formats an exact figure with the decimals it has, for fields and quoted figures', () => {
    expect(formatMNokExact(251_390)).toBe('251,39');
    expect(formatMNokExact(20_000)).toBe('20');
    expect(formatMNokExact(-1)).toBe('-0,001');
    expect(formatMNokExact(217_448, 2)).toBe('217,45');
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
