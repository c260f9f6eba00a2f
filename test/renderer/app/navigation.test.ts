import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../../renderer/store/navigation.ts';

describe('routes in the URL hash', () => {
  it('round-trips an area with parameters', () => {
    const route = { area: 'tiltak' as const, params: { segment: 'Samstyre', status: 'Gul' } };
    expect(parseHash(formatHash(route))).toEqual(route);
    expect(formatHash({ area: 'oversikt', params: {} })).toBe('#oversikt');
  });
  it('falls back to the overview for unknown or empty hashes', () => {
    expect(parseHash('')).toEqual({ area: 'oversikt', params: {} });
    expect(parseHash('#ukjent?x=1')).toEqual({ area: 'oversikt', params: { x: '1' } });
    expect(parseHash('#drift').area).toBe('drift');
  });
});
