import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startApp } from './support/app.ts';
import { audit } from './support/axe.ts';
import type { Finding } from './support/axe.ts';

// Issue 16, item 14: axe-core on every area and every dialog, first empty and then with the
// example portfolio and the example budget case loaded, at 1440×900 and 1280×720. Serious and
// critical violations fail the test; the rest are written to test-results/accessibility.json and
// listed in docs/accessibility.md.
const AREAS = ['Oversikt', 'Tiltak', 'Avhengigheter', 'Drift og forvaltning', 'Sammenlign perioder', 'Budsjett', 'Import og eksport'];
const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
];

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' });

async function openArea(page: Page, label: string) {
  await nav(page).getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // Lazy pages show a spinner first; wait until the area's own heading is in.
  await page.locator('main [aria-busy="true"], main .loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
}

/** Opens a dialog with `open`, audits it, closes it with Escape. */
async function auditDialog(page: Page, where: string, open: () => Promise<void>): Promise<Finding[]> {
  await open();
  const dialog = page.locator('dialog[open]');
  await dialog.waitFor();
  // Audited once it has faded in: half-way, its text has too little contrast.
  await dialog.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
  const found = await audit(page, where);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' }).catch(() => undefined);
  await page.locator('dialog[open]').waitFor({ state: 'hidden' });
  return found;
}

async function dismissNotices(page: Page) {
  const close = page.getByRole('button', { name: 'Lukk melding' });
  while ((await close.count()) > 0) await close.first().click();
}

async function auditShellDialogs(page: Page, label: string): Promise<Finding[]> {
  const out: Finding[] = [];
  out.push(...(await auditDialog(page, `${label}: dialog Profil`, () => page.locator('.profile-button').click())));
  out.push(...(await auditDialog(page, `${label}: dialog Sikkerhetskopi`, () => page.getByRole('button', { name: 'Sikkerhetskopi', exact: true }).click())));
  out.push(...(await auditDialog(page, `${label}: dialog Om`, () => page.getByRole('button', { name: 'Om', exact: true }).click())));
  return out;
}

async function walk(size: { width: number; height: number }): Promise<Finding[]> {
  const app = await startApp({ viewport: size, bypassCsp: true });
  const { page } = app;
  const at = `${size.width}×${size.height}`;
  const found: Finding[] = [];
  try {
    // Empty: first run.
    for (const area of AREAS) {
      await openArea(page, area);
      found.push(...(await audit(page, `${at} tom: ${area}`)));
    }
    found.push(...(await auditShellDialogs(page, `${at} tom`)));

    // The example portfolio and the example budget case.
    await openArea(page, 'Import og eksport');
    await page.getByRole('button', { name: 'Last inn eksempel', exact: true }).click();
    await page.getByText('Eksemplet er lastet inn').first().waitFor();
    await dismissNotices(page);
    await openArea(page, 'Budsjett');
    await page.getByRole('button', { name: 'Last inn eksempelsak' }).click();
    await page.getByRole('tab', { name: 'Estimater' }).waitFor();
    await dismissNotices(page);

    for (const area of AREAS) {
      await openArea(page, area);
      if (area === 'Oversikt') await page.getByRole('region', { name: 'Nøkkeltall' }).waitFor();
      if (area === 'Sammenlign perioder') await page.getByRole('list', { name: 'Antall endringer' }).waitFor();
      found.push(...(await audit(page, `${at} eksempel: ${area}`)));
      if (area === 'Oversikt') await app.screenshot(`a11y-${at}-oversikt`);
    }
    // A tiltak's own page.
    await openArea(page, 'Tiltak');
    await page.getByRole('searchbox', { name: 'Søk' }).fill('dokumentdeling');
    await page.getByRole('grid', { name: 'Tiltak' }).getByRole('link', { name: 'Kjernejournal dokumentdeling' }).click();
    await page.getByRole('heading', { level: 1, name: '181 Kjernejournal dokumentdeling' }).waitFor();
    found.push(...(await audit(page, `${at} eksempel: Tiltak 181`)));
    // One the example case funds: the table of funding cases with its links.
    await openArea(page, 'Tiltak');
    await page.getByRole('searchbox', { name: 'Søk' }).fill('steg 1');
    await page.getByRole('grid', { name: 'Tiltak' }).getByRole('link', { name: 'Program digital samhandling (PDS) - steg 1' }).click();
    await page.getByRole('link', { name: 'Digital samhandling – budsjett og prioriteringer 2024' }).waitFor();
    found.push(...(await audit(page, `${at} eksempel: Tiltak 194 med budsjettsaker`)));

    // The budget case's tabs, the balancing assistant and a confirmation.
    await openArea(page, 'Budsjett');
    // The case opened before is still open; otherwise open it from the list.
    if (!(await page.getByRole('tab', { name: 'Estimater' }).isVisible())) await page.getByRole('button', { name: /Digital samhandling/ }).first().click();
    for (const tab of ['Sak og ramme', 'Estimater', 'Alternativer', 'Sammenlign', 'Versjoner']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('tabpanel').waitFor();
      found.push(...(await audit(page, `${at} eksempel: Budsjett, fanen ${tab}`)));
      if (tab === 'Sammenlign') {
        // The charts are one tab stop each (recharts' keyboard layer), named by their titles.
        for (const name of ['Beløp per tjenesteområde (MNOK)', 'Økt drift og forvaltning per år (MNOK)']) {
          assert.equal(await page.getByRole('application', { name }).getAttribute('tabindex'), '0', name);
        }
      }
      if (tab === 'Alternativer') {
        found.push(...(await auditDialog(page, `${at} eksempel: dialog Balanser`, () => page.getByRole('button', { name: 'Balanser' }).click())));
        found.push(...(await auditDialog(page, `${at} eksempel: dialog Slett alternativ`, () => page.getByRole('tabpanel').locator('button[data-color="danger"]').first().click())));
      }
    }
    await app.screenshot(`a11y-${at}-budsjett`);

    // An export dialog (the status report's preview).
    await openArea(page, 'Oversikt');
    await page.getByRole('region', { name: 'Nøkkeltall' }).waitFor();
    found.push(
      ...(await auditDialog(page, `${at} eksempel: dialog Statusrapport (PDF)`, async () => {
        await page.getByRole('button', { name: 'Statusrapport (PDF)' }).first().click();
        await page.getByRole('dialog', { name: 'Statusrapport (PDF)' }).getByRole('img', { name: /^Side 1 av \d+$/ }).waitFor({ timeout: 60_000 });
      })),
    );
    found.push(...(await auditShellDialogs(page, `${at} eksempel`)));
    return found;
  } finally {
    await app.close();
  }
}

const all: Finding[] = [];

for (const size of VIEWPORTS) {
  test(`axe-core finds no serious or critical violation at ${size.width}×${size.height}, empty and with the example`, async () => {
    const found = await walk(size);
    all.push(...found);
    await mkdir(resolve('test-results'), { recursive: true });
    await writeFile(resolve('test-results/accessibility.json'), JSON.stringify(all, null, 2));
    const bad = found.filter((f) => f.impact === 'serious' || f.impact === 'critical');
    assert.deepEqual(
      bad.map((f) => `${f.where}: ${f.rule} (${f.impact}) ${f.help} – ${f.targets.join(', ')}`),
      [],
    );
  });
}
