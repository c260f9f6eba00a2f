import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { startApp } from './support/app.ts';

// Issue 16, item 14: a budget case built from scratch and exported as PDF with the keyboard alone
// (Tab, arrow keys, typing, Enter); no click anywhere.

/** Presses Tab until `target` has focus, as a keyboard user would; fails after `max` stops. */
async function tabTo(page: Page, target: Locator, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await target.evaluate((el) => el === document.activeElement, undefined, { timeout: 2000 }).catch(() => false);
    if (focused) return;
  }
  throw new Error(`Nådde ikke ${String(target)} med Tab`);
}

test('a budget case from scratch to an exported PDF, with the keyboard only', async () => {
  const app = await startApp({ viewport: { width: 1280, height: 720 } });
  const { page } = app;
  try {
    // Arrange: the skip link is the first stop; the menu follows.
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await tabTo(page, page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Budsjett', exact: true }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Budsjett' }).waitFor();

    // Act: a new case, its title and a frame.
    await tabTo(page, page.getByRole('button', { name: 'Ny sak', exact: true }));
    await page.keyboard.press('Enter');
    // the new-case form: first year and number of years keep their defaults
    await tabTo(page, page.getByRole('button', { name: 'Opprett saken' }));
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Sak og ramme' }).waitFor();
    await tabTo(page, page.getByRole('textbox', { name: 'Tittel', exact: true }));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Tastatursak');
    await page.keyboard.press('Tab');
    await page.getByRole('heading', { level: 1, name: 'Tastatursak' }).waitFor();
    const frame = page.getByRole('textbox', { name: /^Ramme \d{4}$/ }).first();
    await tabTo(page, frame);
    await page.keyboard.type('100');
    await page.keyboard.press('Tab');

    // An estimate line, on the Estimater tab reached with the arrow keys.
    await tabTo(page, page.getByRole('tab', { name: 'Sak og ramme' }));
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: 'Estimater', selected: true }).waitFor();
    await tabTo(page, page.getByRole('combobox', { name: 'Tjenesteområde' }));
    await page.keyboard.type('Kjernejournal');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Norsk helsenett SF');
    await tabTo(page, page.getByRole('textbox', { name: 'Estimat (MNOK)' }));
    await page.keyboard.type('12,5');
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Estimater' }).getByText('Kjernejournal').first().waitFor();
    await app.screenshot('keyboard-1-estimat');

    // The case document: preview, then save.
    await tabTo(page, page.getByRole('button', { name: 'Saksdokument (PDF)' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Saksdokument (PDF)' });
    await dialog.getByRole('img', { name: /^Side 1 av \d+$/ }).waitFor({ timeout: 60_000 });
    await tabTo(page, dialog.getByRole('button', { name: 'Lagre PDF' }), 20);
    await app.screenshot('keyboard-2-forhandsvisning');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);

    // Assert: a PDF was saved, and the dialog closed.
    const bytes = await readFile((await download.path())!);
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(download.suggestedFilename(), /\.pdf$/);
    await dialog.waitFor({ state: 'hidden' });
  } finally {
    await app.close();
  }
});
