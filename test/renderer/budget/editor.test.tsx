import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listCases, loadCase } from '../../../renderer/db/cases-repo.ts';
import { BudgetPage } from '../../../renderer/features/budget/BudgetPage.tsx';
import { useBudgetStore } from '../../../renderer/features/budget/budget-store.ts';
import { useReports } from '../overview/portfolio-fixture.ts';
import { freshBudget } from './budget-fixture.ts';

async function openExample() {
  render(<BudgetPage />);
  fireEvent.click(await screen.findByRole('button', { name: 'Last inn eksempelsak' }));
  await screen.findByRole('heading', { level: 1, name: 'Digital samhandling – budsjett og prioriteringer 2024' });
}

function summaryRow(altName: string, year: string) {
  const table = screen.getByRole('table', { name: `Resultat per år for ${altName}` });
  return within(table).getByRole('row', { name: new RegExp(`^${year}`) });
}

// Whole-page renders with charts; the shared 2-core machine can be slow under load.
vi.setConfig({ testTimeout: 30_000 });

describe('Budsjett: saker og alternativer', () => {
  beforeEach(async () => {
    await freshBudget();
  });

  it('starts honestly empty, loads the example and stores it', async () => {
    render(<BudgetPage />);
    expect(await screen.findByRole('heading', { name: 'Ingen budsjettsaker ennå' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Last inn eksempelsak' }));
    await screen.findByRole('heading', { level: 1, name: /Digital samhandling/ });
    const frames = screen.getByRole('table', { name: 'Ramme per år' });
    expect(within(frames).getByRole('row', { name: /^2024/ }).textContent).toContain('217,4');
    expect(within(frames).getAllByText('Fra dokument').length).toBeGreaterThan(0);
    expect(within(frames).getByRole('row', { name: /^2024/ })).toHaveTextContent('267,1 − 20,0 øremerket − 12 % av 247,1 = 217,4');
    const gap = screen.getByRole('list', { name: 'Estimatene mot rammen' });
    expect(gap.textContent?.replace(/\s+/g, ' ')).toBe('2024: estimatene er 269,1 MNOK mot 217,4 MNOK tilgjengelig — mangler 51,7 MNOK.');
    await waitFor(async () => expect((await listCases()).map((c) => c.title)).toEqual(['Digital samhandling – budsjett og prioriteringer 2024']));
  });

  it('edits a line of a new alternative, shows the result at once, autosaves, and undoes', async () => {
    await openExample();
    fireEvent.click(screen.getByRole('tab', { name: 'Alternativer' }));
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Alternativer' })).getByRole('button', { name: /^Alternativ 2/ }));
    expect(summaryRow('Alternativ 2 – Redusere ambisjonsnivået på pasientens journaldokumenter og pasientens måledata', '2024').textContent).toContain(
      'går akkurat opp',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Nytt alternativ' }));
    const name = 'Alternativ 4';
    expect(summaryRow(name, '2024').textContent).toContain('mangler 51,7 MNOK');
    fireEvent.change(screen.getByRole('combobox', { name: 'Endring Pasientens måledata NHN 2024' }), { target: { value: 'set' } });
    const input = screen.getByRole('textbox', { name: 'Beløp Pasientens måledata NHN 2024' });
    fireEvent.change(input, { target: { value: '7' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(summaryRow(name, '2024').textContent).toContain('mangler 34,7 MNOK');
    const id = useBudgetStore.getState().history!.present.id;
    await waitFor(async () => {
      const stored = await loadCase(id);
      expect(stored!.alternatives.find((a) => a.name === name)!.adjustments[0]!.change).toEqual({ kind: 'set', kNok: 7_000 });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Angre' }));
    fireEvent.click(screen.getByRole('button', { name: 'Angre' }));
    expect(summaryRow(name, '2024').textContent).toContain('mangler 51,7 MNOK');
    fireEvent.click(screen.getByRole('button', { name: 'Gjør om' }));
    expect(screen.getByRole('combobox', { name: 'Endring Pasientens måledata NHN 2024' })).toHaveProperty('value', 'set');
  });

  it('saves text as the analyst types, without leaving the field, and everything typed when the window closes', async () => {
    await openExample();
    const purpose = screen.getByRole('textbox', { name: 'Hensikt' });
    fireEvent.change(purpose, { target: { value: 'Skrevet uten å forlate feltet' } });
    // no blur, no Enter: saved after the pause in typing
    await waitFor(() => expect(useBudgetStore.getState().history?.present.meta.purpose).toBe('Skrevet uten å forlate feltet'));
    const id = useBudgetStore.getState().history!.present.id;
    await waitFor(async () => expect((await loadCase(id))?.meta.purpose).toBe('Skrevet uten å forlate feltet'));
    // typed, and the window closes before the pause is over: the text is saved on the way out
    fireEvent.change(purpose, { target: { value: 'Skrevet rett før lukking' } });
    window.dispatchEvent(new Event('pagehide'));
    expect(useBudgetStore.getState().history?.present.meta.purpose).toBe('Skrevet rett før lukking');
  });

  it('returns to the open case and tab after a reload', async () => {
    await openExample();
    fireEvent.click(screen.getByRole('tab', { name: 'Alternativer' }));
    const id = useBudgetStore.getState().history!.present.id;
    expect(JSON.parse(sessionStorage.getItem('helseportefolje:budsjett')!)).toEqual({ id, tab: 'alternativer' });
    cleanup();
    // a reload: a new page with the list showing, the place kept in this window's session
    const place = sessionStorage.getItem('helseportefolje:budsjett')!;
    useBudgetStore.setState({ history: null, tab: 'sak' });
    sessionStorage.setItem('helseportefolje:budsjett', place);
    render(<BudgetPage />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Digital samhandling – budsjett og prioriteringer 2024' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Alternativer' })).toHaveAttribute('aria-selected', 'true');
  });

  it('rejects an amount that is not a number instead of reading it as zero', async () => {
    await openExample();
    fireEvent.click(screen.getByRole('tab', { name: 'Alternativer' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Endring Pasientens måledata NHN 2024' }), { target: { value: 'cut' } });
    const input = screen.getByRole('textbox', { name: 'Kutt i MNOK Pasientens måledata NHN 2024' });
    fireEvent.change(input, { target: { value: 'tolv' } });
    fireEvent.blur(input);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    // the message beside the field, in text, tied to it; and the figures said to be not updated
    expect(input).toHaveAccessibleDescription('Ikke et beløp: skriv MNOK, f.eks. 40,7 (Esc angrer).');
    expect(screen.queryByText(/Tallene er ikke oppdatert: «Kutt i MNOK Pasientens måledata NHN 2024» har en ugyldig verdi/)).toBeInTheDocument();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/Tallene er ikke oppdatert/)).not.toBeInTheDocument();
  });

  it('builds an alternative with the balancing assistant that fits the frame', async () => {
    await openExample();
    fireEvent.click(screen.getByRole('tab', { name: 'Alternativer' }));
    fireEvent.click(screen.getByRole('button', { name: 'Nytt alternativ' }));
    fireEvent.click(screen.getByRole('button', { name: 'Balanser' }));
    const dialog = screen.getByRole('dialog', { name: /^Balanser/, hidden: true });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Kan kuttes: Journaldokumenter NHN 2024' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Kan kuttes: Måledata NHN 2024' }));
    expect(within(dialog).getByTestId('balance-explanation').textContent).toMatch(
      /^Kuttet 51,7 MNOK i 2024: journaldokumenter NHN −40,3 MNOK \(−47 %\), måledata NHN −11,4 MNOK \(−47 %\)\. Alternativet er nå innenfor rammen i 2024\.$/,
    );
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Navn på nytt alternativ' }), { target: { value: 'Kutt NHN' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lagre som nytt alternativ' }));
    expect(summaryRow('Kutt NHN', '2024').textContent).toContain('går akkurat opp');
    // the analyst's choices (method, locks, minimums) are labelled as theirs, not as modelled
    expect(screen.queryByText('Registrert av bruker', { selector: '.alt-header .prov' })).toBeInTheDocument();
  });

  it('shows what a cut to PLL touches in the latest portfolio period', async () => {
    useReports();
    await openExample();
    fireEvent.click(screen.getByRole('tab', { name: 'Alternativer' }));
    fireEvent.click(screen.getByRole('button', { name: 'Nytt alternativ' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Endring Pasientens legemiddelliste NHN 2024' }), { target: { value: 'cutPercent' } });
    const pct = screen.getByRole('textbox', { name: 'Kutt i prosent Pasientens legemiddelliste NHN 2024' });
    fireEvent.change(pct, { target: { value: '10' } });
    fireEvent.blur(pct);
    const panel = screen.getByRole('region', { name: 'Hva kuttet berører' });
    await within(panel).findByText(/porteføljeperioden September 2022/);
    const deps = await within(panel).findByRole('table', { name: 'Avhengigheter berørt av kuttet i PLL NHN 2024' });
    expect(within(deps).getByRole('row', { name: /111 Helseplattformen/ }).textContent).toMatch(/Program pasientens legemiddelliste \(160\).*Høy/);
    expect(within(panel).getByRole('table', { name: 'Tiltak berørt av kuttet i PLL NHN 2024' }).textContent).toContain('160 Program pasientens legemiddelliste');
  });

  it('edits the frame and the estimates, marking typed figures as the user’s', async () => {
    await openExample();
    const frames = screen.getByRole('table', { name: 'Ramme per år' });
    const setAsides = screen.getByRole('group', { name: 'Øremerket og avsetninger 2024' });
    const pct = within(setAsides).getByRole('textbox', { name: 'Prosent Usikkerhetsavsetning til HOD 2024' });
    fireEvent.change(pct, { target: { value: '10,5' } });
    fireEvent.keyDown(pct, { key: 'Enter' });
    // 10,5 % of 247,1 = 25,9455 → 25,946; available 267,1 − 20 − 25,946 = 221,154, shown with one decimal
    expect(within(frames).getByRole('row', { name: /^2024/ }).textContent).toMatch(/25,9.*221,2/);
    expect(within(frames).getByRole('row', { name: /^2024/ })).toHaveTextContent('267,1 − 20,0 øremerket − 10,5 % av 247,1 = 221,2');
    expect(within(setAsides).getAllByText('Registrert av bruker')).toHaveLength(1);
    fireEvent.click(screen.getByRole('tab', { name: 'Estimater' }));
    const est = screen.getByRole('textbox', { name: 'Estimat Pasientens måledata NHN 2024' });
    fireEvent.change(est, { target: { value: '20' } });
    fireEvent.blur(est);
    const row = est.closest('tr')!;
    expect(within(row).getAllByText('Registrert av bruker').length).toBe(1);
    fireEvent.change(screen.getByRole('combobox', { name: 'År' }), { target: { value: '2025' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Tjenesteområde' }), { target: { value: 'Pasientens måledata' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Aktør' }), { target: { value: 'Norsk helsenett SF' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Estimat (MNOK)' }), { target: { value: '34,3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Legg til linje' }));
    expect(screen.getByRole('textbox', { name: 'Estimat Pasientens måledata NHN 2025' })).toHaveProperty('value', '34,3');
  });

  it('keeps a named version and brings it back after an edit', async () => {
    await openExample();
    fireEvent.click(screen.getByRole('tab', { name: 'Versjoner' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Navn på versjonen/ }), { target: { value: 'sendt NUIT 31.10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre navngitt versjon' }));
    expect(screen.queryByText('sendt NUIT 31.10')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('tab', { name: 'Sak og ramme' }));
    const frame = screen.getByRole('textbox', { name: 'Ramme 2024' });
    fireEvent.change(frame, { target: { value: '300' } });
    fireEvent.keyDown(frame, { key: 'Enter' });
    fireEvent.click(screen.getByRole('tab', { name: 'Versjoner' }));
    fireEvent.click(screen.getAllByRole('button', { name: 'Gjenopprett' })[0]!);
    fireEvent.click(screen.getByRole('dialog', { name: 'Gjenopprette «sendt NUIT 31.10»?', hidden: true }).querySelector('button[data-color=danger]')!);
    expect(useBudgetStore.getState().history!.present.frames[0]!.frameKNok).toBe(267_100);
    expect(useBudgetStore.getState().history!.present.versions.map((v) => v.name)).toEqual([expect.stringMatching(/^Modellert lesning/), 'sendt NUIT 31.10']);
  });

  it('asks before deleting a case', async () => {
    await openExample();
    fireEvent.click(screen.getByRole('button', { name: 'Alle saker' }));
    await screen.findByRole('table', { name: 'Budsjettsaker' });
    const del = await screen.findByRole('button', { name: /^Slett Digital samhandling/ });
    fireEvent.click(del);
    expect((await listCases()).length).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Slett saken', hidden: true }));
    await waitFor(async () => expect(await listCases()).toEqual([]));
  });
});
