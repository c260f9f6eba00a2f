import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BudgetPage } from '../../../renderer/features/budget/BudgetPage.tsx';
import { freshBudget } from './budget-fixture.ts';

// Whole-page renders; the shared 2-core machine can be slow under load.
vi.setConfig({ testTimeout: 30_000 });

const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());

async function openExample() {
  render(<BudgetPage />);
  fireEvent.click(await screen.findByRole('button', { name: 'Last inn eksempelsak' }));
  await screen.findByRole('heading', { level: 1, name: /Digital samhandling/ });
}

describe('Budsjett: tall vises likt i tabellene', () => {
  beforeEach(async () => {
    await freshBudget();
  });

  it('shows the frames with one decimal, like the sentences (20,0 beside 29,7), and each frame field with its own value', async () => {
    await openExample();
    const frames = screen.getByRole('table', { name: 'Ramme per år' });
    const y2024 = within(frames).getByRole('row', { name: /^2024/ });
    // Øremerket, Avsetninger and Tilgjengelig: 29,652 and 217,448 MNOK are shown as 29,7 and 217,4
    expect(cells(y2024).slice(1, 4)).toEqual(['20,0', '29,7', '217,4']);
    expect(y2024).not.toHaveTextContent('217,448');
    expect(screen.getByRole('list', { name: 'Estimatene mot rammen' })).toHaveTextContent('mot 217,4 MNOK tilgjengelig');
    // a field shows what was typed (251,39), the table beside it one decimal
    const y2027 = within(frames).getByRole('row', { name: /^2027/ });
    expect(within(y2027).getByRole('textbox', { name: 'Ramme 2027' })).toHaveValue('251,39');
    expect(cells(y2027)[3]).toBe('251,4');
    // the set-aside's amount, beside its fields
    expect(screen.getByRole('group', { name: 'Øremerket og avsetninger 2024' })).toHaveTextContent('= 29,7 MNOK');
  });

  it('groups thousands in the tables and in the fields ("20 000", never "20000")', async () => {
    await openExample();
    const frame = screen.getByRole('textbox', { name: 'Ramme 2025' });
    fireEvent.change(frame, { target: { value: '20000' } });
    fireEvent.keyDown(frame, { key: 'Enter' });
    expect(frame).toHaveValue('20\u00a0000');
    const row = within(screen.getByRole('table', { name: 'Ramme per år' })).getByRole('row', { name: /^2025/ });
    expect(cells(row)[3]).toBe('20 000,0');
    expect(row).not.toHaveTextContent('20000');
  });

  it('shows estimates, alternatives and the balancing proposal with one decimal', async () => {
    await openExample();
    fireEvent.click(screen.getByRole('tab', { name: 'Alternativer' }));
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Alternativer' })).getByRole('button', { name: /^Alternativ 2/ }));
    const name = 'Alternativ 2 – Redusere ambisjonsnivået på pasientens journaldokumenter og pasientens måledata';
    const years = screen.getByRole('table', { name: `Resultat per år for ${name}` });
    // 153,093 MNOK for NHN, 46,607 less than the estimates
    expect(within(years).getByRole('row', { name: /^2024/ })).toHaveTextContent('153,1 −46,6 mot estimatene');
    // no cell has more than one decimal
    const tooPrecise = (table: HTMLElement) => cells(table).filter((t) => /\d,\d{2}/.test(t));
    expect(tooPrecise(years)).toEqual([]);
    const lines = screen.getByRole('table', { name: `Linjer i ${name}` });
    expect(tooPrecise(lines)).toEqual([]);
    expect(screen.getByText(/^Beløpene vises i MNOK med én desimal/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Nytt alternativ' }));
    fireEvent.click(screen.getByRole('button', { name: 'Balanser' }));
    const dialog = screen.getByRole('dialog', { name: /^Balanser/, hidden: true });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Kan kuttes: Journaldokumenter NHN 2024', hidden: true }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Kan kuttes: Måledata NHN 2024', hidden: true }));
    const proposal = within(dialog).getByRole('table', { name: 'Linjer som kan kuttes', hidden: true });
    const row = within(proposal).getByRole('row', { name: /Journaldokumenter NHN 2024/, hidden: true });
    expect(cells(row)[4]).toMatch(/^\d+,\d \(−\d+,\d\)$/);
    expect(tooPrecise(proposal)).toEqual([]);
  });
});
