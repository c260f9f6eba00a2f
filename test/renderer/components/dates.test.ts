import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../renderer/components/dates.ts';

describe('toIsoDate', () => {
  it('keeps an ISO date, and drops a time after it', () => {
    expect(toIsoDate('2023-10-31')).toBe('2023-10-31');
    expect(toIsoDate(' 2023-10-31T00:00:00.000Z ')).toBe('2023-10-31');
  });

  it('reads Norwegian day.month.year, with or without leading zeros, and with / or -', () => {
    expect(toIsoDate('31.10.2023')).toBe('2023-10-31');
    expect(toIsoDate('1.2.2024')).toBe('2024-02-01');
    expect(toIsoDate('01/02/2024')).toBe('2024-02-01');
    expect(toIsoDate('29-02-2024')).toBe('2024-02-29');
  });

  it('gives null for text that is not a real calendar date', () => {
    for (const text of ['', 'høsten 2023', '31.10.23', '31.02.2023', '2023-13-01', '10/31/2023', '2023-10-31 og 2023-11-01']) {
      expect(toIsoDate(text), text).toBeNull();
    }
  });
});
