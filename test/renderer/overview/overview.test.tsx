import { describe, expect, it, beforeEach } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { OverviewPage } from '../../../renderer/features/overview/OverviewPage.tsx';
import { setPeriodSource } from '../../../renderer/store/period.ts';
import { useNavigation } from '../../../renderer/store/navigation.ts';
import { goTo, useReports } from './portfolio-fixture.ts';

describe('Oversikt', () => {
  beforeEach(() => goTo('oversikt'));

  it('shows an honest first-run screen when no period is stored', async () => {
    setPeriodSource(null);
    render(<OverviewPage />);
    expect(await screen.findByRole('heading', { name: 'Ingen rapporteringsperioder ennå' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gå til import' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Last inn eksempel' })).toBeInTheDocument();
  });

  it('shows the report’s key figures for the latest period', async () => {
    useReports();
    render(<OverviewPage />);
    const figures = await screen.findByRole('region', { name: 'Nøkkeltall' });
    expect(within(figures).queryByRole('button', { name: /^42\s*Aktive tiltak/ })).toBeInTheDocument();
    expect(within(figures).queryByRole('button', { name: /^24\s*Gul status/ })).toBeInTheDocument();
    expect(within(figures).queryByRole('button', { name: /^0\s*Rød status/ })).toBeInTheDocument();
    expect(within(figures).queryByRole('button', { name: /^1\s*Rød risiko/ })).toBeInTheDocument();
    expect(within(figures).queryByRole('button', { name: /13 i Samstyre/ })).toBeInTheDocument();
    expect(within(figures).queryByRole('button', { name: /^10\s*Nye siden forrige periode/ })).toBeInTheDocument();
    expect(within(figures).queryByRole('button', { name: /^1\s*Avsluttet siden forrige periode/ })).toBeInTheDocument();
    expect(screen.queryByText(/September 2022 · rapportert per 30\.06\.2022/)).toBeInTheDocument();
  });

  it('opens the tiltak table filtered to what a figure or bar counts', async () => {
    useReports();
    render(<OverviewPage />);
    fireEvent.click(await screen.findByRole('button', { name: /^24\s*Gul status/ }));
    expect(useNavigation.getState()).toMatchObject({ area: 'tiltak', params: { aktiv: 'Aktiv', status: 'Gul' } });

    goTo('oversikt');
    fireEvent.click(screen.getByRole('button', { name: 'Samstyre: 7 med gul status' }));
    expect(useNavigation.getState().params).toEqual({ segment: 'Samstyre', aktiv: 'Aktiv', status: 'Gul' });
  });

  it('lists the red-risk tiltak and regroups by phase', async () => {
    useReports();
    render(<OverviewPage />);
    const list = await screen.findByRole('region', { name: /Tiltak med rød risiko/ });
    expect(within(list).queryByRole('link', { name: 'Statistisk logganalyse' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Fase' }));
    expect(screen.queryByText('Status per fase')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Gjennomføre' }).length).toBe(2);
  });

  it('shows the trend over both example periods, marking the reconstructed one', async () => {
    useReports();
    render(<OverviewPage />);
    const trend = await screen.findByRole('region', { name: 'Utvikling over perioder' });
    const rows = within(trend).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Periode'),
      expect.stringMatching(/Mai 2022.*rekonstruert/),
      expect.stringContaining('September 2022'),
    ]);
  });
});
