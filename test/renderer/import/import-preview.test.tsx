import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { ImportPreview } from '../../../renderer/features/import/ImportPreview.tsx';
import type { ImportPreviewData } from '../../../renderer/features/import/preview-data.ts';
import { summarize } from '../../../shared/portfolio/summary.ts';
import type { ImportIssue } from '../../../shared/import/index.ts';
import { initiative, report } from '../../helpers/portfolio-builders.ts';

// Counts as people read them: "20 000", never "20000". The thousands are grouped with a no-break
// space, which the queries read as a space.

const issue = (severity: 'error' | 'warning', row: number): ImportIssue => ({
  severity,
  file: 'tiltak.csv',
  sheet: null,
  row,
  column: 'A',
  columnName: 'Nr',
  message: 'Nr mangler.',
});

function preview(over: Partial<ImportPreviewData>): ImportPreviewData {
  const big = report({ initiatives: Array.from({ length: 20_000 }, (_v, i) => initiative({ nr: String(i + 1) })) });
  return {
    importId: 1,
    fileNames: ['tiltak.csv'],
    ok: true,
    unreadable: false,
    period: { key: '2026-03', label: 'Mars 2026', reportDate: null, title: null, reconstructed: false, notes: null },
    summary: summarize(big),
    focusAreas: 1,
    errors: [],
    errorCount: 0,
    warnings: [],
    warningCount: 0,
    comparison: { against: 'Desember 2025', added: 12_345, ended: 1, changed: 0, lines: [] },
    ...over,
  };
}

describe('Import preview: counts in nb-NO', () => {
  it('groups thousands in the table, the comparison and what is left unshown', () => {
    render(<ImportPreview preview={preview({ warnings: [issue('warning', 2)], warningCount: 1 })} periodInput="" onPeriodInput={() => undefined} />);
    expect(screen.getByText('Rapporten kan importeres (1 advarsel).')).toBeInTheDocument();
    const counts = screen.getByRole('table', { name: 'Innhold per tabell' });
    expect(within(within(counts).getByRole('row', { name: /^Tiltak/ })).getAllByRole('cell')[0]).toHaveTextContent('20 000');
    expect(within(counts).getByText('20 000 aktive (Samstyre 20 000, Koordinere 0, Observere 0)')).toBeInTheDocument();
    const lights = screen.getByRole('table', { name: 'Status og risiko blant aktive tiltak' });
    expect(within(lights).getAllByText('20 000')).toHaveLength(2);
    expect(screen.getByText('12 345 nye, 1 avsluttet, 0 endret.')).toBeInTheDocument();
    expect(screen.getByText('… og 12 246 til. Se alle under Sammenlign perioder etter importen.')).toBeInTheDocument();
  });

  it('counts errors the same way in the message, the caption and the rest not shown', () => {
    const errors = Array.from({ length: 200 }, (_v, i) => issue('error', i + 2));
    render(<ImportPreview preview={preview({ ok: false, errors, errorCount: 20_000, comparison: null })} periodInput="" onPeriodInput={() => undefined} />);
    expect(screen.getByText('Rapporten har 20 000 feil og kan ikke importeres. Rett feilene i filen og prøv igjen; ingenting er lagret.')).toBeInTheDocument();
    // the caption names the table (its accessible name keeps the no-break space)
    const table = screen.getByText(/^Feil \(20\s000\)$/).closest('table')!;
    expect(within(table).getByText(/^… og 19 800 til\./)).toBeInTheDocument();
  });
});
