import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * Builds the web renderer into `dist` for a browser benchmark, unless that build is newer than
 * every file in renderer/ and shared/. Benches build their own copy, so they never rewrite
 * dist-web under an e2e run. `env` adds build-time variables (VITE_HP_BENCH=1 adds the seeding hook).
 */
export function ensureWebBuild(dist: string, env: Record<string, string> = {}): void {
  const index = join(dist, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(newest(join(root, 'renderer')), newest(join(root, 'shared')))) return;
  process.stderr.write(`… bygger web-pakken i ${dist}\n`);
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.web.config.ts', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
