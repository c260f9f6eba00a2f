import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { InitiativesPage } from '../../../renderer/features/initiatives/InitiativesPage.tsx';
import { casesFunding, yearsText } from '../../../renderer/features/initiatives/funding.ts';
import { saveCase } from '../../../renderer/db/cases-repo.ts';
import { useBudgetStore } from '../../../renderer/features/budget/budget-store.ts';
import { useNavigation } from '../../../renderer/store/navigation.ts';
import { parseCaseObject } from '../../../shared/budget/case-file.ts';
import type { BudgetCase } from '../../../shared/budget/model.ts';
import exampleJson from '../../../assets/examples/nuit-43-23-sak.json';
import { budgetCase, frame, line } from '../../helpers/budget-case.ts';
import { freshBudget } from '../budget/budget-fixture.ts';
import { goTo, useReports } from '../overview/portfolio-fixture.ts';

vi.setConfig({ testTimeout: 30_000 });

function example(): BudgetCase {
  const res = parseCaseObject(exampleJson);
  if (!res.ok) throw new Error('Eksempelsaken er ugyldig');
  return res.case;
}

/** A second case: tiltak 160 funded over two years by one actor. */
const second = (): BudgetCase => ({
  ...budgetCase([frame(2025, 50_000), frame(2026, 50_000)], [
    line('pll', 'nhn', 2025, 12_500, { initiativeNrs: ['160'] }),
    line('pll', 'nhn', 2026, 20_000, { initiativeNrs: ['160'] }),
  ]),
  id: 'oppfolging',
  title: 'Oppfølging 2025',
  updatedAt: '2026-02-01T00:00:00.000Z',
});

const region = () => screen.findByRole('region', { name: 'Budsjettsaker som finansierer tiltaket' });

describe('Tiltak: the budget cases that fund it', () => {
  beforeEach(async () => {
    await freshBudget();
    useReports();
  });

  it('lists each stored case with lines for the tiltak: years, areas and actors, estimate in MNOK', async () => {
    await saveCase(example());
    await saveCase(second());
    goTo('tiltak', { nr: '160' });
    render(<InitiativesPage />);
    const panel = await region();
    const rows = (await within(panel).findAllByRole('row')).slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    // newest first, as the Budsjett list
    expect(rows).toEqual([
      ['Oppfølging 2025', '2025–2026', 'pll (nhn)', '32,5'],
      ['Digital samhandling – budsjett og prioriteringer 2024 · sak 43/23', '2024', 'Pasientens legemiddelliste (NHN, Hdir)', '103,0'],
    ]);
  });

  it('says when the lines are shared with other tiltak', async () => {
    await saveCase(example());
    goTo('tiltak', { nr: '194' });
    render(<InitiativesPage />);
    const panel = await region();
    const row = (await within(panel).findAllByRole('row'))[1]!;
    expect(row).toHaveTextContent('linjene gjelder også tiltak 218');
    // 20 + 9 + 85 + 11,8 + 3 + 13,3 + 24 + 0 MNOK
    expect(within(row).getByText('166,1')).toHaveClass('num');
  });

  it('opens the case in Budsjett from its link', async () => {
    await saveCase(second());
    goTo('tiltak', { nr: '160' });
    render(<InitiativesPage />);
    fireEvent.click(await within(await region()).findByRole('link', { name: 'Oppfølging 2025' }));
    await vi.waitFor(() => expect(useNavigation.getState().area).toBe('budsjett'));
    expect(useBudgetStore.getState().history?.present.id).toBe('oppfolging');
  });

  it('says so in words when no case funds the tiltak', async () => {
    goTo('tiltak', { nr: '181' });
    render(<InitiativesPage />);
    expect(await within(await region()).findByText(/Ingen budsjettsaker er lagret ennå/)).toBeInTheDocument();
    await saveCase(second());
    goTo('tiltak', { nr: '194' });
    expect(await within(await region()).findByText(/Ingen av de lagrede budsjettsakene har estimatlinjer knyttet til tiltak 194/)).toBeInTheDocument();
  });
});

describe('funding lines', () => {
  it('sum the estimates of the lines that name the tiltak, per case', () => {
    const f = casesFunding([second(), example()], '160');
    expect(f.map((x) => [x.id, x.years, x.estimateKNok])).toEqual([
      ['oppfolging', [2025, 2026], 32_500],
      [example().id, [2024], 103_000],
    ]);
    expect(casesFunding([second()], '999')).toEqual([]);
  });

  it('write years as a span when they follow each other', () => {
    expect(yearsText([2024])).toBe('2024');
    expect(yearsText([2024, 2025, 2026])).toBe('2024–2026');
    expect(yearsText([2024, 2026])).toBe('2024, 2026');
  });
});
