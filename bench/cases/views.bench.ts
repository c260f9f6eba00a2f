import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchCase, BenchResult } from '../harness.ts';
import { startApp } from '../../test/e2e/support/app.ts';
import type { AppSession } from '../../test/e2e/support/app.ts';
import { ensureBenchBuild, seedPeriods } from '../web-build.ts';

// The portfolio views in Chromium with 10k tiltak in each of 5 stored periods: time until the
// overview is drawn, and time from a filter keystroke in the Tiltak table until the new rows are
// painted. Timed inside the page (performance.now, after the next animation frame) so the browser
// protocol's latency is not counted. Uses the web build in dist-bench, with the bench-only seeding
// hook beside it (bench/web/hook.ts); it is rebuilt when its sources changed since.
const root = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(root, 'dist-bench');
const N = 10_000;
const PERIODS = 5;
const RUNS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** From a click on "Oversikt" (coming from another area) until the figures and bars are painted. */
async function overviewMs(app: AppSession): Promise<number> {
  const nav = app.page.getByRole('navigation', { name: 'Hovedmeny' });
  await nav.getByRole('link', { name: 'Import og eksport', exact: true }).click();
  await app.page.getByRole('heading', { level: 1, name: 'Import og eksport' }).waitFor();
  return app.page.evaluate(async () => {
    const link = [...document.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => a.textContent === 'Oversikt')!;
    const t0 = performance.now();
    link.click();
    for (let frames = 0; ; frames++) {
      if (frames > 2000) throw new Error('Oversikten ble ikke tegnet');
      await new Promise((r) => requestAnimationFrame(r));
      if (document.querySelector('.figures') && document.querySelector('.bars__part') && document.querySelector('.trend__chart svg, .trend__chart')) break;
    }
    // The frame after the one that committed the DOM: drawn on screen.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  });
}

/**
 * Types into the search field (as one input event, like a keystroke) and waits for the next
 * painted frame. React handles input events synchronously, so the table is updated by then; the
 * count is checked against the expected text to be sure.
 */
async function keystrokeMs(app: AppSession, text: string): Promise<number> {
  const { ms, shown, settled } = await app.page.evaluate(async (value) => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const t0 = performance.now();
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const ms = performance.now() - t0;
    // (No named helper functions in here: tsx would wrap them in a helper the page lacks.)
    const el = document.querySelector('[data-testid="row-counts"]')!;
    const shown = el.textContent ?? '';
    // Nothing may still be pending once the frame is drawn, or the time would be too low.
    await new Promise((r) => setTimeout(r, 60));
    return { ms, shown, settled: el.textContent ?? '' };
  }, text);
  if (!shown.startsWith('Viser') || shown !== settled) throw new Error(`Tabellen var ikke oppdatert etter «${text}»: ${shown} / ${settled}`);
  return ms;
}

/**
 * From navigation start of a fresh page (app start) until the overview is drawn: app boot plus
 * reading all five periods from IndexedDB. Recorded by an observer installed before the app runs.
 */
async function coldOverviewMs(app: AppSession): Promise<{ first: number; complete: number }> {
  await app.reload();
  const handle = await app.page.waitForFunction(
    () => {
      const w = window as unknown as { __hpDrawn?: number; __hpFirst?: number };
      return w.__hpDrawn && w.__hpFirst ? { first: w.__hpFirst, complete: w.__hpDrawn } : null;
    },
    null,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue())!;
}

async function run(): Promise<BenchResult[]> {
  ensureBenchBuild(DIST);
  const app = await startApp({ dist: DIST });
  try {
    // As text: tsx would wrap a named inner function in a helper the page lacks.
    await app.context.addInitScript(`
      (function check() {
        if (!window.__hpFirst && document.querySelector('.bars__part')) {
          requestAnimationFrame(() => setTimeout(() => { window.__hpFirst = performance.now(); }, 0));
        }
        if (document.querySelector('.bars__part') && document.querySelector('.trend__chart')) {
          requestAnimationFrame(() => setTimeout(() => { window.__hpDrawn = performance.now(); }, 0));
        } else requestAnimationFrame(check);
      })();
    `);
    await seedPeriods(app.page, N, PERIODS);
    const cold: { first: number; complete: number }[] = [];
    for (let i = 0; i < 3; i++) cold.push(await coldOverviewMs(app));
    const overview: number[] = [];
    await overviewMs(app); // warm-up: loads all five periods once
    for (let i = 0; i < RUNS; i++) overview.push(await overviewMs(app));

    await app.page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Tiltak', exact: true }).click();
    await app.page.getByRole('grid', { name: 'Tiltak' }).waitFor();
    const keys: number[] = [];
    // Each word typed letter by letter, then cleared: every step changes the matching rows.
    for (const word of ['aktør 1', 'nummer 12', 'æøå']) {
      for (let k = 1; k <= word.length; k++) keys.push(await keystrokeMs(app, word.slice(0, k)));
      keys.push(await keystrokeMs(app, ''));
    }
    const rows = await app.page.getByTestId('row-counts').textContent();
    const inDom = await app.page.locator('[role="grid"] tbody tr:not(.itable__pad)').count();
    return [
      { name: `visninger: oversikt tegnet (${N / 1000}k tiltak × ${PERIODS} perioder)`, ms: median(overview), extra: { max: Math.round(Math.max(...overview)), krav: '< 500' } },
      {
        name: 'visninger: appstart → oversikt tegnet (valgt periode fra IndexedDB)',
        ms: median(cold.map((c) => c.first)),
        extra: { max: Math.round(Math.max(...cold.map((c) => c.first))) },
      },
      {
        name: 'visninger: appstart → trend med alle 5 perioder',
        ms: median(cold.map((c) => c.complete)),
        extra: { max: Math.round(Math.max(...cold.map((c) => c.complete))) },
      },
      {
        name: 'visninger: tastetrykk i tiltakssøk → tabell oppdatert',
        ms: median(keys),
        extra: { max: Math.round(Math.max(...keys)), n: keys.length, radeneIDom: inDom, krav: '< 50', slutt: (rows ?? '').split('·')[0]!.trim() },
      },
    ];
  } finally {
    await app.close();
  }
}

export const cases: BenchCase[] = [{ name: 'visninger i Chromium', run }];
