import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../../../renderer/db/database.ts';
import { caseHistory, deleteCase, listCases, loadCase, saveCase } from '../../../renderer/db/cases-repo.ts';
import { budgetCase, frame, line } from '../../helpers/budget-case.ts';
import { freshBudget } from './budget-fixture.ts';

const at = (iso: string, estimate = 1_000) => ({ ...budgetCase([frame(2024, 5_000)], [line('a', 'x', 2024, estimate)]), updatedAt: iso });

describe('cases repository', () => {
  beforeEach(async () => {
    await freshBudget();
  });

  it('saves, lists newest first and loads a case', async () => {
    await saveCase({ ...at('2026-01-01T10:00:00.000Z'), id: 'a', title: 'A' });
    await saveCase({ ...at('2026-01-02T10:00:00.000Z'), id: 'b', title: 'B' });
    expect((await listCases()).map((c) => c.title)).toEqual(['B', 'A']);
    expect((await loadCase('a'))!.lines[0]!.estimateKNok).toBe(1_000);
    expect(await loadCase('nei')).toBeNull();
  });

  it('keeps an automatic snapshot at most every five minutes', async () => {
    await saveCase(at('2026-01-01T10:00:00.000Z', 1));
    await saveCase(at('2026-01-01T10:01:00.000Z', 2));
    await saveCase(at('2026-01-01T10:06:00.000Z', 3));
    const h = await caseHistory('test');
    expect(h.map((x) => x.case.lines[0]!.estimateKNok)).toEqual([3, 1]);
    expect((await loadCase('test'))!.lines[0]!.estimateKNok).toBe(3);
  });

  it('never hands out a damaged record, and deletes a case with its history', async () => {
    await saveCase(at('2026-01-01T10:00:00.000Z'));
    await getDb().cases.update('test', { doc: { title: 'halv' } });
    expect(await loadCase('test')).toBeNull();
    await deleteCase('test');
    expect(await listCases()).toEqual([]);
    expect(await caseHistory('test')).toEqual([]);
  });
});
