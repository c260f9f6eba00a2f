import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BudgetPage } from '../../../renderer/features/budget/BudgetPage.tsx';
import { useBudgetStore } from '../../../renderer/features/budget/budget-store.ts';
import { DRAFT_PAUSE_MS } from '../../../renderer/features/budget/use-draft.ts';
import { freshBudget } from './budget-fixture.ts';

// Whole-page renders; the shared 2-core machine can be slow under load.
vi.setConfig({ testTimeout: 30_000 });

const present = () => useBudgetStore.getState().history!.present;

async function openExample() {
  render(<BudgetPage />);
  fireEvent.click(await screen.findByRole('button', { name: 'Last inn eksempelsak' }));
  await screen.findByRole('heading', { level: 1, name: /Digital samhandling/ });
}

/** Every field in the open tab (the Balanser dialog included when open). */
const fields = () => [...document.querySelectorAll<HTMLElement>('#case-panel input, #case-panel select, #case-panel textarea')];

describe('Budsjett: feltene er designsystemets, og hvert har et navn', () => {
  beforeEach(async () => {
    await freshBudget();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('uses the design system’s fields in every tab, each with an accessible name', { timeout: 60_000 }, async () => {
    await openExample();
    for (const tab of ['Sak og ramme', 'Estimater', 'Alternativer']) {
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      if (tab === 'Alternativer') {
        fireEvent.click(screen.getByRole('button', { name: 'Nytt alternativ' }));
        fireEvent.click(screen.getByRole('button', { name: 'Balanser' }));
        fireEvent.click(screen.getByRole('radio', { name: 'Etter vekter', hidden: true }));
      }
      const found = fields();
      expect(found.length, tab).toBeGreaterThan(5);
      for (const f of found) {
        expect(f, `${tab}: ${f.outerHTML.slice(0, 120)}`).toHaveClass('ds-input');
        expect(f, `${tab}: ${f.outerHTML.slice(0, 120)}`).toHaveAccessibleName();
      }
    }
    // a row's fields are named by the row
    fireEvent.click(screen.getByRole('tab', { name: 'Estimater' }));
    expect(screen.getByRole('textbox', { name: 'Estimat Pasientens legemiddelliste NHN 2024' })).toHaveClass('ds-input');
    expect(screen.getByRole('combobox', { name: 'D&F til og med Pasientens legemiddelliste NHN 2024' })).toHaveClass('ds-input');
  });

  it('saves a set-aside’s name after a pause in typing, as one undo step, not one per keystroke', async () => {
    await openExample();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const group = screen.getByRole('group', { name: 'Øremerket og avsetninger 2024' });
    const input = within(group).getByRole('textbox', { name: 'Navn på avsetning Helseteknologiordningen 2024' });
    const before = useBudgetStore.getState().history!.past.length;
    for (const typed of ['H', 'HT', 'HTO']) fireEvent.change(input, { target: { value: typed } });
    expect(present().frames[0]!.setAsides[0]!.name).toBe('Helseteknologiordningen');
    act(() => vi.advanceTimersByTime(DRAFT_PAUSE_MS + 100));
    expect(present().frames[0]!.setAsides[0]!.name).toBe('HTO');
    expect(useBudgetStore.getState().history!.past.length).toBe(before + 1);
  });

  it('marks a weight in Balanser that is not a number beside its field, instead of reading it as 0', async () => {
    await openExample();
    fireEvent.click(screen.getByRole('tab', { name: 'Alternativer' }));
    fireEvent.click(screen.getByRole('button', { name: 'Nytt alternativ' }));
    fireEvent.click(screen.getByRole('button', { name: 'Balanser' }));
    const dialog = screen.getByRole('dialog', { name: /^Balanser/, hidden: true });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Etter vekter', hidden: true }));
    const weight = within(dialog).getByRole('textbox', { name: 'Vekt Journaldokumenter NHN 2024', hidden: true });
    fireEvent.change(weight, { target: { value: '1,5' } });
    expect(weight).toHaveValue('1,5');
    expect(weight).not.toHaveAttribute('aria-invalid');
    fireEvent.change(weight, { target: { value: 'to' } });
    expect(weight).toHaveValue('to');
    expect(weight).toHaveAttribute('aria-invalid', 'true');
    expect(weight).toHaveAccessibleDescription('Ikke et tall: skriv 0 eller mer, f.eks. 2. Forslaget regner ikke med det før det er rettet.');
  });
});
