import { describe, expect, it, beforeEach } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Notices } from '../../../renderer/components/Notices.tsx';
import { InitiativesPage } from '../../../renderer/features/initiatives/InitiativesPage.tsx';
import { useNavigation } from '../../../renderer/store/navigation.ts';
import { setDb, HelseDatabase } from '../../../renderer/db/database.ts';
import { goTo, useReports } from '../overview/portfolio-fixture.ts';

/** Polls with real timers: Dexie's promises settle outside testing-library's waitFor loop. */
async function until<T>(get: () => T | null, ms = 3000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() > end) throw new Error('Ventet forgjeves');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const counts = () => screen.getByTestId('row-counts').textContent ?? '';

describe('Tiltak', () => {
  beforeEach(() => {
    setDb(new HelseDatabase(`views-${Math.random()}`));
    useReports();
    goTo('tiltak');
  });

  it('lists every tiltak, and the counts follow the filters from the link', async () => {
    render(<InitiativesPage />);
    await screen.findByRole('grid', { name: 'Tiltak' });
    expect(counts()).toMatch(/Viser 46 av 46 tiltak · 42 aktive/);
    act(() => goTo('tiltak', { segment: 'Samstyre' }));
    await screen.findByRole('grid', { name: 'Tiltak' });
    expect(counts()).toMatch(/Viser 16 av 46 tiltak · 13 aktive/);
    expect((screen.getByRole('combobox', { name: 'Segment' }) as HTMLSelectElement).value).toBe('samstyre');
  });

  it('filters by field and free text', async () => {
    render(<InitiativesPage />);
    await screen.findByRole('grid', { name: 'Tiltak' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Risiko' }), { target: { value: 'red' } });
    expect(counts()).toMatch(/Viser 1 av 46/);
    expect(within(screen.getByRole('grid')).queryByText('Statistisk logganalyse')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('combobox', { name: 'Risiko' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Søk' }), { target: { value: 'kjernejournal' } });
    const names = within(screen.getByRole('grid')).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => /kjernejournal/i.test(n ?? ''))).toBe(true);
  });

  it('sorts by a column and hides columns', async () => {
    render(<InitiativesPage />);
    const grid = await screen.findByRole('grid', { name: 'Tiltak' });
    fireEvent.click(within(grid).getByRole('button', { name: 'Nr' }));
    const firstNr = () => within(grid).getAllByRole('row')[1]!.querySelector('td')!.textContent;
    expect(firstNr()).toBe('5');
    fireEvent.click(within(grid).getByRole('button', { name: 'Nr' }));
    expect(within(grid).getByRole('columnheader', { name: /Nr/ }).getAttribute('aria-sort')).toBe('descending');
    expect(Number(firstNr())).toBeGreaterThan(200);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Innsatsområde' }));
    expect(within(grid).queryByRole('columnheader', { name: 'Innsatsområde' })).toBeNull();
  });

  it('keeps a saved view in IndexedDB and applies it again', async () => {
    const first = render(<InitiativesPage />);
    await screen.findByRole('grid', { name: 'Tiltak' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Segment' }), { target: { value: 'samstyre' } });
    fireEvent.change(screen.getByLabelText('Navn på ny visning'), { target: { value: 'Samstyre' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre visning' }));
    await until(() => screen.queryByText('Visningen «Samstyre» er lagret.'));
    first.unmount();

    // Coming back through the menu: no filters in the address.
    goTo('tiltak');
    render(<InitiativesPage />);
    await screen.findByRole('grid', { name: 'Tiltak' });
    expect(counts()).toMatch(/Viser 46 av 46/);
    const picker = screen.getByLabelText('Lagrede visninger') as HTMLSelectElement;
    await until(() => within(picker).queryByRole('option', { name: 'Samstyre' }));
    fireEvent.change(picker, { target: { value: within(picker).getByRole('option', { name: 'Samstyre' }).getAttribute('value') } });
    expect(counts()).toMatch(/Viser 16 av 46/);
  });

  it('moves through rows with the keyboard and opens one with Enter', async () => {
    render(<InitiativesPage />);
    const grid = await screen.findByRole('grid', { name: 'Tiltak' });
    grid.focus();
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(grid.getAttribute('aria-activedescendant')).toBe('tiltak-rad-2');
    const row = document.getElementById('tiltak-rad-2')!;
    const nr = row.querySelector('td')!.textContent;
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(useNavigation.getState()).toMatchObject({ area: 'tiltak', params: { nr } });
  });

  it('shows a tiltak page with its course over the periods and its dependencies', async () => {
    goTo('tiltak', { nr: '181' });
    render(<InitiativesPage />);
    expect(await screen.findByRole('heading', { level: 1, name: '181 Kjernejournal dokumentdeling' })).toBeInTheDocument();
    const course = screen.getByRole('region', { name: 'Status og risiko over perioder' });
    const rows = within(course).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringMatching(/Mai 2022.*rekonstruert.*Rød/), expect.stringMatching(/September 2022Gul/)]);
    const deps = screen.getByRole('region', { name: 'Avhengigheter' });
    expect(within(deps).queryByText(/Leveranser fra NHN/)).toBeInTheDocument();
    // the cases that fund it (none stored here) are in Budsjettsaker (funding-cases.test.tsx)
    const funding = screen.getByRole('region', { name: 'Budsjettsaker som finansierer tiltaket' });
    expect(await within(funding).findByText(/Ingen budsjettsaker er lagret ennå/)).toBeInTheDocument();
  });

  it('shows dependencies on a tiltak from the other side too', async () => {
    goTo('tiltak', { nr: '160' });
    render(<InitiativesPage />);
    const deps = await screen.findByRole('region', { name: 'Avhengigheter' });
    expect(within(deps).queryByRole('link', { name: /111 Helseplattformen/ })).toBeInTheDocument();
  });

  it('keeps the filters and the search text in the address, so back returns to them', async () => {
    render(<InitiativesPage />);
    await screen.findByRole('grid', { name: 'Tiltak' });
    const entries = history.length;
    fireEvent.change(screen.getByRole('combobox', { name: 'Segment' }), { target: { value: 'samstyre' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Søk' }), { target: { value: 'journal' } });
    expect(location.hash).toBe('#tiltak?segment=Samstyre&sok=journal');
    // As they are typed, not one history entry per keystroke.
    expect(history.length).toBe(entries);
    const filtered = counts();

    act(() => goTo('tiltak', { nr: '181' }));
    await screen.findByRole('heading', { level: 1, name: '181 Kjernejournal dokumentdeling' });
    const back = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    history.back();
    await back;
    act(() => useNavigation.getState().syncFromLocation());

    await screen.findByRole('grid', { name: 'Tiltak' });
    expect(screen.getByRole('searchbox', { name: 'Søk' })).toHaveValue('journal');
    expect(screen.getByRole('combobox', { name: 'Segment' })).toHaveValue('samstyre');
    expect(screen.getByTestId('row-counts')).toHaveTextContent(filtered);
  });

  it('copies a link to the filters and says so (the desktop app has no address bar)', async () => {
    const user = userEvent.setup();
    render(
      <>
        <InitiativesPage />
        <Notices />
      </>,
    );
    await screen.findByRole('grid', { name: 'Tiltak' });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Søk' }), { target: { value: 'kjernejournal' } });
    await user.click(screen.getByRole('button', { name: 'Kopier lenke til filtrene' }));
    expect(await screen.findByText('Lenken til filtrene er kopiert. Lim den inn der du vil ta vare på den.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(`${location.origin}${location.pathname}#tiltak?sok=kjernejournal`);
  });
});
