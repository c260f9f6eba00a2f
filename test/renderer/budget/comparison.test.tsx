import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BudgetPage } from '../../../renderer/features/budget/BudgetPage.tsx';
import { freshBudget } from './budget-fixture.ts';

async function openComparison() {
  render(<BudgetPage />);
  fireEvent.click(await screen.findByRole('button', { name: 'Last inn eksempelsak' }));
  await screen.findByRole('heading', { level: 1, name: /Digital samhandling/ });
  fireEvent.click(screen.getByRole('tab', { name: 'Sammenlign' }));
  return screen.getByRole('table', { name: 'Sammenligning av alternativer' });
}

const cellTexts = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent?.replace(/\s+/g, ' ').trim());

// Whole-page renders with charts; the shared 2-core machine can be slow under load.
vi.setConfig({ testTimeout: 30_000 });

describe('Budsjett: sammenligning', () => {
  beforeEach(async () => {
    await freshBudget();
  });

  it('shows the literal reading beside the modelled one that gives the document\'s «ca. 17»', async () => {
    await openComparison();
    const table = screen.getByRole('table', { name: 'Saken side om side med en navngitt versjon' });
    expect(screen.getByRole('combobox', { name: 'Versjon' })).toHaveValue('v-modellert');
    const head = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(head[1]).toBe('Saken nå');
    expect(head[2]).toMatch(/^Modellert lesning: gjenskaper «ca. 17 MNOK»/);
    const gap = within(table).getByRole('row', { name: /^Balanse med estimatene 2024/ });
    expect(cellTexts(gap)).toEqual(['mangler 51,7 MNOK', 'mangler 17,0 MNOK', '+34,7']);
    const available = within(table).getByRole('row', { name: /^Til fordeling 2024/ });
    expect(cellTexts(available)).toEqual(['217,4 267,1 − 20,0 øremerket − 12 % av 247,1 = 217,4', '252,1 267,1 − 15,0 = 252,1', '+34,7']);
    const alt1 = within(table).getByRole('row', { name: /^Alternativ 1 – .* 2024/ });
    expect(within(alt1).getAllByRole('cell')[0]).toHaveTextContent(/mangler .* MNOK/);
    expect(within(alt1).getAllByRole('cell')[1]).toHaveTextContent('går akkurat opp');
    expect(within(alt1).getAllByText('Modellert')).toHaveLength(2);
  });

  it("puts the baseline and the alternatives side by side in the case's order (the document's), with differences marked", async () => {
    const table = await openComparison();
    const head = within(table).getAllByRole('columnheader').map((h) => h.textContent ?? '');
    expect(head.map((h) => h.replace(/(Fra dokument|Modellert|Registrert av bruker).*$/, ''))).toEqual([
      'Tjenesteområde',
      'Aktør',
      'Estimater (utgangspunkt)',
      'Alternativ 1 – Redusere ambisjonsnivået på pasientens måledata',
      'Alternativ 2 – Redusere ambisjonsnivået på pasientens journaldokumenter og pasientens måledata (anbefalt)',
      'Det som fulgte: vedtatt fordeling 2024',
    ]);
    // Which figures are modelled and which come from the documents is said in the header.
    expect(head.slice(3).map((h) => /Modellert/.test(h) ? 'modellert' : /Fra dokument/.test(h) ? 'dokument' : '')).toEqual(['modellert', 'modellert', 'dokument']);
    const md = within(table).getByRole('row', { name: /^Pasientens måledata Norsk helsenett SF/ });
    expect(cellTexts(md)).toEqual(['Norsk helsenett SF', '24,0', '0,0 −24,0 (−100 %)', '13,7 −10,3 (−43 %)', '18,0 −6,0 (−25 %)']);
    const cells = within(md).getAllByRole('cell');
    expect(cells.map((c) => c.classList.contains('cell--diff'))).toEqual([false, false, true, true, true]);
    const prov = within(table).getByRole('row', { name: /^Pasientens prøvesvar Norsk helsenett SF/ });
    expect(within(prov).getAllByRole('cell').slice(1, 4).map((c) => c.classList.contains('cell--diff'))).toEqual([false, false, false]);
    const fits = within(table).getByRole('row', { name: /^Innenfor rammen/ });
    expect(cellTexts(fits)).toEqual(['Nei', 'Nei', 'Ja', 'Nei']);
    const balance = within(table).getByRole('row', { name: /^Balanse/ });
    expect(cellTexts(balance)).toEqual(['mangler 51,7 MNOK', 'mangler 27,7 MNOK', 'går akkurat opp', 'mangler 12,5 MNOK']);
    // D&F stays: the 2025 level is still there in 2029, and the total over 2025–2030 is six years of it.
    expect(cellTexts(within(table).getByRole('row', { name: /^D&F-nivå 2025/ }))).toEqual(['22,0', '17,0', '14,3', '17,8']);
    expect(cellTexts(within(table).getByRole('row', { name: /^D&F-nivå 2029/ }))).toEqual(['22,0', '17,0', '14,3', '17,8']);
    expect(cellTexts(within(table).getByRole('row', { name: /^D&F i alt 2025–2030/ }))).toEqual(['132,0', '102,0', '85,8', '106,9']);
    const actors = screen.getByRole('table', { name: 'Per aktør' });
    expect(cellTexts(within(actors).getByRole('row', { name: /^Norsk helsenett SF/ }))).toEqual(['199,7', '175,7 −24,0', '153,1 −46,6', '171,9 −27,8']);
    expect(cellTexts(within(actors).getByRole('row', { name: /^Helsedirektoratet/ }))).toEqual(['69,4', '69,4', '64,4 −5,0', '58,0 −11,4']);
    const cons = screen.getByRole('region', { name: 'Konsekvenser' });
    expect(within(cons).getAllByRole('listitem').length).toBe(8);
  });

  it('compares the whole period and lets the analyst choose which alternatives', async () => {
    const table = await openComparison();
    fireEvent.change(screen.getByRole('combobox', { name: /Vis/ }), { target: { value: 'period' } });
    // Only the planned year counts: 2025–2029 have frames but no estimates.
    expect(screen.queryByRole('option', { name: 'Hele perioden (2024) – 2025–2029 har ingen estimater og er ikke med' })).toBeInTheDocument();
    expect(cellTexts(within(table).getByRole('row', { name: /^Tilgjengelig/ }))[0]).toBe('217,4');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Det som fulgte: vedtatt fordeling 2024' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Alternativ 1/ }));
    expect(within(table).getAllByRole('columnheader')).toHaveLength(4);
    fireEvent.click(screen.getByRole('checkbox', { name: /^Alternativ 2/ }));
    expect(screen.queryByText('Velg minst to alternativer.')).toBeInTheDocument();
  });
});
