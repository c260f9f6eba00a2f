import type { SettingRecord } from './database.ts';

/**
 * Restore functions: every record read from the database passes through one, which upgrades
 * older record formats and rejects what cannot be understood (returns null) instead of letting a
 * malformed record crash a view. Repositories own one per record kind.
 */

/** Current format version of setting records. */
export const SETTING_FORMAT = 1;

export function restoreSetting(raw: unknown): SettingRecord | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.key !== 'string') return null;
  return {
    key: r.key,
    value: r.value,
    v: typeof r.v === 'number' ? r.v : SETTING_FORMAT,
    updatedAt: typeof r.updatedAt === 'string' ? r.updatedAt : new Date(0).toISOString(),
  };
}
