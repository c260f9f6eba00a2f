import { describe, expect, it, beforeEach } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ComparePeriodsPage } from '../../../renderer/features/compare/ComparePeriodsPage.tsx';
import { useNavigation } from '../../../renderer/store/navigation.ts';
import { exampleReports, goTo, useReports } from '../overview/portfolio-fixture.ts';

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
    expect(within(ended).getByRole('link', { name: 'Nasjonalt program for velferdsteknologi' })).toBeTruthy();
    const status = screen.getByRole('region', { name: 'Endret status (1)' });
    expect(within(status).getByRole('row', { name: /181 Kjernejournal dokumentdeling Rød Gul/ })).toBeTruthy();
    fireEvent.click(within(status).getByRole('link', { name: 'Kjernejournal dokumentdeling' }));
    expect(useNavigation.getState()).toMatchObject({ area: 'tiltak', params: { nr: '181' } });
  });

  it('says so when only one period is stored', async () => {
    useReports([exampleReports().sept]);
    render(<ComparePeriodsPage />);
    expect(await screen.findByText(/Bare én periode er lagret \(September 2022\)/)).toBeTruthy();
  });
});
