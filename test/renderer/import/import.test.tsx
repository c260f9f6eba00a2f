import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importPortfolio } from '../../../shared/import/index.ts';
import { comparePeriods } from '../../../shared/portfolio/compare.ts';
import { HelseDatabase, setDb } from '../../../renderer/db/database.ts';
import { deletePeriod, listPeriods, loadPeriod, PeriodExistsError, provenanceOf, savePeriod, CHUNK_ROWS } from '../../../renderer/db/periods-repo.ts';
import { ImportPreview } from '../../../renderer/features/import/ImportPreview.tsx';
import { ImportPage } from '../../../renderer/features/import/ImportPage.tsx';
import { ImportCancelledError } from '../../../renderer/features/import/import-runner.ts';
import type { ImportRunner } from '../../../renderer/features/import/import-runner.ts';
import { MAX_ISSUES, previewOf } from '../../../renderer/features/import/preview-data.ts';
import { setPlatform } from '../../../renderer/platform/index.ts';
import { useNotices } from '../../../renderer/store/notifications.ts';
import type { Platform } from '../../../renderer/platform/index.ts';
import { InlineImports, inlineImportRunner } from '../../helpers/inline-import.tsx';

const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(resolve('assets/examples', name))) });
const sept = file('portefolje-2022-09.xlsx');
const may = file('portefolje-2022-05-rekonstruert.xlsx');
const csv = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

let n = 0;
beforeEach(() => setDb(new HelseDatabase(`hp-import-${Date.now()}-${n++}`)));
afterEach(() => {
  setDb(null);
  setPlatform(null);
});

