import { getDb } from './database.ts';
import type { SavedViewRecord } from './database.ts';

/**
 * Saved table views (filters, visible columns, sort) per area, kept in the `savedViews` table.
 * The state is the area's own JSON-able object; it is checked by the area when applied.
 */

/** Current format version of saved-view records. */
export const SAVED_VIEW_FORMAT = 1;

export interface SavedView<S = unknown> {
  id: string;
  area: string;
  name: string;
  state: S;
}

/** Returns a usable record or null (never lets a malformed record reach a view). */
export function restoreSavedView(raw: unknown): SavedView | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Partial<SavedViewRecord>;
  if (typeof r.id !== 'string' || typeof r.area !== 'string' || typeof r.name !== 'string') return null;
  if (typeof r.state !== 'object' || r.state === null) return null;
  return { id: r.id, area: r.area, name: r.name, state: r.state };
}

/** The saved views of an area, by name. */
export async function listSavedViews(area: string): Promise<SavedView[]> {
  const rows = await getDb().savedViews.where('area').equals(area).toArray();
  return rows
    .map(restoreSavedView)
    .filter((v): v is SavedView => v !== null)
    .sort((a, b) => a.name.localeCompare(b.name, 'nb-NO'));
}

/** Saves a view; a view with the same name in the area is replaced. */
export async function saveView(area: string, name: string, state: unknown): Promise<SavedView> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('Visningen må ha et navn');
  const existing = (await listSavedViews(area)).find((v) => v.name.toLocaleLowerCase('nb-NO') === trimmed.toLocaleLowerCase('nb-NO'));
  const id = existing?.id ?? `${area}:${crypto.randomUUID()}`;
  await getDb().savedViews.put({ id, area, name: trimmed, state, v: SAVED_VIEW_FORMAT });
  return { id, area, name: trimmed, state };
}

export async function deleteSavedView(id: string): Promise<void> {
  await getDb().savedViews.delete(id);
}
