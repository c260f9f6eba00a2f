import { describe, expect, it, beforeEach } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { OpexPage } from '../../../renderer/features/opex/OpexPage.tsx';
import { goTo, useReports } from '../overview/portfolio-fixture.ts';

describe('Drift og forvaltning', () => {
  beforeEach(() => {
    useReports();
    goTo('drift');
  });

  it('shows the computed yearly and accumulated totals of the example', async () => {
    render(<OpexPage />);
    await screen.findByRole('table', { name: /Økning i D&F-kostnader/ });
    const years = ['2022', '2023', '2024', '2025', '2026'];
    expect(years.map((y) => screen.getByTestId(`total-${y}`).textContent)).toEqual(['32,8', '53,4', '97,0', '40,4', '20,0']);
    expect(years.map((y) => screen.getByTestId(`accumulated-${y}`).textContent)).toEqual(['32,8', '86,2', '183,2', '223,6', '243,6']);
  });

  it('shows markers as markers with their footnotes, never as zero', async () => {
    render(<OpexPage />);
    const table = await screen.findByRole('table', { name: /Økning i D&F-kostnader/ });
    const pll = within(table).getByRole('row', { name: /Program Pasientens Legemiddelliste/ });
    const cells = within(pll).getAllByRole('cell');
    expect(cells[1]!.textContent).toMatch(/^\*\s*\(D&F for PLL/);
    expect(cells[3]!.textContent).toBe('54,0');
    expect(cells[4]!.textContent).toBe('2,4');
    const notes = screen.getByRole('region', { name: 'Merknader' });
    expect(within(notes).queryByText(/Ikke estimert separat/)).toBeInTheDocument();
  });

  it('explains why the report prints 87 for 2023 and keeps the computed 86,2', async () => {
    render(<OpexPage />);
    const notes = await screen.findByRole('region', { name: 'Merknader' });
    expect(within(notes).queryByText(/Rapporten trykker 87 som akkumulert sum for 2023, men summert fra linjene blir det 86,2/)).toBeInTheDocument();
    // The other printed figures are the computed ones rounded: no note for them.
    expect(within(notes).queryAllByText(/Rapporten trykker/)).toHaveLength(1);
  });
});
