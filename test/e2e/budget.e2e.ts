import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from './support/app.ts';

// Issue 5: open the example case, build an alternative with the balancing assistant, compare it
// with the others, and keep screenshots of each step.
test('budget: example case, balancing assistant, comparison', async () => {
  const app = await startApp({ dist: process.env.E2E_DIST, viewport: { width: 1440, height: 900 } });
  const { page } = app;
  try {
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Budsjett', exact: true }).click();
    await page.getByRole('button', { name: 'Last inn eksempelsak' }).click();
    await page.getByRole('heading', { level: 1, name: 'Digital samhandling – budsjett og prioriteringer 2024' }).waitFor();
    const frames = page.getByRole('table', { name: 'Ramme per år' });
    // one decimal in the table, like the sentences (217,448 MNOK available)
    const row2024 = (await frames.getByRole('row', { name: /^2024/ }).textContent()) ?? '';
    assert.match(row2024, /217,4/);
    assert.doesNotMatch(row2024, /217,448/);
    await app.screenshot('budget-1-sak-og-ramme');

    await page.getByRole('tab', { name: 'Estimater' }).click();
    await page.getByRole('table', { name: 'Estimater' }).waitFor();
    await app.screenshot('budget-2-estimater');

    await page.getByRole('tab', { name: 'Alternativer' }).click();
    await page.getByRole('button', { name: 'Nytt alternativ' }).click();
    await page.getByRole('button', { name: 'Balanser' }).click();
    const dialog = page.getByRole('dialog', { name: /^Balanser/ });
    await dialog.getByRole('checkbox', { name: 'Kan kuttes: Journaldokumenter NHN 2024' }).check();
    await dialog.getByRole('checkbox', { name: 'Kan kuttes: Journaldokumenter Hdir 2024' }).check();
    await dialog.getByRole('checkbox', { name: 'Kan kuttes: Måledata NHN 2024' }).check();
    await dialog.getByRole('checkbox', { name: 'Kan kuttes: Kritisk info Hdir 2024' }).check();
    assert.match((await dialog.getByTestId('balance-explanation').textContent()) ?? '', /^Kuttet 51,7 MNOK i 2024: .*innenfor rammen i 2024\.$/);
    await app.screenshot('budget-3-balansering');
    await dialog.getByRole('textbox', { name: 'Navn på nytt alternativ' }).fill('Alternativ 3 – kutt fordelt på fire linjer');
    await dialog.getByRole('button', { name: 'Lagre som nytt alternativ' }).click();
    const summary = page.getByRole('table', { name: 'Resultat per år for Alternativ 3 – kutt fordelt på fire linjer' });
    assert.match((await summary.getByRole('row', { name: /^2024/ }).textContent()) ?? '', /går akkurat opp/);
    await app.screenshot('budget-4-alternativ');

    // At 1280×720 the lines scroll sideways inside a box that fits the window: Låst and Minstebeløp
    // are reached by scrolling that box, whose scrollbar is on screen once the box is.
    await page.setViewportSize({ width: 1280, height: 720 });
    const box = page.getByRole('region', { name: 'Linjer i Alternativ 3 – kutt fordelt på fire linjer, kan rulles' });
    await box.scrollIntoViewIfNeeded();
    const rect = await box.boundingBox();
    assert.ok(rect && rect.y >= 0 && rect.y + rect.height <= 720, `Linjeboksen går utenfor skjermen: ${JSON.stringify(rect)}`);
    await box.getByRole('columnheader', { name: 'Låst' }).scrollIntoViewIfNeeded();
    const locked = await box.getByRole('columnheader', { name: 'Låst' }).boundingBox();
    assert.ok(locked && locked.x + locked.width <= 1280, `Låst er ikke å se: ${JSON.stringify(locked)}`);
    await app.screenshot('budget-4b-alternativ-1280x720');
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.getByRole('tab', { name: 'Sammenlign' }).click();
    await page.getByRole('checkbox', { name: 'Vedtatt fordeling 2024' }).uncheck();
    await page.getByRole('checkbox', { name: 'Alternativ 3 – kutt fordelt på fire linjer' }).check();
    const table = page.getByRole('table', { name: 'Sammenligning av alternativer' });
    const heads = await table.getByRole('columnheader').allTextContents();
    assert.equal(heads.length, 6);
    assert.match(heads.at(-1) ?? '', /^Alternativ 3/);
    const fits = await table.getByRole('row', { name: /^Innenfor rammen/ }).getByRole('cell').allTextContents();
    assert.deepEqual(fits, ['Nei', 'Nei', 'Ja', 'Ja']); // the case's order: estimates, alternative 1, 2, 3
    await app.screenshot('budget-5-sammenligning');
    // The two readings of the example side by side: the literal gap 51,7 beside the document's «ca. 17».
    const readings = page.getByRole('table', { name: 'Saken side om side med en navngitt versjon' });
    await readings.scrollIntoViewIfNeeded();
    const gap = await readings.getByRole('row', { name: /^Balanse med estimatene 2024/ }).getByRole('cell').allTextContents();
    assert.deepEqual(gap.map((t) => t.replace(/\s+/g, ' ').trim()), ['mangler 51,7 MNOK', 'mangler 17,0 MNOK', '+34,7']);
    await app.screenshot('budget-6-lesninger-side-om-side');
    assert.deepEqual(app.externalRequests(), []);
  } finally {
    await app.close();
  }
});
