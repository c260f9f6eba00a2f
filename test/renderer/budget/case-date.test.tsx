import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCase } from '../../../renderer/db/cases-repo.ts';
import { BudgetPage } from '../../../renderer/features/budget/BudgetPage.tsx';
import { exampleCase, useBudgetStore } from '../../../renderer/features/budget/budget-store.ts';
import { freshBudget } from './budget-fixture.ts';

// Whole-page renders; the shared 2-core machine can be slow under load.
vi.setConfig({ testTimeout: 30_000 });

const storedDate = () => useBudgetStore.getState().history!.present.meta.date;

/** Opens the example case with its date as an older case may hold it. */
async function openWithDate(date: string): Promise<HTMLInputElement> {
  const c = exampleCase();
  await useBudgetStore.getState().open({ ...c, meta: { ...c.meta, date } });
  render(<BudgetPage />);
  return (await screen.findByLabelText('Dato')) as HTMLInputElement;
}

describe('Budsjett: sakens dato velges, den skrives ikke fritt', () => {
  beforeEach(async () => {
    await freshBudget();
  });

  it('is a date field holding the ISO date, and a chosen date is stored as ISO', async () => {
    const field = await openWithDate('2023-10-31');
    expect(field).toHaveAttribute('type', 'date');
    expect(field).toHaveValue('2023-10-31');
    fireEvent.change(field, { target: { value: '2023-11-07' } });
    fireEvent.blur(field);
    expect(storedDate()).toBe('2023-11-07');
    const id = useBudgetStore.getState().history!.present.id;
    await waitFor(async () => expect((await loadCase(id))?.meta.date).toBe('2023-11-07'));
  });

  it('shows an older case’s "31.10.2023" as that date, and stores ISO once a date is chosen', async () => {
    const field = await openWithDate('31.10.2023');
    expect(field).toHaveValue('2023-10-31');
    expect(field).not.toHaveAttribute('aria-invalid');
    // only shown converted: nothing is saved until the analyst changes it
    expect(storedDate()).toBe('31.10.2023');
    fireEvent.change(field, { target: { value: '2023-11-01' } });
    fireEvent.blur(field);
    expect(storedDate()).toBe('2023-11-01');
  });

  it('keeps a stored date that is no date, with a message beside the field, until a date is chosen', async () => {
    const field = await openWithDate('høsten 2023');
    expect(field).toHaveValue('');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    const message = 'Lagret som «høsten 2023», som ikke er en dato. Teksten beholdes til du velger en dato.';
    expect(screen.getByText(message)).toBeInTheDocument();
    await waitFor(() => expect(field).toHaveAccessibleDescription(message));
    // leaving the empty field does not drop the text
    fireEvent.focus(field);
    fireEvent.blur(field);
    expect(storedDate()).toBe('høsten 2023');
    fireEvent.change(field, { target: { value: '2023-10-31' } });
    fireEvent.blur(field);
    expect(storedDate()).toBe('2023-10-31');
    expect(screen.queryByText(message)).not.toBeInTheDocument();
    expect(field).not.toHaveAttribute('aria-invalid');
  });
});
