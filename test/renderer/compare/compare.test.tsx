import { describe, expect, it, beforeEach } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ComparePeriodsPage } from '../../../renderer/features/compare/ComparePeriodsPage.tsx';
import { useNavigation } from '../../../renderer/store/navigation.ts';
import { exampleReports, goTo, useReports } from '../overview/portfolio-fixture.ts';
import { initiative, report } from '../../helpers/portfolio-builders.ts';
import type { PortfolioReport } from '../../../shared/portfolio/model.ts';

/** A period of `n` tiltak numbered from `first`. */
function bigPeriod(key: string, first: number, n: number): PortfolioReport {
  return report({
    period: { key, label: key, reportDate: null, title: null, reconstructed: false, notes: null },
    initiatives: Array.from({ length: n }, (_v, k) => initiative({ nr: String(first + k), name: `Tiltak ${first + k}` })),
  });
}

describe('Sammenlign perioder', () => {
  beforeEach(() => goTo('perioder'));

  it('compares the reconstructed May 2022 with September 2022 by default', async () => {
    useReports();
    render(<ComparePeriodsPage />);
    const counts = await screen.findByRole('list', { name: 'Antall endringer' });
    expect(within(counts).getAllByRole('button').map((b) => b.textContent)).toEqual([
      '10 nye',
      '1 avsluttet',
      '1 endret status',
      '0 endret risiko',
      '0 endret fase',
      '0 endret aktivitet',
    ]);
    const added = screen.getByRole('region', { name: 'Nye tiltak (10)' });
    expect(within(added).getAllByRole('row')).toHaveLength(11);
    const ended = screen.getByRole('region', { name: 'Avsluttede tiltak (1)' });
    expect(within(ended).queryByRole('link', { name: 'Nasjonalt program for velferdsteknologi' })).toBeInTheDocument();
    const status = screen.getByRole('region', { name: 'Endret status (1)' });
    expect(within(status).queryByRole('row', { name: /181 Kjernejournal dokumentdeling Rød Gul/ })).toBeInTheDocument();
    fireEvent.click(within(status).getByRole('link', { name: 'Kjernejournal dokumentdeling' }));
    expect(useNavigation.getState()).toMatchObject({ area: 'tiltak', params: { nr: '181' } });
  });

  it('says so when only one period is stored', async () => {
    useReports([exampleReports().sept]);
    render(<ComparePeriodsPage />);
    expect(await screen.findByText(/Bare én periode er lagret \(September 2022\)/)).toBeInTheDocument();
  });

  it('draws only the rows in view of a long list, and counts with a space ("3 000")', async () => {
    useReports([bigPeriod('2030-01', 1, 3000), bigPeriod('2030-04', 5001, 3000)]);
    render(<ComparePeriodsPage />);
    const counts = await screen.findByRole('list', { name: 'Antall endringer' });
    expect(within(counts).getAllByRole('button')[0]).toHaveTextContent('3 000 nye');
    const added = screen.getByRole('table', { name: 'Nye tiltak' });
    expect(added).toHaveAttribute('aria-rowcount', '3001');
    const drawn = within(added).getAllByRole('row');
    expect(drawn.length).toBeLessThan(60);
    expect(drawn[1]).toHaveAttribute('aria-rowindex', '2');
    expect(screen.queryByRole('region', { name: /^Avsluttede tiltak \(3\s000\)$/ })).toBeInTheDocument();
  });
});
