import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCase } from '../../../renderer/db/cases-repo.ts';
import { BudgetPage } from '../../../renderer/features/budget/BudgetPage.tsx';
import { useBudgetStore } from '../../../renderer/features/budget/budget-store.ts';
import { DRAFT_PAUSE_MS } from '../../../renderer/features/budget/use-draft.ts';
import { freshBudget } from './budget-fixture.ts';

// Whole-page renders; the shared 2-core machine can be slow under load.
vi.setConfig({ testTimeout: 30_000 });

const FIELD = 'Estimat Pasientens legemiddelliste NHN 2024';
const present = () => useBudgetStore.getState().history!.present;
const undoSteps = () => useBudgetStore.getState().history!.past.length;

/** The estimate of Pasientens legemiddelliste, NHN, 2024 as stored in the open case (kNOK). */
function storedEstimate(): number {
  const c = present();
  const area = c.areas.find((a) => a.name === 'Pasientens legemiddelliste')!.id;
  const actor = c.actors.find((a) => a.shortName === 'NHN')!.id;
  return c.lines.find((l) => l.year === 2024 && l.areaId === area && l.actorId === actor)!.estimateKNok;
}

/** Opens the example case on its Estimater tab; only the pause timer is faked from here on (IndexedDB keeps its own). */
async function openEstimates(): Promise<HTMLElement> {
  render(<BudgetPage />);
  fireEvent.click(await screen.findByRole('button', { name: 'Last inn eksempelsak' }));
  await screen.findByRole('heading', { level: 1, name: /Digital samhandling/ });
  fireEvent.click(screen.getByRole('tab', { name: 'Estimater' }));
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const input = screen.getByRole('textbox', { name: FIELD });
  input.focus();
  return input;
}

describe('Budsjett: beløpsfelt lagres mens analytikeren skriver', () => {
  beforeEach(async () => {
    await freshBudget();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves a typed amount after a pause in typing, without leaving the field, as one undo step', async () => {
    const input = await openEstimates();
    expect(storedEstimate()).toBe(67_700);
    const before = undoSteps();
    fireEvent.change(input, { target: { value: '70' } });
    act(() => vi.advanceTimersByTime(DRAFT_PAUSE_MS - 300));
    // still typing: a keystroke before the pause is over starts the pause again
    fireEvent.change(input, { target: { value: '70,5' } });
    act(() => vi.advanceTimersByTime(DRAFT_PAUSE_MS - 300));
    expect(storedEstimate()).toBe(67_700);
    act(() => vi.advanceTimersByTime(400));
    expect(storedEstimate()).toBe(70_500);
    expect(undoSteps()).toBe(before + 1);
    // no blur, no Enter: the field still has focus and shows what was typed
    expect(input).toHaveFocus();
    expect(input).toHaveValue('70,5');
    // the figures use it at once
    const row = within(screen.getByRole('table', { name: 'Estimater' })).getByRole('row', { name: /^Sum estimater 2024/ });
    expect(row).toHaveTextContent('271,9');

    vi.useRealTimers();
    const id = present().id;
    await waitFor(async () => expect((await loadCase(id))!.lines.some((l) => l.estimateKNok === 70_500)).toBe(true));
    fireEvent.blur(input);
    fireEvent.click(screen.getByRole('button', { name: 'Angre' }));
    expect(storedEstimate()).toBe(67_700);
  });

  it('saves an amount and a percent typed just before the window closes', async () => {
    const input = await openEstimates();
    fireEvent.change(input, { target: { value: '71' } });
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(storedEstimate()).toBe(71_000);

    fireEvent.click(screen.getByRole('tab', { name: 'Sak og ramme' }));
    const pct = screen.getByRole('textbox', { name: 'Prosent Usikkerhetsavsetning til HOD 2024' });
    pct.focus();
    fireEvent.change(pct, { target: { value: '10,5' } });
    expect(present().frames[0]!.setAsides.find((s) => s.name === 'Usikkerhetsavsetning til HOD')!.amount).toMatchObject({ percent: 12 });
    act(() => void window.dispatchEvent(new Event('beforeunload')));
    expect(present().frames[0]!.setAsides.find((s) => s.name === 'Usikkerhetsavsetning til HOD')!.amount).toMatchObject({ percent: 10.5 });
  });

  it('never saves invalid text, and keeps it in the field with its message when the window closes', async () => {
    const input = await openEstimates();
    const before = undoSteps();
    for (const typed of ['abc', '-5']) {
      fireEvent.change(input, { target: { value: typed } });
      act(() => vi.advanceTimersByTime(DRAFT_PAUSE_MS + 100));
      expect(storedEstimate()).toBe(67_700);
      expect(input).toHaveValue(typed);
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveAccessibleDescription('Ikke et beløp: skriv MNOK, f.eks. 40,7 (Esc angrer).');
    }
    fireEvent.change(input, { target: { value: 'tolv' } });
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(storedEstimate()).toBe(67_700);
    expect(undoSteps()).toBe(before);
    // not lost silently: the text is still there, marked, and the case view says the figures wait for it
    expect(input).toHaveValue('tolv');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Tallene er ikke oppdatert: «Estimat Pasientens legemiddelliste NHN 2024» har en ugyldig verdi/)).toBeInTheDocument();
  });
});