describe('ImportPreview', () => {
  it('says "1 advarsel", in the singular', () => {
    const result = importPortfolio([sept]);
    const preview = previewOf(1, [sept.name], result, null);
    const one = { ...preview, warningCount: 1, warnings: preview.warnings.slice(0, 1) };
    render(<ImportPreview preview={one} periodInput="" onPeriodInput={() => {}} />);
    expect(screen.getByText(/Rapporten kan importeres/)).toHaveTextContent('Rapporten kan importeres (1 advarsel).');
  });

  it('shows the period, counts per table, status and risk among active tiltak, and warnings with their location', () => {
    const result = importPortfolio([sept]);
    const diff = comparePeriods(importPortfolio([may]).report!, result.report!);
    const preview = previewOf(1, [sept.name], result, { against: 'Mai 2022 (rekonstruert)', diff });
    render(<ImportPreview preview={preview} periodInput="" onPeriodInput={() => {}} />);
    expect(screen.queryByText(/Rapporten kan importeres/)).toBeInTheDocument();
    expect(screen.queryByText('September 2022 (2022-09), rapportert per 30.06.2022', { exact: false })).toBeInTheDocument();
    const counts = screen.getByRole('table', { name: 'Innhold per tabell' });
    expect(within(counts).getByRole('row', { name: /Tiltak/ })).toHaveTextContent(/^Tiltak46/);
    expect(within(counts).getByText(/42 aktive \(Samstyre 13/)).toBeInTheDocument();
    const lights = screen.getByRole('table', { name: 'Status og risiko blant aktive tiltak' });
    const cells = (name: RegExp) => Array.from(within(lights).getByRole('row', { name }).querySelectorAll('td'), (td) => td.textContent);
    expect(cells(/^Status/)).toEqual(['18', '24', '0', '0']);
    expect(cells(/^Risiko/)).toEqual(['7', '20', '1', '14']);
    // each figure sits under its own header: the column headers align as their numbers do
    const headers = within(lights).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Grønn', 'Gul', 'Rød', 'Ikke oppgitt']);
    for (const h of headers) expect(h).toHaveClass('num');
    const yellow = within(lights).getByRole('row', { name: /^Status/ }).querySelectorAll('td')[1]!;
    expect(yellow).toHaveClass('num');
    expect((yellow as HTMLTableCellElement).cellIndex).toBe((headers[1] as HTMLTableCellElement).cellIndex);
    const warnings = screen.getByRole('table', { name: 'Advarsler (1)' });
    expect(within(warnings).queryByRole('row', { name: /rad 26, kolonne I \(Innsatsområde\): Tiltak 200 mangler innsatsområde/ })).toBeInTheDocument();
    expect(screen.queryByText('10 nye, 1 avsluttet, 1 endret.')).toBeInTheDocument();
    expect(screen.queryByText(/Endret: 181 Kjernejournal dokumentdeling – status Rød → Gul/)).toBeInTheDocument();
  });

  it('counts the issues beyond those the worker sends', () => {
    const rows = Array.from({ length: MAX_ISSUES + 5 }, (_v, i) => `${i + 1};A;B;Samstyre;Lilla`).join('\n');
    const preview = previewOf(1, ['tiltak.csv'], importPortfolio([csv('tiltak.csv', `Nr;Aktør;Tiltaksnavn;Segment;Status\n${rows}\n`)]), null);
    expect(preview.errors).toHaveLength(MAX_ISSUES);
    render(<ImportPreview preview={preview} periodInput="" onPeriodInput={() => {}} />);
    expect(screen.getByRole('table', { name: `Feil (${MAX_ISSUES + 5})` })).toHaveTextContent('… og 5 til.');
    expect(screen.queryByText(`Rapporten har ${MAX_ISSUES + 5} feil og kan ikke importeres.`, { exact: false })).toBeInTheDocument();
  });

  it('shows errors with file, sheet, row and column and says nothing is stored', () => {
    const result = importPortfolio([csv('tiltak.csv', 'Nr;Aktør;Tiltaksnavn;Segment;Status\n1;A;B;Samstyre;Lilla\n')]);
    render(<ImportPreview preview={previewOf(1, ['tiltak.csv'], result, null)} periodInput="" onPeriodInput={() => {}} />);
    expect(screen.queryByText(/har 1 feil og kan ikke importeres/)).toBeInTheDocument();
    const errors = screen.getByRole('table', { name: 'Feil (1)' });
    const row = within(errors).getAllByRole('row')[1]!;
    expect(Array.from(row.querySelectorAll('td'), (td) => td.textContent)).toEqual(['tiltak.csv', '', '2', 'E (Status)', 'Ukjent verdi «Lilla». Gyldige verdier: Grønn, Gul, Rød.']);
  });

  it('asks for the period when the file has none', async () => {
    const onInput = vi.fn();
    const result = importPortfolio([csv('tiltak.csv', 'Nr;Aktør;Tiltaksnavn;Segment\n1;A;B;Samstyre\n')]);
    render(<ImportPreview preview={previewOf(1, ['tiltak.csv'], result, null)} periodInput="2022" onPeriodInput={onInput} />);
    const input = screen.getByLabelText('Periode');
    expect(screen.queryByText('Skriv perioden som år og måned, f.eks. 2022-09, 09.2022 eller september 2022.')).toBeInTheDocument();
    await userEvent.type(input, '-');
    expect(onInput).toHaveBeenCalledWith('2022-');
  });
});

describe('periods repository', () => {
  it('stores a period with provenance in chunks, lists, loads, refuses a silent replace, replaces and deletes', async () => {
    const report = importPortfolio([sept]).report!;
    const prov = await provenanceOf([sept], new Date('2026-11-22T10:00:00Z'));
    expect(prov.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    await savePeriod(report, prov);
    const listed = await listPeriods();
    expect(listed).toMatchObject([{ id: '2022-09', label: 'September 2022', summary: { initiatives: 46, active: 42, dependencies: 2, opexLines: 8 }, provenance: prov }]);
    expect(await loadPeriod('2022-09')).toEqual(report);
    await expect(savePeriod(report, prov)).rejects.toBeInstanceOf(PeriodExistsError);
    const smaller = { ...report, initiatives: report.initiatives.slice(0, 3) };
    await savePeriod(smaller, prov, { replace: true });
    expect((await loadPeriod('2022-09'))!.initiatives).toHaveLength(3);
    await deletePeriod('2022-09');
    expect(await listPeriods()).toEqual([]);
    expect(await loadPeriod('2022-09')).toBeNull();
  });

  it('replaces one period without touching the rows of another', async () => {
    const mayReport = importPortfolio([may]).report!;
    const septReport = importPortfolio([sept]).report!;
    await savePeriod(mayReport, await provenanceOf([may]));
    await savePeriod(septReport, await provenanceOf([sept]));
    await savePeriod({ ...septReport, initiatives: septReport.initiatives.slice(0, 2) }, await provenanceOf([sept]), { replace: true });
    expect(await loadPeriod('2022-05')).toEqual(mayReport);
    expect((await loadPeriod('2022-09'))!.initiatives).toHaveLength(2);
  });

  it('splits many rows into chunks and reads them back in order', async () => {
    const base = importPortfolio([sept]).report!;
    const many = Array.from({ length: CHUNK_ROWS + 10 }, (_v, i) => ({ ...base.initiatives[0]!, nr: String(i) }));
    await savePeriod({ ...base, initiatives: many }, await provenanceOf([sept]));
    expect((await loadPeriod('2022-09'))!.initiatives.map((i) => i.nr)).toEqual(many.map((i) => i.nr));
  });
});

describe('ImportPage', () => {
  it('reads a chosen file, previews it, imports it on confirmation and asks before replacing', async () => {
    const platform: Platform = {
      kind: 'browser',
      openFiles: vi.fn(async () => [sept]),
      saveFile: vi.fn(async () => ({ savedAs: 'mal.xlsx' })),
      appInfo: async () => null,
    };
    setPlatform(platform);
    const user = userEvent.setup();
    render(<ImportPage />, { wrapper: InlineImports });
    await user.click(screen.getByRole('button', { name: 'Velg filer' }));
    await screen.findByText(/Rapporten kan importeres/);
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    await waitFor(async () => expect(await listPeriods()).toHaveLength(1));
    expect(await screen.findByRole('row', { name: /September 2022/ })).toBeInTheDocument();
    expect(useNotices.getState().notices.at(-1)).toMatchObject({ kind: 'success', text: 'September 2022 er importert: 46 tiltak, 42 aktive.' });

    await user.click(screen.getByRole('button', { name: 'Velg filer' }));
    await screen.findByText(/Rapporten kan importeres/);
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await screen.findByRole('alertdialog', { name: 'Erstatte perioden?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Erstatt perioden' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    // the replacing import is stored once it says so; only then may the period be deleted
    await waitFor(() => expect(useNotices.getState().notices.at(-1)?.text).toBe('September 2022 er importert: 46 tiltak, 42 aktive.'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Slett September 2022' })).toBeEnabled());

    await user.click(screen.getByRole('button', { name: 'Slett September 2022' }));
    await user.click(screen.getByRole('button', { name: 'Slett perioden' }));
    await waitFor(async () => expect(await listPeriods()).toHaveLength(0));

    await user.click(screen.getByRole('button', { name: 'Last ned importmal' }));
    expect(platform.saveFile).toHaveBeenCalledWith('importmal-porteføljerapport.xlsx', expect.any(Uint8Array));
    // a whole flow through jsdom and fake-indexeddb on a shared machine: a generous budget, not a timing assertion
  }, 30_000);

  it('lets no period be deleted while an import is being stored', async () => {
    const runner = inlineImportRunner();
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    const holding: ImportRunner = { ...runner, store: async (request, onProgress) => {
        if (request.replace) await held;
        return runner.store(request, onProgress);
      },
    };
    setPlatform({ kind: 'browser', openFiles: async () => [sept], saveFile: async () => null, appInfo: async () => null });
    await savePeriod(importPortfolio([sept]).report!, await provenanceOf([sept]));
    const user = userEvent.setup();
    render(<ImportPage />, { wrapper: (p) => <InlineImports runner={holding}>{p.children}</InlineImports> });
    await user.click(await screen.findByRole('button', { name: 'Slett September 2022' }));
    expect(screen.getByRole('button', { name: 'Slett perioden' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Velg filer' }));
    await screen.findByText(/Rapporten kan importeres/);
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    await user.click(await screen.findByRole('button', { name: 'Erstatt perioden' }));
    await screen.findByText(/Lagrer portefolje-2022-09.xlsx/);
    // the question asked before the import began is closed, and no new one can be asked
    expect(screen.queryByRole('button', { name: 'Slett perioden' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Slett September 2022' })).toBeDisabled();

    release();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Slett September 2022' })).toBeEnabled());
    expect(await listPeriods()).toHaveLength(1);
  });

  it('keeps the Importer button disabled for a report with errors', async () => {
    setPlatform({ kind: 'browser', openFiles: async () => [csv('t.csv', 'Nr;Aktør;Tiltaksnavn;Segment\n1;A;;Samstyre\n')], saveFile: async () => null, appInfo: async () => null });
    const user = userEvent.setup();
    render(<ImportPage />, { wrapper: InlineImports });
    await user.click(screen.getByRole('button', { name: 'Velg filer' }));
    await screen.findByText(/kan ikke importeres/);
    expect(screen.getByRole('button', { name: 'Importer' })).toBeDisabled();
  });

  it('stores a file without its own period under the period the analyst types', async () => {
    setPlatform({ kind: 'browser', openFiles: async () => [csv('t.csv', 'Nr;Aktør;Tiltaksnavn;Segment\n1;A;B;Samstyre\n')], saveFile: async () => null, appInfo: async () => null });
    const user = userEvent.setup();
    render(<ImportPage />, { wrapper: InlineImports });
    await user.click(screen.getByRole('button', { name: 'Velg filer' }));
    await screen.findByText(/Rapporten kan importeres/);
    expect(screen.getByRole('button', { name: 'Importer' })).toBeDisabled();
    await user.type(screen.getByLabelText('Periode'), 'desember 2021');
    expect(screen.queryByText('Lagres som Desember 2021 (2021-12).')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await screen.findByRole('row', { name: /Desember 2021/ })).toBeInTheDocument();
    expect(await listPeriods()).toMatchObject([{ id: '2021-12', label: 'Desember 2021', provenance: { files: [{ name: 't.csv' }] } }]);
  });

  it('compares a file without its own period with the stored period just before the one typed, again on every change', async () => {
    const user = userEvent.setup();
    // two stored periods: March 2023 (newest) and September 2022 (the May 2022 example re-keyed)
    const base = importPortfolio([sept]).report!;
    await savePeriod({ ...base, period: { ...base.period!, key: '2023-03', label: 'Mars 2023' } }, { files: [], importedAt: '2026-01-01T00:00:00.000Z' });
    await savePeriod(base, { files: [], importedAt: '2026-01-01T00:00:00.000Z' });
    setPlatform({ kind: 'browser', openFiles: async () => [csv('t.csv', 'Nr;Aktør;Tiltaksnavn;Segment\n1;A;B;Samstyre\n')], saveFile: async () => null, appInfo: async () => null });
    render(<ImportPage />, { wrapper: InlineImports });
    await user.click(screen.getByRole('button', { name: 'Velg filer' }));
    await screen.findByText(/Rapporten kan importeres/);
    const field = screen.getByLabelText('Periode');
    await user.type(field, '2022-12');
    expect(await screen.findByText(/Endringer fra September 2022/)).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, '2023-9');
    expect(await screen.findByText(/Endringer fra Mars 2023/)).toBeInTheDocument();
    expect(screen.queryByText(/Endringer fra September 2022/)).not.toBeInTheDocument();
  });

  it('stops reading when the analyst cancels, and stores nothing', async () => {
    let rejectRead: (e: Error) => void = () => {};
    const runner: ImportRunner = {
      warmUp: () => {},
      read: (_files, onProgress) =>
        new Promise((_resolve, reject) => {
          onProgress(0.4, 'Leser t.xlsx …');
          rejectRead = reject;
        }),
      store: vi.fn(),
      discard: vi.fn(),
      compare: vi.fn(async () => null),
      cancel: vi.fn(() => rejectRead(new ImportCancelledError())),
    };
    setPlatform({ kind: 'browser', openFiles: async () => [sept], saveFile: async () => null, appInfo: async () => null });
    const user = userEvent.setup();
    render(
      <InlineImports runner={runner}>
        <ImportPage />
      </InlineImports>,
    );
    await user.click(screen.getByRole('button', { name: 'Velg filer' }));
    expect(await screen.findByRole('progressbar', { name: 'Leser filene' })).toHaveAttribute('value', '0.4');
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(runner.cancel).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Velg filer' })).toBeEnabled();
    expect(screen.queryByText(/kunne ikke leses/)).not.toBeInTheDocument();
    expect(runner.store).not.toHaveBeenCalled();
  });
});
