import { afterEach, describe, expect, it } from 'vitest';
import { CaseConflictError, caseHistory, loadCase, onCaseSavedElsewhere, readAllCases, readCase, saveCase } from '../../../renderer/db/cases-repo.ts';
import { HelseDatabase, setDb } from '../../../renderer/db/database.ts';
import { resolveCaseConflict } from '../../../renderer/features/budget/case-conflict.ts';
import type { BudgetCase } from '../../../shared/budget/model.ts';
import { caseRecord } from '../../helpers/stored-records.ts';

let n = 0;
const dbs: HelseDatabase[] = [];
function fresh(): HelseDatabase {
  const db = new HelseDatabase(`hp-conflict-${Date.now()}-${n++}`);
  dbs.push(db);
  setDb(db);
  return db;
}
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  setDb(null);
});

const base = () => caseRecord(`sak-${n}`, 'Sak').doc as BudgetCase;
/** Another window saving: the stored record moves on a revision behind this window's back. */
async function otherWindowSaves(db: HelseDatabase, c: BudgetCase, title: string): Promise<void> {
  const row = (await db.cases.get(c.id)) as { rev?: number };
  await db.cases.put({ id: c.id, title, updatedAt: '2026-02-02T00:00:00.000Z', v: 1, doc: { ...c, title }, rev: (row.rev ?? 0) + 1 } as never);
}

describe('no lost update between windows', () => {
  it('refuses a save made from a revision another window has saved over, and writes nothing', async () => {
    const db = fresh();
    const c = base();
    await saveCase(c);
    await loadCase(c.id);
    await otherWindowSaves(db, c, 'Deres tittel');
    const err = await saveCase({ ...c, title: 'Min tittel' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CaseConflictError);
    expect((err as CaseConflictError).theirs?.title).toBe('Deres tittel');
    expect((await db.cases.get(c.id))!.title).toBe('Deres tittel');
  });

  it('still refuses after another view has only read the cases (the tiltak page lists what funds it)', async () => {
    const db = fresh();
    const c = base();
    await saveCase(c);
    await otherWindowSaves(db, c, 'Deres tittel');
    expect((await readAllCases()).map((x) => x.title)).toEqual(['Deres tittel']);
    expect((await readCase(c.id))!.title).toBe('Deres tittel'); // an export reads it too
    const err = await saveCase({ ...c, title: 'Min tittel' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CaseConflictError);
    expect((await db.cases.get(c.id))!.title).toBe('Deres tittel');
  });

  it('keeps mine on request, with theirs in the history', async () => {
    const db = fresh();
    const c = base();
    await saveCase(c);
    await otherWindowSaves(db, c, 'Deres tittel');
    const err = (await saveCase({ ...c, title: 'Min tittel' }).catch((e: unknown) => e)) as CaseConflictError;
    const r = await resolveCaseConflict(err, () => true);
    expect(r.kept).toBe('mine');
    expect((await db.cases.get(c.id))!.title).toBe('Min tittel');
    expect((await caseHistory(c.id)).map((h) => h.case.title)).toContain('Deres tittel');
  });

  it('keeps theirs on request, and saves continue from their revision', async () => {
    const db = fresh();
    const c = base();
    await saveCase(c);
    await otherWindowSaves(db, c, 'Deres tittel');
    const err = (await saveCase({ ...c, title: 'Min tittel' }).catch((e: unknown) => e)) as CaseConflictError;
    const r = await resolveCaseConflict(err, () => false);
    expect(r).toMatchObject({ kept: 'theirs', case: { title: 'Deres tittel' } });
    await saveCase({ ...r.case, title: 'Videre' });
    expect((await db.cases.get(c.id))!.title).toBe('Videre');
  });

  it('saves in turn without conflict in one window', async () => {
    const db = fresh();
    const c = base();
    for (const t of ['a', 'b', 'c']) await saveCase({ ...c, title: t });
    expect((await db.cases.get(c.id)) as unknown).toMatchObject({ title: 'c', rev: 3 });
  });

  it('tells of saves in other windows, never of this window\'s own', async () => {
    fresh();
    const heard: string[] = [];
    const stop = onCaseSavedElsewhere((id) => heard.push(id));
    try {
      const c = base();
      await saveCase(c);
      const other = new BroadcastChannel('helseportefolje-cases');
      other.postMessage({ id: 'fra-et-annet-vindu', rev: 3, from: 'et-annet-vindu' });
      await new Promise((r) => setTimeout(r, 50));
      other.close();
      expect(heard).toEqual(['fra-et-annet-vindu']);
    } finally {
      stop();
    }
  });
});
