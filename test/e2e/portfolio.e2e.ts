import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from './support/app.ts';

// The portfolio views on the shipped example, loaded through the first-run screen the way an
// analyst would: the report's own figures must come out, and every view is photographed for review.
test('the example through every portfolio view: the report’s figures, filters, D&F totals and changes', async () => {
  const app = await startApp();
  const { page } = app;
  try {
    // Arrange: first run, load the example from the overview's empty state.
    await page.getByRole('heading', { name: 'Ingen rapporteringsperioder ennå' }).waitFor();
    await page.getByRole('button', { name: 'Last inn eksempel' }).click();
    const figures = page.getByRole('region', { name: 'Nøkkeltall' });
    await figures.waitFor();
    // Close the confirmation so it does not cover the screenshots.
    await page.getByText('Eksemplet er lastet inn').waitFor();
    await page.getByRole('button', { name: 'Lukk melding' }).click();

    // Oversikt: 42 active, 24 yellow status, 1 red risk; 10 new and 1 ended since May.
    const figure = async (label: string) => (await figures.getByRole('button', { name: label }).innerText()).replace(/\s+/g, ' ').trim();
    assert.match(await figure('Aktive tiltak'), /^42 Aktive tiltak/);
    assert.match(await figure('Gul status'), /^24 Gul status/);
    assert.match(await figure('Rød risiko'), /^1 Rød risiko/);
    assert.match(await figure('Nye siden forrige periode'), /^10 /);
    assert.match(await figure('Avsluttet siden forrige periode'), /^1 /);
    await page.getByRole('region', { name: 'Utvikling over perioder' }).getByRole('rowheader', { name: 'Mai 2022 (rekonstruert)' }).waitFor();
    await app.screenshot('portfolio-oversikt');

    // A bar opens the Tiltak table filtered to what it counts.
    await page.getByRole('button', { name: 'Koordinere: 1 med rød risiko' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tiltak' }).waitFor();
    assert.match(await page.getByTestId('row-counts').innerText(), /^Viser 1 av 46 tiltak/);
    await page.getByRole('grid', { name: 'Tiltak' }).getByText('Statistisk logganalyse').waitFor();

    // Tiltak: segment Samstyre gives 13 active.
    await page.getByRole('button', { name: 'Nullstill filtre' }).click();
    await page.getByRole('combobox', { name: 'Segment' }).selectOption({ label: 'Samstyre' });
    assert.match(await page.getByTestId('row-counts').innerText(), /Viser 16 av 46 tiltak · 13 aktive/);
    await app.screenshot('portfolio-tiltak');

    // Keyboard: search, move to the first row, open it.
    await page.getByRole('combobox', { name: 'Segment' }).selectOption({ label: 'Alle' });
    await page.getByRole('searchbox', { name: 'Søk' }).fill('dokumentdeling');
    const grid = page.getByRole('grid', { name: 'Tiltak' });
    await grid.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: '181 Kjernejournal dokumentdeling' }).waitFor();
    const course = page.getByRole('region', { name: 'Status og risiko over perioder' });
    assert.match(await course.getByRole('row').nth(1).innerText(), /Mai 2022[\s\S]*Rød/);
    assert.match(await course.getByRole('row').nth(2).innerText(), /September 2022[\s\S]*Gul/);
    await app.screenshot('portfolio-tiltak-181');

    // Avhengigheter: the two high-criticality red ones, and the reported total said plainly.
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    await nav.getByRole('link', { name: 'Avhengigheter', exact: true }).click();
    await page.getByText(/Rapporten oppgir 87 avhengigheter totalt/).waitFor();
    assert.match(await page.getByText(/Viser 2 av 2 avhengigheter/).innerText(), /2 avhengigheter/);
    await app.screenshot('portfolio-avhengigheter');

    // Drift og forvaltning: the computed totals and accumulated totals.
    await nav.getByRole('link', { name: 'Drift og forvaltning', exact: true }).click();
    const years = ['2022', '2023', '2024', '2025', '2026'];
    await page.getByTestId('total-2022').waitFor();
    const cells = async (prefix: string) => Promise.all(years.map((y) => page.getByTestId(`${prefix}-${y}`).innerText()));
    assert.deepEqual(await cells('total'), ['32,8', '53,4', '97,0', '40,4', '20,0']);
    assert.deepEqual(await cells('accumulated'), ['32,8', '86,2', '183,2', '223,6', '243,6']);
    await page.getByText(/Rapporten trykker 87 som akkumulert sum for 2023/).waitFor();
    await app.screenshot('portfolio-drift');

    // Sammenlign perioder: May (reconstructed) → September: 10 new, 1 ended, 181 red → yellow.
    await nav.getByRole('link', { name: 'Sammenlign perioder', exact: true }).click();
    const counts = page.getByRole('list', { name: 'Antall endringer' });
    await counts.waitFor();
    assert.equal(await counts.getByRole('button').nth(0).innerText().then((t) => t.replace(/\s+/g, ' ')), '10 nye');
    assert.equal(await counts.getByRole('button').nth(1).innerText().then((t) => t.replace(/\s+/g, ' ')), '1 avsluttet');
    const status = page.getByRole('region', { name: 'Endret status (1)' });
    assert.match((await status.getByRole('row').nth(1).innerText()).replace(/\s+/g, ' '), /181 Kjernejournal dokumentdeling Rød Gul/);
    await app.screenshot('portfolio-perioder');

    // Saved views survive a reload (IndexedDB).
    await nav.getByRole('link', { name: 'Tiltak', exact: true }).click();
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Gul' });
    await page.getByLabel('Navn på ny visning').fill('Gule tiltak');
    await page.getByRole('button', { name: 'Lagre visning' }).click();
    await page.getByText('Visningen «Gule tiltak» er lagret.').waitFor();
    await app.reload();
    const fresh = app.page; // reload opens a new page on the same profile
    await fresh.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Tiltak', exact: true }).click();
    const views = fresh.getByRole('combobox', { name: 'Lagrede visninger' });
    await views.getByRole('option', { name: 'Gule tiltak' }).waitFor({ state: 'attached' });
    await views.selectOption({ label: 'Gule tiltak' });
    assert.match(await fresh.getByTestId('row-counts').innerText(), /24 gul og 0 rød status/);

    assert.deepEqual(app.externalRequests(), []);
  } finally {
    await app.close();
  }
});
