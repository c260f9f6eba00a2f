import { parseCaseObject } from '../../shared/budget/case-file.ts';
import type { BudgetCase } from '../../shared/budget/model.ts';
import { getDb } from './database.ts';
import type { CaseRecord } from './database.ts';

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
  const read = await readStored(id);
  if (read) revisions.set(id, read.rev);
  return read?.c ?? null;
}

/**
 * One stored case for a view that only reads it (an export). Unlike {@link loadCase} it notes no
 * revision, so a later save from the budget area still sees a change made in another window.
 */
export async function readCase(id: string): Promise<BudgetCase | null> {
  return (await readStored(id))?.c ?? null;
}

/** The stored case that reads, with its revision; null when missing or unreadable. */
async function readStored(id: string): Promise<{ c: BudgetCase; rev: number } | null> {
  const row = await getDb().cases.get(id);
  const res = row ? parseCaseObject(row.doc) : null;
  return row && res?.ok ? { c: res.case, rev: revOf(row as { rev?: unknown }) } : null;
}

/**
 * Every stored case that reads, newest first, for views that only look at cases (a tiltak's page
 * lists the cases that fund it). Unlike {@link loadCase} it notes no revision: a read here must not
 * make a later save from the budget area miss a change made in another window.
 */
export async function readAllCases(): Promise<BudgetCase[]> {
  const rows = await getDb().cases.orderBy('updatedAt').reverse().toArray();
  return rows.flatMap((r) => {
    const res = parseCaseObject(r.doc);
    return res.ok ? [res.case] : [];
  });
}

/**
 * Thrown by {@link saveCase} when another window or tab saved the case after this one last read or
 * wrote it: saving would silently throw their changes away. `theirs` is what is stored now.
 */
export class CaseConflictError extends Error {
  readonly theirs: BudgetCase | null;
  readonly mine: BudgetCase;
  constructor(theirs: BudgetCase | null, mine: BudgetCase) {
    super(`«${mine.title}» er endret i et annet vindu.`);
    this.name = 'CaseConflictError';
    this.theirs = theirs;
    this.mine = mine;
  }
}

/** The revision of each case this window last read or wrote; a save must start from it. */
const revisions = new Map<string, number>();
const CHANNEL = 'helseportefolje-cases';
/**
 * This window's own mark on what it announces: a page's listener has a channel object of its own,
 * and a channel delivers to every other object on it, in this window too.
 */
const WINDOW_ID = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
let channel: BroadcastChannel | null | undefined;
function casesChannel(): BroadcastChannel | null {
  if (channel === undefined) channel = typeof BroadcastChannel === 'function' ? unref(new BroadcastChannel(CHANNEL)) : null;
  return channel;
}

/** Calls `listener` when another window saves a case; returns the unsubscribe function. */
export function onCaseSavedElsewhere(listener: (id: string) => void): () => void {
  const ch = typeof BroadcastChannel === 'function' ? unref(new BroadcastChannel(CHANNEL)) : null;
  if (!ch) return () => undefined;
  ch.onmessage = (e: MessageEvent<{ id?: unknown; from?: unknown }>) => {
    if (typeof e.data?.id === 'string' && e.data.from !== WINDOW_ID) listener(e.data.id);
  };
  return () => ch.close();
}

// Node's channels (tests, CLI) would keep the process alive; browsers have no unref.
function unref(ch: BroadcastChannel): BroadcastChannel {
  (ch as { unref?: () => void }).unref?.();
  return ch;
}

const revOf = (row: { rev?: unknown } | undefined) => (typeof row?.rev === 'number' ? row.rev : 0);

/**
 * Saves the case (autosave after every edit) and, now and then, a history snapshot. The stored
 * revision is checked inside the same transaction: if another window saved since this one read the
 * case, nothing is written and {@link CaseConflictError} is thrown, unless `overwrite` (the analyst
 * chose to keep this version; the other is then kept in the case's history).
 */
export async function saveCase(c: BudgetCase, options: { overwrite?: boolean } = {}): Promise<void> {
  const db = getDb();
  let rev = 0;
  await db.transaction('rw', db.cases, db.caseVersions, async () => {
    const row = await db.cases.get(c.id);
    const current = revOf(row as { rev?: unknown } | undefined);
    const known = revisions.get(c.id);
    if (row && known !== undefined && known !== current) {
      if (!options.overwrite) {
        const theirs = parseCaseObject(row.doc);
        throw new CaseConflictError(theirs.ok ? theirs.case : null, c);
      }
      await db.caseVersions.add({ caseId: c.id, createdAt: row.updatedAt, label: 'Erstattet (endret i et annet vindu)', named: false, v: CASE_RECORD_FORMAT, doc: row.doc });
    }
    rev = current + 1;
    await db.cases.put({ id: c.id, title: c.title, updatedAt: c.updatedAt, v: CASE_RECORD_FORMAT, doc: c, rev } as CaseRecord);
    const last = await db.caseVersions.where('[caseId+createdAt]').between([c.id, ''], [c.id, '\uffff']).last();
    if (!last || Date.parse(c.updatedAt) - Date.parse(last.createdAt) >= SNAPSHOT_EVERY_MS) {
      await db.caseVersions.add({ caseId: c.id, createdAt: c.updatedAt, label: 'Automatisk', named: false, v: CASE_RECORD_FORMAT, doc: c });
      const auto = await db.caseVersions.where('caseId').equals(c.id).filter((r) => !r.named).sortBy('createdAt');
      const extra = auto.slice(0, Math.max(0, auto.length - SNAPSHOTS_KEPT));
      await db.caseVersions.bulkDelete(extra.map((r) => r.seq!));
    }
  });
  revisions.set(c.id, rev);
  casesChannel()?.postMessage({ id: c.id, rev, from: WINDOW_ID });
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
