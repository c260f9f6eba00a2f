import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BudgetPage } from '../../../renderer/features/budget/BudgetPage.tsx';
import { freshBudget } from './budget-fixture.ts';

vi.setConfig({ testTimeout: 30_000 });

const alternatives = () => within(screen.getByRole('navigation', { name: 'Alternativer' })).getAllByRole('button').map((b) => b.textContent);

describe('Budsjett: undo and redo from the keyboard', () => {
  beforeEach(async () => {
    await freshBudget();
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Y as well as Ctrl+Shift+Z', async () => {
    render(<BudgetPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Last inn eksempelsak' }));
    await screen.findByRole('heading', { level: 1, name: /Digital samhandling/ });
    fireEvent.click(screen.getByRole('tab', { name: 'Alternativer' }));
    const before = alternatives();
    fireEvent.click(screen.getByRole('button', { name: 'Nytt alternativ' }));
    const after = alternatives();
    expect(after.length).toBeGreaterThan(before.length);

    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(alternatives()).toEqual(before);
    fireEvent.keyDown(window, { key: 'y', ctrlKey: true });
    expect(alternatives()).toEqual(after);
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(alternatives()).toEqual(after);
  });
});
