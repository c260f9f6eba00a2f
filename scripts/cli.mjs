// Runs the headless CLI from its Node bundle (out/cli), rebuilding the bundle first when any
// source it is built from is newer. Starting from the bundle avoids transpiling TypeScript on
// every run, which alone cost more than reading a 10k-tiltak workbook.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const bundle = join(root, 'out', 'cli', 'index.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const sources = ['cli', 'shared'].map((d) => newestSource(join(root, d)));
const stale = !existsSync(bundle) || Math.max(...sources, statSync(join(root, 'vite.cli.config.ts')).mtimeMs) > statSync(bundle).mtimeMs;
if (stale) {
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.cli.config.ts'), root, logLevel: 'error' });
}
await import(pathToFileURL(bundle).href);
