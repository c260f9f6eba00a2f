import { test } from 'node:test';
import assert from 'node:assert/strict';
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
