import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startApp } from './support/app.ts';

const AREAS = [
  ['oversikt', 'Oversikt'],
  ['tiltak', 'Tiltak'],
  ['avhengigheter', 'Avhengigheter'],
  ['drift', 'Drift og forvaltning'],
  ['perioder', 'Sammenlign perioder'],
  ['budsjett', 'Budsjett'],
  ['import', 'Import og eksport'],
] as const;

test('the Norwegian shell shows every area, and nothing leaves the machine', async () => {
  const app = await startApp();
  try {
    const nav = app.page.getByRole('navigation', { name: 'Hovedmeny' });
    for (const [id, label] of AREAS) {
      await nav.getByRole('link', { name: label, exact: true }).click();
      await app.page.getByRole('heading', { level: 1, name: label }).waitFor();
      assert.equal(new URL(app.page.url()).hash.split('?')[0], `#${id}`);
      await app.screenshot(`shell-${id}`);
    }
    assert.equal(await app.page.locator('html').getAttribute('lang'), 'nb');
    assert.deepEqual(app.externalRequests(), []);
  } finally {
    await app.close();
  }
});

test('the profile is stored in IndexedDB and found again after a reload', async () => {
  const app = await startApp();
  try {
    await app.page.getByRole('button', { name: 'Profil' }).click();
    await app.page.getByLabel('Navn (saksbehandler)').fill('Kari Nordmann');
    await app.page.getByLabel('Virksomhet').fill('Helsedirektoratet');
    await app.page.getByText('Lagret', { exact: true }).waitFor();
    await app.reload();
    await app.page.getByRole('button', { name: 'Kari Nordmann' }).click();
    assert.equal(await app.page.getByLabel('Virksomhet').inputValue(), 'Helsedirektoratet');
    await app.screenshot('shell-profile-after-reload');
  } finally {
    await app.close();
  }
});

/**
 * Rows in the page's header: the rows its action controls (buttons, selects) sit on, counted by
 * their vertical centres, plus one when the actions sit under the title rather than beside it.
 * Also the header's height and whether a control sticks out of it.
 */
async function headerLayout(page: Page): Promise<{ rows: number; height: number; overflow: boolean }> {
  const header = page.locator('header.page-header').first();
  const frame = (await header.boundingBox())!;
  const title = (await header.locator('> div').first().boundingBox())!;
  const actions = (await header.locator('.page-header__actions').boundingBox())!;
  const centres: number[] = [];
  let overflow = false;
  for (const control of await header.locator('.page-header__actions').locator('button, select').all()) {
    const box = await control.boundingBox();
    if (!box || box.height === 0) continue; // a closed dialog's buttons
    centres.push(box.y + box.height / 2);
    overflow ||= box.x + box.width > frame.x + frame.width + 1 || box.y + box.height > frame.y + frame.height + 1;
  }
  centres.sort((a, b) => a - b);
  const bands = centres.filter((c, i) => i === 0 || c - centres[i - 1]! > 8).length;
  const beside = Math.abs(actions.y - title.y) < 2;
  return { rows: bands + (beside ? 0 : 1), height: Math.round(frame.height), overflow };
}

// Issue 16, item 11: the header's buttons never stack into three rows at the common window sizes.
test('page headers keep to two rows at 1024×700 (the narrowest window), 1280×720 and 1440×900: Oversikt with its exports, an open budget case', async () => {
  const app = await startApp({ viewport: { width: 1280, height: 720 } });
  const { page } = app;
  try {
    // Arrange: the example period and the example case.
    await page.getByRole('button', { name: 'Last inn eksempel' }).click();
    await page.getByText('Eksemplet er lastet inn').waitFor();
    await page.getByRole('button', { name: 'Lukk melding' }).click();
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    await nav.getByRole('link', { name: 'Budsjett', exact: true }).click();
    await page.getByRole('button', { name: 'Last inn eksempelsak' }).click();
    await page.getByRole('tab', { name: 'Sak og ramme' }).waitFor();

    for (const size of [{ width: 1024, height: 700 }, { width: 1280, height: 720 }, { width: 1440, height: 900 }]) {
      await page.setViewportSize(size);
      // Act + assert: an open case (six actions and a long title), then Oversikt (period and three exports).
      await nav.getByRole('link', { name: 'Budsjett', exact: true }).click();
      await page.getByRole('button', { name: 'Saksdokument (PDF)' }).waitFor();
      const kase = await headerLayout(page);
      await app.screenshot(`shell-header-${size.width}-sak`);
      assert.ok(kase.rows <= 2 && !kase.overflow, `sak ved ${size.width}: ${JSON.stringify(kase)}`);

      await nav.getByRole('link', { name: 'Oversikt', exact: true }).click();
      await page.getByRole('button', { name: 'Statusrapport (PDF)' }).waitFor();
      const overview = await headerLayout(page);
      await app.screenshot(`shell-header-${size.width}-oversikt`);
      assert.ok(overview.rows <= 2 && !overview.overflow, `Oversikt ved ${size.width}: ${JSON.stringify(overview)}`);
      // one row at 1440: the period and the exports beside the title
      if (size.width === 1440) assert.equal(overview.rows, 1, `Oversikt ved 1440: ${JSON.stringify(overview)}`);
    }
    assert.deepEqual(app.externalRequests(), []);
  } finally {
    await app.close();
  }
});
