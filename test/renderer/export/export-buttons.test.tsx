import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveCase } from '../../../renderer/db/cases-repo.ts';
import { HelseDatabase, setDb } from '../../../renderer/db/database.ts';
import { provenanceOf, savePeriod } from '../../../renderer/db/periods-repo.ts';
import { CaseExportButtons } from '../../../renderer/features/export/CaseExportButtons.tsx';
import { ExportSection } from '../../../renderer/features/export/ExportSection.tsx';
import { setPlatform } from '../../../renderer/platform/index.ts';
import type { Platform } from '../../../renderer/platform/index.ts';
import { exampleCase, exampleReport } from '../../shared/export/support/examples.ts';
import { InlineExports } from '../../helpers/inline-export.tsx';

let saved: { name: string; bytes: Uint8Array }[];

beforeEach(() => {
  setDb(new HelseDatabase(`export-${Math.random()}`));
  saved = [];
  const platform: Platform = {
    kind: 'browser',
    openFiles: async () => [],
    saveFile: async (name, bytes) => {
      saved.push({ name, bytes });
      return { savedAs: name };
    },
    appInfo: async () => null,
  };
  setPlatform(platform);
});
afterEach(() => {
  setPlatform(null);
  vi.restoreAllMocks();
});

const magic = (b: Uint8Array, n: number) => String.fromCharCode(...b.subarray(0, n));

describe('export buttons', () => {
  it('saves the case workbook at once, and the case document after the preview', { timeout: 60_000 }, async () => {
    const c = exampleCase();
    await saveCase(c);
    const user = userEvent.setup();
    render(<CaseExportButtons caseId={c.id} />, { wrapper: InlineExports });
    await user.click(screen.getByRole('button', { name: 'Arbeidsbok (Excel)' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 });
    expect(saved[0]!.name).toMatch(/^NUIT-sak 43-23 – Digital samhandling.*\.xlsx$/);
    expect(magic(saved[0]!.bytes, 2)).toBe('PK');

    await user.click(screen.getByRole('button', { name: 'Saksdokument (PDF)' }));
    const dialog = await screen.findByRole('dialog', { name: 'NUIT-saksdokument (PDF)' });
    const save = await within(dialog).findByRole('button', { name: 'Lagre PDF' }, { timeout: 15_000 });
    expect(saved).toHaveLength(1); // nothing saved before the user confirms
    await user.click(save);
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]!.name).toMatch(/\.pdf$/);
    expect(magic(saved[1]!.bytes, 5)).toBe('%PDF-');
  });

  it('lists stored periods and cases in the export section, and says so when there are none', async () => {
    const { unmount } = render(<ExportSection />, { wrapper: InlineExports });
    expect(await screen.findByText(/Ingen perioder er importert ennå/)).toBeInTheDocument();
    expect(await screen.findByText(/Ingen budsjettsaker ennå/)).toBeInTheDocument();
    unmount();
    const report = exampleReport('portefolje-2022-09.xlsx');
    await savePeriod(report, await provenanceOf([{ name: 'portefolje-2022-09.xlsx', bytes: new Uint8Array([1, 2, 3]) }]));
    await saveCase(exampleCase());
    render(<ExportSection />, { wrapper: InlineExports });
    const period = (await screen.findByText(/September 2022/)).closest('li')!;
    expect(within(period).queryByRole('button', { name: 'Statusrapport (PDF)' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(within(period).getByRole('button', { name: 'Tiltak (CSV)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('Tiltak 2022-09.csv');
    expect(screen.queryByText('Digital samhandling – budsjett og prioriteringer 2024')).toBeInTheDocument();
  });
});
