import { describe, expect, it } from 'vitest';
import {
  addAlternative, addLine, addNamedVersion, deleteAlternative, historyOf, pushHistory, redo, removeLine, restoreVersion, undo,
  updateAdjustment, updateAlternative, updateLine,
} from '../../../shared/budget/edits.ts';
import { alternative, budgetCase, frame, line } from '../../helpers/budget-case.ts';

const NOW = '2026-11-22T10:00:00.000Z';
const base = () =>
  budgetCase([frame(2024, 100_000)], [line('a', 'x', 2024, 10_000, { source: { kind: 'dokument', ref: 'sak' } })], [alternative('p', [], { recommended: true }), alternative('q', [])]);

describe('case edits', () => {
  it('never changes the input and marks typed figures as the user’s', () => {
    const c = base();
    const before = JSON.stringify(c);
    const next = updateLine(c, 'l-2024-a-x', { estimateKNok: 12_000 }, NOW);
    expect(JSON.stringify(c)).toBe(before);
    expect(next.lines[0]).toMatchObject({ estimateKNok: 12_000, source: { kind: 'bruker' } });
    expect(next.updatedAt).toBe(NOW);
  });
  it('keeps one recommendation and drops adjustments that change nothing', () => {
    let c = updateAlternative(base(), 'q', { recommended: true }, NOW);
    expect(c.alternatives.map((a) => a.recommended)).toEqual([false, true]);
    c = updateAdjustment(c, 'q', 'l-2024-a-x', { change: { kind: 'cut', kNok: 1_000 } }, NOW);
    expect(c.alternatives[1]!.adjustments).toHaveLength(1);
    c = updateAdjustment(c, 'q', 'l-2024-a-x', { change: null }, NOW);
    expect(c.alternatives[1]!.adjustments).toEqual([]);
  });
  it('duplicates, deletes, adds and removes lines consistently', () => {
    let c = updateAdjustment(base(), 'p', 'l-2024-a-x', { locked: true }, NOW);
    const dup = addAlternative(c, 'p kopi', NOW, 'p');
    c = dup.case;
    expect(c.alternatives.find((a) => a.id === dup.id)).toMatchObject({ name: 'p kopi', recommended: false, adjustments: [{ locked: true }] });
    c = deleteAlternative(c, 'p', NOW);
    expect(c.alternatives.map((a) => a.name)).toEqual(['q', 'p kopi']);
    const added = addLine(c, 'Nytt område', 'x', 2024, 5_000, NOW)!;
    expect(added.areas.map((a) => a.name)).toEqual(['a', 'Nytt område']);
    expect(addLine(added, 'a', 'x', 2024, 1, NOW)).toBeNull();
    const removed = removeLine(c, 'l-2024-a-x', NOW);
    expect(removed.alternatives.every((a) => a.adjustments.length === 0)).toBe(true);
  });
  it('keeps named versions unchanged by later edits and restores them', () => {
    let c = addNamedVersion(base(), 'sendt NUIT 31.10', NOW);
    c = updateLine(c, 'l-2024-a-x', { estimateKNok: 1 }, NOW);
    expect(c.versions[0]!.snapshot.lines[0]!.estimateKNok).toBe(10_000);
    const back = restoreVersion(c, c.versions[0]!.id, NOW);
    expect(back.lines[0]!.estimateKNok).toBe(10_000);
    expect(back.versions).toHaveLength(1);
  });
  it('undoes and redoes', () => {
    let h = historyOf(1);
    h = pushHistory(h, 2);
    h = pushHistory(h, 3);
    h = undo(undo(h));
    expect(h.present).toBe(1);
    h = redo(h);
    expect(h.present).toBe(2);
    h = pushHistory(h, 9);
    expect(h.future).toEqual([]);
    expect(undo(historyOf(5))).toEqual(historyOf(5));
  });
});
