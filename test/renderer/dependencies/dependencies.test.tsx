import { describe, expect, it, beforeEach } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { DependenciesPage } from '../../../renderer/features/dependencies/DependenciesPage.tsx';
import { initiative, report } from '../../helpers/portfolio-builders.ts';
import type { Dependency } from '../../../shared/portfolio/model.ts';
import { goTo, useReports } from '../overview/portfolio-fixture.ts';
import { formatDate, todayIso } from '../../../renderer/components/dates.ts';

const dep = (over: Partial<Dependency>): Dependency => ({
  initiativeNr: '1',
  initiativeName: 'Tiltak A',
  owner: 'Helse Vest',
  description: 'Leveranse',
  dependsOn: 'Norsk helsenett',
  dependsOnNr: null,
  category: 'Nasjonale løsninger',
  criticality: 'medium',
  status: 'green',
  deadline: null,
  extra: {},
  source: null,
  ...over,
});

describe('Avhengigheter', () => {
  beforeEach(() => goTo('avhengigheter'));

  it('lists the example’s two critical dependencies and says the report states 87', async () => {
    useReports();
    render(<DependenciesPage />);
    expect(await screen.findByText(/Rapporten oppgir 87 avhengigheter totalt, men bare 2/)).toBeInTheDocument();
    expect(screen.getByText(/Viser 2 av 2 avhengigheter/).closest('p')!.textContent).toMatch(/2 med høy kritikalitet og rød status/);
    // A group (its tiltak are links), not an image whose content assistive technology skips.
    const graph = screen.getByRole('group', { name: 'Graf over 2 avhengigheter' });
    expect(within(graph).getAllByRole('link').length).toBeGreaterThan(0);
    expect(graph.querySelectorAll('path[stroke-dasharray]')).toHaveLength(2);
    const summary = screen.getByRole('region', { name: 'Avhengigheter per kategori og status' });
    expect(within(summary).queryByRole('row', { name: /Nasjonale løsninger 0 0 2 0 2/ })).toBeInTheDocument();
  });

  it('marks overdue dependencies and filters to them', async () => {
    const r = report({
      period: { key: '2026-03', label: 'Mars 2026', reportDate: null, title: null, reconstructed: false, notes: null },
      initiatives: [initiative({ nr: '1', name: 'Tiltak A' })],
      dependencies: [
        dep({ description: 'Forfalt leveranse', deadline: '2020-01-31', status: 'yellow' }),
        dep({ description: 'Levert i tide', deadline: '2020-01-31', status: 'green' }),
        dep({ description: 'Senere frist', deadline: '2999-12-31', status: 'red', criticality: 'high' }),
      ],
    });
    useReports([r]);
    render(<DependenciesPage />);
    const table = (await screen.findAllByRole('table'))[1]!;
    const overdueRow = within(table).getByRole('row', { name: /Forfalt leveranse/ });
    expect(within(overdueRow).queryByText('Forfalt')).toBeInTheDocument();
    expect(within(overdueRow).queryByText('31.01.2020')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Bare forfalte' }));
    expect(screen.queryByText(/Viser 1 av 3 avhengigheter/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Bare forfalte' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Kritikalitet' }), { target: { value: 'high' } });
    expect(screen.queryByText(/Viser 1 av 3 avhengigheter/)).toBeInTheDocument();
    expect(screen.queryByText(/Senere frist/, { selector: 'li' })).toBeInTheDocument();
  });

  it('judges overdue on the report’s date by default, and on today’s when asked', async () => {
    const r = report({
      period: { key: '2022-09', label: 'September 2022', reportDate: '2022-06-30', title: null, reconstructed: false, notes: null },
      initiatives: [initiative({ nr: '1', name: 'Tiltak A' })],
      dependencies: [
        dep({ description: 'Forfalt før rapporten', deadline: '2022-03-31', status: 'yellow' }),
        dep({ description: 'Forfalt etter rapporten', deadline: '2022-08-15', status: 'red' }),
        dep({ description: 'Langt fram', deadline: '2999-12-31', status: 'red' }),
      ],
    });
    useReports([r]);
    render(<DependenciesPage />);
    const counts = await screen.findByText(/Viser 3 av 3 avhengigheter/);
    const sentence = () => counts.closest('p')!.textContent!.replace(/\s+/g, ' ');
    expect(sentence()).toMatch(/· 1 forfalt per rapportdatoen 30\.06\.2022 \(frist passert/);
    const table = screen.getAllByRole('table')[1]!;
    const before = within(table).getByRole('row', { name: /Forfalt før rapporten/ });
    const after = within(table).getByRole('row', { name: /Forfalt etter rapporten/ });
    expect(within(before).queryByText('Forfalt')).toBeInTheDocument();
    expect(within(after).queryByText('Forfalt')).not.toBeInTheDocument();
    const basis = screen.getByRole('group', { name: 'Forfalt per' });
    expect(within(basis).getByRole('radio', { name: 'Rapportdato (30.06.2022)' })).toBeChecked();

    fireEvent.click(within(basis).getByRole('radio', { name: `I dag (${formatDate(todayIso())})` }));
    expect(sentence()).toMatch(new RegExp(`· 2 forfalt per i dag ${formatDate(todayIso()).replace(/\./g, '\\.')} \\(frist passert`));
    expect(within(after).queryByText('Forfalt')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Bare forfalte' }));
    expect(screen.queryByText(/Viser 2 av 3 avhengigheter/)).toBeInTheDocument();
  });

  it('uses the last day of the period when the report gives no date, and says so', async () => {
    const r = report({
      period: { key: '2022-09', label: 'September 2022', reportDate: null, title: null, reconstructed: false, notes: null },
      dependencies: [dep({ description: 'Midt i perioden', deadline: '2022-09-15', status: 'yellow' }), dep({ description: 'Etter perioden', deadline: '2022-10-01', status: 'yellow' })],
    });
    useReports([r]);
    render(<DependenciesPage />);
    const counts = await screen.findByText(/Viser 2 av 2 avhengigheter/);
    expect(counts.closest('p')!.textContent!.replace(/\s+/g, ' ')).toMatch(
      /· 1 forfalt per 30\.09\.2022, periodens siste dag \(rapporten oppgir ingen rapporteringsdato\)/,
    );
    expect(screen.getByRole('radio', { name: 'Periodens siste dag (30.09.2022)' })).toBeChecked();
  });

  it('counts in nb-NO: the stated total, the summary and what the table leaves out', async () => {
    const many = Array.from({ length: 1200 }, (_v, i) => dep({ dependsOn: `Leveranse ${i}`, description: `Avhengighet ${i}` }));
    const r = report({
      period: { key: '2026-03', label: 'Mars 2026', reportDate: null, title: null, reconstructed: false, notes: null },
      dependencies: many,
      metadata: { avhengigheter_rapportert_totalt: '1500' },
    });
    useReports([r]);
    render(<DependenciesPage />);
    expect(await screen.findByText(/Rapporten oppgir 1 500 avhengigheter totalt, men bare 1 200 er gitt med detaljer/)).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Avhengigheter per kategori og status' });
    // an accessible name keeps the no-break space that groups the thousands
    expect(within(summary).getByRole('row', { name: /^Sum 1\u00a0200 0 0 0 1\u00a0200$/ })).toBeInTheDocument();
    expect(screen.getByText('Viser de første 500 av 1 200. Bruk filtrene for å snevre inn.')).toBeInTheDocument();
    expect(screen.getByText(/^Grafen har 1 tiltak og 1 200 mål/)).toBeInTheDocument();
  });

  it('draws only the critical ones when all are too many to read', async () => {
    const many = Array.from({ length: 80 }, (_v, i) =>
      dep({ initiativeNr: String(i + 1), initiativeName: `Tiltak ${i + 1}`, dependsOn: `Leveranse ${i}`, description: `Avhengighet ${i}` }),
    );
    many[3] = { ...many[3]!, criticality: 'high', status: 'red' };
    const r = report({
      period: { key: '2026-03', label: 'Mars 2026', reportDate: null, title: null, reconstructed: false, notes: null },
      dependencies: many,
    });
    useReports([r]);
    render(<DependenciesPage />);
    expect(await screen.findByText(/Viser bare de 1 med høy kritikalitet og rød status, av 80/)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Graf over 1 avhengighet' })).toBeInTheDocument();
  });
});
