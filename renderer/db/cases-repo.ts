import { parseCaseObject } from '../../shared/budget/case-file.ts';
import type { BudgetCase } from '../../shared/budget/model.ts';
import { getDb } from './database.ts';

/**
 * Budget cases in IndexedDB: one record per case (the whole case as `doc`, validated on the way
 * out like a file), plus automatic history snapshots in `caseVersions` so an edit never silently
 * loses what was there. Named versions ("sendt NUIT 31.10") live inside the case itself, so they
 * travel with the .json file.
 */

/** Format version of case records. */
export const CASE_RECORD_FORMAT = 1;
/** At most one automatic snapshot per case in this interval. */
const SNAPSHOT_EVERY_MS = 5 * 60 * 1000;
/** Automatic snapshots kept per case. */
const SNAPSHOTS_KEPT = 30;

export interface CaseSummary {
  id: string;
  title: string;
  updatedAt: string;
}

export async function listCases(): Promise<CaseSummary[]> {
  const rows = await getDb().cases.orderBy('updatedAt').reverse().toArray();
  return rows.map((r) => ({ id: r.id, title: r.title, updatedAt: r.updatedAt }));
}

/** The stored case, or null when missing or unreadable (an unreadable record is never shown half). */
export async function loadCase(id: string): Promise<BudgetCase | null> {
  const row = await getDb().cases.get(id);
  if (!row) return null;
  const res = parseCaseObject(row.doc);
  return res.ok ? res.case : null;
}

/** Saves the case (autosave after every edit) and, now and then, a history snapshot. */
export async function saveCase(c: BudgetCase): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.cases, db.caseVersions, async () => {
    await db.cases.put({ id: c.id, title: c.title, updatedAt: c.updatedAt, v: CASE_RECORD_FORMAT, doc: c });
    const last = await db.caseVersions.where('[caseId+createdAt]').between([c.id, ''], [c.id, '\uffff']).last();
    if (!last || Date.parse(c.updatedAt) - Date.parse(last.createdAt) >= SNAPSHOT_EVERY_MS) {
      await db.caseVersions.add({ caseId: c.id, createdAt: c.updatedAt, label: 'Automatisk', named: false, v: CASE_RECORD_FORMAT, doc: c });
      const auto = await db.caseVersions.where('caseId').equals(c.id).filter((r) => !r.named).sortBy('createdAt');
      const extra = auto.slice(0, Math.max(0, auto.length - SNAPSHOTS_KEPT));
      await db.caseVersions.bulkDelete(extra.map((r) => r.seq!));
    }
  });
}

/** Automatic history of a case, newest first. */
export async function caseHistory(id: string): Promise<{ seq: number; createdAt: string; case: BudgetCase }[]> {
  const rows = await getDb().caseVersions.where('caseId').equals(id).sortBy('createdAt');
  return rows
    .reverse()
    .map((r) => ({ seq: r.seq!, createdAt: r.createdAt, res: parseCaseObject(r.doc) }))
    .flatMap((r) => (r.res.ok ? [{ seq: r.seq, createdAt: r.createdAt, case: r.res.case }] : []));
}

export async function deleteCase(id: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.cases, db.caseVersions, async () => {
    await db.cases.delete(id);
    await db.caseVersions.where('caseId').equals(id).delete();
  });
}
