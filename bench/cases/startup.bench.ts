import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchCase, BenchResult } from '../harness.ts';
import { startApp } from '../../test/e2e/support/app.ts';
import type { AppSession } from '../../test/e2e/support/app.ts';
import { ensureBenchBuild, seedPeriods } from '../web-build.ts';

// App start in Chromium with two 10k-tiltak periods stored: from navigation start of a fresh page
// until the overview (key figures and bars) is drawn, and how much JavaScript the page fetched
// before that (minified, uncompressed, workers included). The app is the plain web build; the
// periods are seeded once through the bench-only hook (bench/web/hook.ts), then every start is a
// new page in the same profile, as when the analyst opens the app again.
const root = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(root, 'dist-bench');
const N = 10_000;
const PERIODS = 2;
const RUNS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Libraries only the exports need; none may load before the first view. Found in the files
 * fetched by a name or message each library's minified code keeps.
 */
const HEAVY: Record<string, RegExp> = {
  'pdf-lib': /PDFPageLeaf/,
  fontkit: /Unknown font format/,
  exceljs: /ExcelJS/,
  'pdf.js': /PDFWorker/,
};

export interface ColdStart {
  /** Navigation start → overview drawn (figures and bars painted). */
  drawnMs: number;
  /** JavaScript bytes fetched before the overview was drawn. */
  jsBytes: number;
  /** The files, for the report. */
  files: string[];
}

// Installed before the app's scripts run: marks the frame after the overview's bars are committed.
// (A string: tsx would wrap a named inner function in a helper the page lacks.)
const OBSERVER = `
  (function check() {
    if (document.querySelector('.figures') && document.querySelector('.bars__part')) {
      requestAnimationFrame(() => setTimeout(() => { window.__hpDrawn = performance.now(); }, 0));
    } else requestAnimationFrame(check);
  })();
`;

/** Opens the app in a new page and waits for the drawn overview. */
export async function coldStart(app: AppSession): Promise<ColdStart> {
  await app.reload();
  await app.page.waitForFunction(() => (window as unknown as { __hpDrawn?: number }).__hpDrawn, null, { timeout: 60_000 });
  return app.page.evaluate(`(() => {
    const drawn = window.__hpDrawn;
    const js = performance.getEntriesByType('resource').filter((e) => /\\.m?js($|\\?)/.test(e.name) && e.startTime <= drawn);
    return { drawnMs: drawn, jsBytes: js.reduce((s, e) => s + e.decodedBodySize, 0), files: js.map((e) => new URL(e.name).pathname) };
  })()`) as Promise<ColdStart>;
}

/** Which of the export libraries appear in the files loaded before the first view. */
export function heavyLoaded(dist: string, files: string[]): string[] {
  const found = new Set<string>();
  for (const f of files) {
    const text = readFileSync(join(dist, f.replace(/^\//, '')), 'utf8');
    for (const [lib, re] of Object.entries(HEAVY)) if (re.test(text)) found.add(lib);
  }
  return [...found];
}

/**
 * Opens "Import og eksport" in a fresh page and waits for its export section: the JavaScript the
 * page fetched, and which export libraries were among it (none: they stay in the export worker).
 */
async function importPageJs(app: AppSession): Promise<{ jsBytes: number; files: string[] }> {
  // A new document opened on the area (the query only makes it a navigation, not a hash change).
  await app.page.goto(`${app.baseUrl}?importside#import`);
  await app.page.getByRole('heading', { level: 2, name: 'Eksport til møtet' }).waitFor();
  await app.page.getByRole('button', { name: 'Statusrapport (PDF)' }).first().waitFor();
  return app.page.evaluate(`(() => {
    const js = performance.getEntriesByType('resource').filter((e) => /\\.m?js($|\\?)/.test(e.name));
    return { jsBytes: js.reduce((s, e) => s + e.decodedBodySize, 0), files: js.map((e) => new URL(e.name).pathname) };
  })()`) as Promise<{ jsBytes: number; files: string[] }>;
}

/** Seeds `periods` × `n` tiltak, then starts the app `runs` times. */
async function measureStartup(dist: string): Promise<BenchResult[]> {
  const app = await startApp({ dist });
  try {
    await app.context.addInitScript(OBSERVER);
    await seedPeriods(app.page, N, PERIODS);
    const runs: ColdStart[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await coldStart(app));
    const last = runs[runs.length - 1]!;
    const heavy = heavyLoaded(dist, last.files);
    const importPage = await importPageJs(app);
    const importHeavy = heavyLoaded(dist, importPage.files);
    return [
      {
        name: `oppstart: appstart → oversikt tegnet (${PERIODS} × ${N / 1000}k tiltak lagret)`,
        ms: median(runs.map((r) => r.drawnMs)),
        extra: { max: Math.round(Math.max(...runs.map((r) => r.drawnMs))), krav: '< 1000' },
      },
      {
        name: 'oppstart: JavaScript hentet før oversikten er tegnet (kB, uten komprimering)',
        ms: last.jsBytes / 1000,
        extra: { filer: last.files.length, eksportkode: heavy.length ? heavy.join('+') : 'ingen', krav: '< 500 kB' },
      },
      {
        name: 'oppstart: JavaScript hentet når Import og eksport åpnes (kB)',
        ms: importPage.jsBytes / 1000,
        extra: { filer: importPage.files.length, eksportkode: importHeavy.length ? importHeavy.join('+') : 'ingen' },
      },
    ];
  } finally {
    await app.close();
  }
}

async function run(): Promise<BenchResult[]> {
  ensureBenchBuild(DIST);
  return measureStartup(DIST);
}

export const cases: BenchCase[] = [{ name: 'oppstart i Chromium', run }];
