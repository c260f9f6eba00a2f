import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = ['renderer', 'shared', 'bench/web', 'bench/synthetic-report.ts'];

function newest(path: string): number {
  if (!statSync(path).isDirectory()) return statSync(path).mtimeMs;
  let t = 0;
  for (const e of readdirSync(path, { withFileTypes: true })) t = Math.max(t, newest(join(path, e.name)));
  return t;
}

function upToDate(file: string): boolean {
  return existsSync(file) && statSync(file).mtimeMs >= Math.max(...SOURCES.map((s) => newest(join(root, s))));
}

function vite(config: string, outDir: string, env: Record<string, string> = {}): void {
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', config, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/**
 * Builds the web renderer into `dist` for a browser benchmark, unless that build is newer than
 * every source file. Benches build their own copy, so they never rewrite dist-web under an e2e run.
 */
export function ensureWebBuild(dist: string, env: Record<string, string> = {}): void {
  if (upToDate(join(dist, 'index.html'))) return;
  process.stderr.write(`… bygger web-pakken i ${dist}\n`);
  vite('vite.web.config.ts', dist, env);
}

/**
 * The web build plus the bench-only seeding hook beside it (`bench-hook.js`, see bench/web/hook.ts):
 * the app is exactly what ships; a bench page imports the hook only to seed.
 */
export function ensureBenchBuild(dist: string): void {
  ensureWebBuild(dist);
  if (upToDate(join(dist, 'bench-hook', 'bench-hook.js'))) return;
  vite('bench/web/vite.config.ts', join(dist, 'bench-hook'));
}

/**
 * Stores `periods` synthetic periods of `n` tiltak each in the page's IndexedDB through the hook of
 * a bench build. The app shows them after its next start (reload).
 */
export async function seedPeriods(page: Page, n: number, periods: number): Promise<void> {
  // As text: tsx would wrap the function in helpers the page lacks.
  await page.evaluate(`import('./bench-hook/bench-hook.js').then(() => window.__hpBench.seed(${n}, ${periods}))`);
}
