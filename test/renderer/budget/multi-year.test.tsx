import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BudgetPage } from '../../../renderer/features/budget/BudgetPage.tsx';
import { useBudgetStore } from '../../../renderer/features/budget/budget-store.ts';
import { freshBudget } from './budget-fixture.ts';

// Whole-page renders; the shared 2-core machine can be slow under load.
vi.setConfig({ testTimeout: 30_000 });

const text = (el: HTMLElement) => (el.textContent ?? '').replace(/\s+/g, ' ');
const present = () => useBudgetStore.getState().history!.present;

function type(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

function addLine(area: string, actor: string, year: string, mnok: string) {
  fireEvent.change(screen.getByRole('combobox', { name: 'Tjenesteområde' }), { target: { value: area } });
  fireEvent.change(screen.getByRole('combobox', { name: 'Aktør' }), { target: { value: actor } });
  fireEvent.change(screen.getByRole('combobox', { name: 'År' }), { target: { value: year } });
  fireEvent.change(screen.getByRole('textbox', { name: 'Estimat (MNOK)' }), { target: { value: mnok } });
  fireEvent.click(screen.getByRole('button', { name: 'Legg til linje' }));
}

describe('Budsjett: en ny sak over flere år, med to aktører', () => {
  beforeEach(async () => {
    await freshBudget();
  });

  it('chooses the first year and the number of years, adds and removes years at either end', async () => {
    render(<BudgetPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ny sak' }));
    fireEvent.change(screen.getByRole('combobox', { name: /^Første år/ }), { target: { value: '2030' } });
    fireEvent.change(screen.getByRole('combobox', { name: /^Antall år/ }), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opprett saken' }));
    await screen.findByRole('heading', { level: 1, name: 'Ny budsjettsak' });
    expect(present().years).toEqual([2030, 2031, 2032]);
    fireEvent.click(screen.getByRole('button', { name: 'Legg til 2029 først' }));
    fireEvent.click(screen.getByRole('button', { name: 'Legg til 2033 sist' }));
    expect(present().years).toEqual([2029, 2030, 2031, 2032, 2033]);
    fireEvent.click(screen.getByRole('button', { name: 'Fjern 2033' }));
    const dialog = screen.getByRole('dialog', { name: 'Fjerne 2033 fra saken?', hidden: true });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fjern 2033', hidden: true }));
    expect(present().years).toEqual([2029, 2030, 2031, 2032]);
    const frames = screen.getByRole('table', { name: 'Ramme per år' });
    expect(within(frames).getAllByRole('rowheader').map((r) => text(r))).toEqual(['2029', '2030', '2031', '2032']);
  });

  it('builds two actors’ estimates, copies a year with a percent change, moves a line and sums per actor', async () => {
    render(<BudgetPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ny sak' }));
    fireEvent.change(screen.getByRole('combobox', { name: /^Første år/ }), { target: { value: '2030' } });
    fireEvent.change(screen.getByRole('combobox', { name: /^Antall år/ }), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opprett saken' }));
    await screen.findByRole('heading', { level: 1, name: 'Ny budsjettsak' });
    fireEvent.click(screen.getByRole('tab', { name: 'Estimater' }));
    addLine('Prøvesvar', 'NHN', '2030', '20');
    addLine('Prøvesvar', 'Hdir', '2030', '9');
    addLine('Måledata', 'NHN', '2030', '24');
    fireEvent.change(screen.getByRole('textbox', { name: /Endring i prosent/ }), { target: { value: '10' } });
    fireEvent.change(screen.getByRole('combobox', { name: /^Til år/ }), { target: { value: '2031' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kopier linjene' }));
    expect(present().lines.filter((l) => l.year === 2031).map((l) => l.estimateKNok)).toEqual([22_000, 9_900, 26_400]);
    const est = screen.getByRole('table', { name: 'Estimater' });
    expect(within(est).getByRole('row', { name: /^Sum NHN 2031/ })).toHaveTextContent('48,4');
    expect(within(est).getByRole('row', { name: /^Sum Hdir 2031/ })).toHaveTextContent('9,9');
    fireEvent.change(screen.getByRole('combobox', { name: 'År Måledata NHN 2031' }), { target: { value: '2032' } });
    expect(present().lines.filter((l) => l.year === 2032)).toHaveLength(1);
    fireEvent.change(screen.getByRole('combobox', { name: 'D&F til og med Prøvesvar NHN 2030' }), { target: { value: '2031' } });
    expect(present().lines.find((l) => l.year === 2030 && l.estimateKNok === 20_000)!.followOnEndYear).toBe(2031);
  });

  it('edits set-asides and shows the sum in words, and checks a styringsramme', async () => {
    render(<BudgetPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ny sak' }));
    fireEvent.change(screen.getByRole('combobox', { name: /^Første år/ }), { target: { value: '2030' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opprett saken' }));
    await screen.findByRole('heading', { level: 1, name: 'Ny budsjettsak' });
    type(screen.getByRole('textbox', { name: 'Ramme 2030' }), '100');
    fireEvent.click(screen.getByRole('button', { name: 'Legg til øremerket 2030' }));
    type(screen.getByRole('textbox', { name: 'Beløp Øremerket 2030' }), '10');
    fireEvent.click(screen.getByRole('button', { name: 'Legg til avsetning 2030' }));
    type(screen.getByRole('textbox', { name: 'Prosent Usikkerhetsavsetning 2030' }), '12');
    const frames = screen.getByRole('table', { name: 'Ramme per år' });
    expect(within(frames).getByRole('row', { name: /^2030/ })).toHaveTextContent('100,0 − 10,0 øremerket − 12 % av 90,0 = 79,2');
    fireEvent.change(screen.getByRole('combobox', { name: 'Grunnlag Usikkerhetsavsetning 2030' }), { target: { value: 'frame' } });
    expect(within(frames).getByRole('row', { name: /^2030/ })).toHaveTextContent('100,0 − 10,0 øremerket − 12 % av 100,0 = 78,0');

    fireEvent.click(screen.getByRole('button', { name: 'Legg til styringsramme' }));
    type(screen.getByRole('textbox', { name: 'Styringsramme (MNOK)' }), '50');
    const cap = screen.getByRole('table', { name: 'Styringsramme 2030–2030' });
    expect(within(cap).getByRole('row', { name: /^Rammene 2030–2030/ })).toHaveTextContent('over med 50,0 MNOK');
    const warnings = screen.getByRole('list', { name: 'Advarsler om styringsrammen' });
    expect(warnings).toHaveTextContent('Rammene for 2030–2030 er til sammen 100,0 MNOK, 50,0 MNOK over styringsrammen på 50,0 MNOK.');
    await waitFor(() => expect(present().cap).toMatchObject({ fromYear: 2030, toYear: 2030, kNok: 50_000, includeOpex: true }));
  });
});

describe('Budsjett: eksempelsaken per aktør', () => {
  beforeEach(async () => {
    await freshBudget();
  });

  it('takes a percent set-aside of the estimates of the actors and areas ticked, and lets a tick be taken back', async () => {
    render(<BudgetPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Last inn eksempelsak' }));
    await screen.findByRole('heading', { level: 1, name: /Digital samhandling/ });
    const [basis] = screen.getAllByRole('combobox', { name: /^Grunnlag .* 2024$/ });
    fireEvent.change(basis!, { target: { value: 'estimatesOf' } });
    const group = screen.getByRole('group', { name: 'Estimatene til' });
    const boxes = within(group).getAllByRole('checkbox');
    const c = present();
    expect(boxes).toHaveLength(c.actors.length + c.areas.length);
    fireEvent.click(boxes[0]!);
    fireEvent.click(boxes[c.actors.length]!);
    fireEvent.click(boxes[c.actors.length + 1]!);
    const base = () => present().frames.flatMap((y) => y.setAsides).map((s) => s.amount).find((a) => a.kind === 'percent' && a.base.kind === 'estimatesOf');
    expect(base()).toMatchObject({ base: { actorIds: [c.actors[0]!.id], areaIds: [c.areas[0]!.id, c.areas[1]!.id] } });
    fireEvent.click(boxes[c.actors.length]!);
    expect(base()).toMatchObject({ base: { actorIds: [c.actors[0]!.id], areaIds: [c.areas[1]!.id] } });
    expect(boxes[c.actors.length]).not.toBeChecked();
    expect(boxes[c.actors.length + 1]).toBeChecked();
  });

  it('shows alternative 2 per actor with the difference to the estimates, its D&F levels and the allocation table', async () => {
    render(<BudgetPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Last inn eksempelsak' }));
    await screen.findByRole('heading', { level: 1, name: /Digital samhandling/ });
    const cap = screen.getByRole('table', { name: 'Styringsramme 2024–2029' });
    expect(within(cap).getByRole('row', { name: /^Rammene 2024–2029/ })).toHaveTextContent('1 395,2');
    const granted = screen.getByRole('table', { name: 'Tildelt 2025' });
    expect(within(granted).getByRole('row', { name: /^Norsk helsenett SF: Digital samhandling/ })).toHaveTextContent('61,4');
    fireEvent.click(screen.getByRole('tab', { name: 'Alternativer' }));
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Alternativer' })).getByRole('button', { name: /^Alternativ 2/ }));
    const name = 'Alternativ 2 – Redusere ambisjonsnivået på pasientens journaldokumenter og pasientens måledata';
    const years = screen.getByRole('table', { name: `Resultat per år for ${name}` });
    expect(within(years).queryByRole('columnheader', { name: 'NHN (MNOK)' })).toBeInTheDocument();
    expect(within(years).getByRole('row', { name: /^2024/ })).toHaveTextContent('153,1 −46,6 mot estimatene');
    expect(within(years).getByRole('row', { name: /^Hele perioden \(2024\)/ })).toHaveTextContent('64,4 −5,0 mot estimatene');
    const levels = screen.getByRole('table', { name: `D&F-nivå per år for ${name}` });
    expect(within(levels).getAllByRole('cell').map((c) => text(c))).toEqual(['14,3', '14,3', '14,3', '14,3', '14,3', '14,3', '85,8']);
    const alloc = screen.getByRole('table', { name: `Fordeling mellom aktørene for ${name}` });
    const cells = (row: HTMLElement) => [...row.children].map((c) => text(c as HTMLElement));
    expect(cells(within(alloc).getByRole('row', { name: /^Pasientens journaldokumenter/ }))).toEqual(['Pasientens journaldokumenter', '48,7', '6,8', '55,4']);
    expect(cells(within(alloc).getByRole('row', { name: /^Sum/ }))).toEqual(['Sum', '153,1', '64,4', '217,4']);
  });
});
