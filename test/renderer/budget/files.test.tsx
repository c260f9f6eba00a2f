import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCaseFile } from '../../../shared/budget/case-file.ts';
import { writeEstimatesWorkbook } from '../../../shared/budget/workbook-template.ts';
import { Notices } from '../../../renderer/components/Notices.tsx';
import { BudgetPage } from '../../../renderer/features/budget/BudgetPage.tsx';
import { useBudgetStore } from '../../../renderer/features/budget/budget-store.ts';
import { setPlatform } from '../../../renderer/platform/index.ts';
import type { Platform } from '../../../renderer/platform/index.ts';
import { useNotices } from '../../../renderer/store/notifications.ts';
import { freshBudget } from './budget-fixture.ts';

vi.setConfig({ testTimeout: 30_000 });

const exampleText = readFileSync(join(import.meta.dirname, '..', '..', '..', 'assets', 'examples', 'nuit-43-23-sak.json'), 'utf8');

function fakePlatform(file: { name: string; bytes: Uint8Array } | null, saved: { name: string; bytes: Uint8Array }[]): Platform {
  return {
    kind: 'browser',
    openFiles: async () => (file ? [file] : []),
    saveFile: async (name, bytes) => {
      saved.push({ name, bytes });
      return { savedAs: name };
    },
    appInfo: async () => null,
  };
}

describe('Budsjett: filer', () => {
  beforeEach(async () => {
    await freshBudget();
    useNotices.setState({ notices: [] });
  });
  afterEach(() => setPlatform(null));

  it('opens an estimates workbook and saves the case as a .json file that reads back', async () => {
    const example = parseCaseFile(exampleText).case!;
    const saved: { name: string; bytes: Uint8Array }[] = [];
    setPlatform(fakePlatform({ name: 'estimater.xlsx', bytes: await writeEstimatesWorkbook(example) }, saved));
    render(<BudgetPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Åpne fil' }));
    await screen.findByRole('heading', { level: 1, name: example.title });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre som fil' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('Digital samhandling – budsjett og prioriteringer 2024.json');
    const back = parseCaseFile(new TextDecoder().decode(saved[0]!.bytes));
    expect(back.ok).toBe(true);
    expect(back.case!.alternatives.map((a) => a.name)).toEqual(example.alternatives.map((a) => a.name));
  });

  it('tells where an invalid case file is wrong and opens nothing', async () => {
    const raw = JSON.parse(exampleText);
    raw.lines[0].estimateKNok = -1;
    setPlatform(fakePlatform({ name: 'feil.json', bytes: new TextEncoder().encode(JSON.stringify(raw)) }, []));
    render(
      <>
        <Notices />
        <BudgetPage />
      </>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Åpne fil' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).queryByRole('heading', { name: 'feil.json kunne ikke åpnes – ingenting er lagret' })).toBeInTheDocument();
    expect(within(alert).queryByRole('row', { name: /feil\.json: \$\.lines\[0\]\.estimateKNok: Kan ikke være mindre enn 0/ })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: 'Budsjett' })).toBeInTheDocument();
  });

  it('shows every workbook error in a table with sheet, row and column, not one joined notice', async () => {
    const example = parseCaseFile(exampleText).case!;
    const bytes = await writeEstimatesWorkbook(example);
    // two amounts that are not numbers, in a workbook written by the app and edited by hand
    const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
    const files = unzipSync(bytes);
    const sst = strFromU8(files['xl/sharedStrings.xml']!);
    const sheetName = Object.keys(files).find((n) => /worksheets\/sheet3\.xml$/.test(n))!;
    const notNumber = sst.split('<si>').length - 1;
    files['xl/sharedStrings.xml'] = strToU8(sst.replace('</sst>', '<si><t>abc</t></si></sst>').replace(/count="\d+" uniqueCount="\d+"/, `count="${notNumber + 1}" uniqueCount="${notNumber + 1}"`));
    let n = 0;
    files[sheetName] = strToU8(strFromU8(files[sheetName]!).replace(/<c r="D(\d+)"( s="\d+")?><v>[^<]*<\/v><\/c>/g, (m, row: string, st: string | undefined) => (row !== '1' && row !== '2' && n++ < 2 ? `<c r="D${row}"${st ?? ''} t="s"><v>${notNumber}</v></c>` : m)));
    setPlatform(fakePlatform({ name: 'estimater.xlsx', bytes: zipSync(files) }, []));
    render(<BudgetPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Åpne fil' }));
    const alert = await screen.findByRole('alert');
    const rows = within(alert).getAllByRole('row').slice(1);
    // both bad cells, each on its own row with sheet, row number and column (and what follows from them)
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const located = rows.filter((r) => /^estimater\.xlsx\s*Estimater\s*\d+\s*D/.test(r.textContent ?? ''));
    expect(located).toHaveLength(2);
    expect(within(alert).queryByRole('heading', { name: 'estimater.xlsx kunne ikke åpnes – ingenting er lagret' })).toBeInTheDocument();
  });
});

describe('Budsjett: en saksarbeidsbok sendt tilbake', () => {
  beforeEach(async () => {
    await freshBudget();
    useNotices.setState({ notices: [] });
  });
  afterEach(() => setPlatform(null));

  it('asks whether to update the stored case or make a copy', async () => {
    const { writeCaseWorkbook } = await import('../../../shared/export/xlsx/case-workbook.ts');
    const example = parseCaseFile(exampleText).case!;
    const stored = { ...example, id: 'sak-1' };
    const edited = { ...stored, frames: stored.frames.map((f) => (f.year === 2024 ? { ...f, frameKNok: 280_000 } : f)) };
    const bytes = await writeCaseWorkbook(edited);
    render(<BudgetPage />);
    await useBudgetStore.getState().open(stored);
    useBudgetStore.getState().close();
    await waitFor(() => expect(useBudgetStore.getState().list.map((c) => c.id)).toEqual(['sak-1']));

    setPlatform(fakePlatform({ name: 'sak-fra-kollega.xlsx', bytes }, []));
    fireEvent.click(await screen.findByRole('button', { name: 'Åpne fil' }));
    const dialog = await screen.findByRole('dialog', { name: 'Saken finnes allerede' });
    expect(dialog).toHaveTextContent('«Digital samhandling – budsjett og prioriteringer 2024» er allerede lagret her.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lag en kopi' }));
    await screen.findByRole('heading', { level: 1, name: `${example.title} (kopi)` });
    await waitFor(() => expect(useBudgetStore.getState().list).toHaveLength(2));

    useBudgetStore.getState().close();
    fireEvent.click(await screen.findByRole('button', { name: 'Åpne fil' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Saken finnes allerede' })).getByRole('button', { name: 'Oppdater den lagrede saken' }));
    await screen.findByRole('heading', { level: 1, name: example.title });
    expect(useBudgetStore.getState().history!.present).toMatchObject({ id: 'sak-1' });
    expect(useBudgetStore.getState().history!.present.frames[0]!.frameKNok).toBe(280_000);
    // the workbook carries no named versions: the stored case's are kept
    expect(useBudgetStore.getState().history!.present.versions.map((v) => v.name)).toEqual(example.versions.map((v) => v.name));
    expect(example.versions).not.toHaveLength(0);
  });
});
