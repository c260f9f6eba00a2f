import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { readEstimatesWorkbook } from '../../shared/budget/workbook.ts';
import { importPortfolio } from '../../shared/import/index.ts';
import { readSpreadsheet } from '../../shared/spreadsheet/index.ts';
import { startApp } from './support/app.ts';

// Issue 6: export through the UI — the status report and the NUIT case document are built in the
// export worker, previewed with pdf.js, saved through the platform adapter (a download in the
// browser), rendered to PNG with pdftoppm and kept in test-results/export for review; the
// workbooks are read back with the app's own readers.
const OUT = resolve('test-results/export');

/** Closes the "lagret som ..." notices, which sit over the lower right corner. */
async function dismissNotices(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: 'Lukk melding' });
  while ((await close.count()) > 0) await close.first().click();
}

async function download(page: Page, click: () => Promise<void>, file: string): Promise<string> {
  await dismissNotices(page);
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(OUT, file);
  await dl.saveAs(path);
  return path;
}

function render(pdf: string, prefix: string): string[] {
  execFileSync('pdftoppm', ['-r', '80', '-png', pdf, join(OUT, prefix)]);
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
}

test('export: status report and NUIT case document through the UI, previewed, saved and rendered for review', async () => {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const app = await startApp({ dist: process.env.E2E_DIST, viewport: { width: 1440, height: 900 } });
  const { page } = app;
  const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
  try {
    await nav.getByRole('link', { name: 'Budsjett', exact: true }).click();
    await page.getByRole('button', { name: 'Last inn eksempelsak' }).click();
    await page.getByRole('heading', { level: 1, name: 'Digital samhandling – budsjett og prioriteringer 2024' }).waitFor();

    await nav.getByRole('link', { name: 'Import og eksport', exact: true }).click();
    await page.getByRole('button', { name: 'Last inn eksempel' }).click();
    const section = page.getByRole('region', { name: 'Eksport til møtet' });
    const period = section.getByRole('listitem').filter({ hasText: 'September 2022' });
    await period.waitFor();
    await section.scrollIntoViewIfNeeded();
    await app.screenshot('export-1-eksportseksjon');

    // Status report: progress → preview → save.
    await dismissNotices(page);
    await period.getByRole('button', { name: 'Statusrapport (PDF)' }).click();
    const reportDialog = page.getByRole('dialog', { name: 'Statusrapport (PDF)' });
    await reportDialog.getByRole('img', { name: /^Side 1 av \d+$/ }).waitFor({ timeout: 60_000 });
    await reportDialog.getByRole('img', { name: /^Side 2 av \d+$/ }).waitFor();
    // every page is there to scroll to, at a readable width, with zoom
    const total = Number(/av (\d+)$/.exec((await reportDialog.getByRole('img', { name: /^Side 1 av \d+$/ }).getAttribute('aria-label')) ?? '')![1]);
    assert.equal(await reportDialog.getByRole('img', { name: /^Side \d+ av \d+$/ }).count(), total);
    assert.ok(((await reportDialog.getByRole('img', { name: /^Side 1 av/ }).boundingBox())?.width ?? 0) >= 600);
    await reportDialog.getByRole('button', { name: 'Zoom inn' }).click();
    await reportDialog.getByText('125 %').waitFor();
    await reportDialog.getByRole('img', { name: /^Side 1 av/ }).waitFor();
    await reportDialog.getByRole('button', { name: 'Lesbar bredde' }).click();
    await app.screenshot('export-2-forhandsvisning-statusrapport');
    // at 1280×720 the save button stays on screen
    await page.setViewportSize({ width: 1280, height: 720 });
    const save = await reportDialog.getByRole('button', { name: 'Lagre PDF' }).boundingBox();
    assert.ok(save && save.y >= 0 && save.y + save.height <= 720, `Lagre PDF utenfor skjermen: ${JSON.stringify(save)}`);
    await app.screenshot('export-2b-forhandsvisning-1280x720');
    await page.setViewportSize({ width: 1440, height: 900 });
    const reportPdf = await download(page, () => reportDialog.getByRole('button', { name: 'Lagre PDF' }).click(), 'statusrapport-2022-09.pdf');
    await reportDialog.waitFor({ state: 'hidden' });
    const reportText = render(reportPdf, 'statusrapport');
    assert.match(reportText[0] ?? '', /Nøkkeltall/);
    assert.match(reportText.join(''), /Statistisk logganalyse/);
    assert.match(reportText.join(''), /243,6/);
    assert.match(reportText.join(''), /Endringer siden forrige periode \(mai 2022\)/);

    // Portfolio workbook: saved at once; the importer reads it back as the same period.
    const workbook = await download(page, () => period.getByRole('button', { name: 'Arbeidsbok (Excel)' }).click(), 'portefolje-2022-09.xlsx');
    const back = importPortfolio([{ name: 'portefolje-2022-09.xlsx', bytes: new Uint8Array(await readFile(workbook)) }]);
    assert.equal(back.ok, true, JSON.stringify(back.errors));
    assert.equal(back.summary?.active, 42);
    assert.equal(back.summary?.status.yellow, 24);

    // Case document and case workbook.
    const kase = section.getByRole('listitem').filter({ hasText: 'Digital samhandling – budsjett og prioriteringer 2024' });
    await dismissNotices(page);
    await kase.getByRole('button', { name: 'Saksdokument (PDF)' }).click();
    const caseDialog = page.getByRole('dialog', { name: 'NUIT-saksdokument (PDF)' });
    await caseDialog.getByRole('img', { name: /^Side 2 av \d+$/ }).waitFor({ timeout: 60_000 });
    await app.screenshot('export-3-forhandsvisning-saksdokument');
    const casePdf = await download(page, () => caseDialog.getByRole('button', { name: 'Lagre PDF' }).click(), 'nuit-sak-43-23.pdf');
    const caseText = render(casePdf, 'saksdokument').join('');
    for (const heading of ['Forslag til vedtak', 'Hensikt med saken', 'Bakgrunn', 'Sammenligning av alternativene', 'Anbefaling', 'Vedlegg']) {
      assert.ok(caseText.includes(heading), heading);
    }
    assert.match(caseText, /Til fordeling er dermed 217,4\s+MNOK/);
    const caseBook = await download(page, () => kase.getByRole('button', { name: 'Arbeidsbok (Excel)' }).click(), 'nuit-sak-43-23.xlsx');
    const read = readEstimatesWorkbook(readSpreadsheet(new Uint8Array(await readFile(caseBook)), 'nuit-sak-43-23.xlsx'));
    assert.deepEqual(read.issues, []);
    assert.equal(read.case?.alternatives.length, 3);

    const pngs = (await readdir(OUT)).filter((f) => f.endsWith('.png'));
    assert.ok(pngs.some((f) => f.startsWith('statusrapport-')) && pngs.some((f) => f.startsWith('saksdokument-')));
    assert.deepEqual(app.externalRequests(), []);
  } finally {
    await app.close();
  }
});
