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

test('the content security policy blocks an injected remote script and image', async () => {
  const app = await startApp();
  try {
    const violations = await app.page.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
      const script = document.createElement('script');
      script.src = 'https://example.com/evil.js';
      document.body.appendChild(script);
      const img = document.createElement('img');
      img.src = 'https://example.com/pixel.png';
      document.body.appendChild(img);
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true';
      document.body.appendChild(inline);
      for (let i = 0; i < 50 && seen.length < 3; i++) await new Promise((r) => setTimeout(r, 20));
      return { seen, inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true };
    });
    assert.ok(violations.seen.some((v) => v.startsWith('script-src') && v.includes('example.com')), violations.seen.join('\n'));
    assert.ok(violations.seen.some((v) => v.startsWith('img-src') && v.includes('example.com')), violations.seen.join('\n'));
    assert.equal(violations.inlineRan, false);
    // Chromium announces the attempts, but the policy stops them before they reach the network.
    const external = app.externalRequests();
    assert.equal(external.length, 2);
    for (const url of external) {
      await app.page.waitForFunction(() => true);
      assert.match(app.failures.get(url) ?? '', /csp/i, `${url}: ${app.failures.get(url) ?? 'ikke blokkert'}`);
    }
  } finally {
    await app.close();
  }
});
