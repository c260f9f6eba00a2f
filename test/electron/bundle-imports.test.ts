import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Value imports (not `import type`) of a TS file, resolved relative to it. */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^import\s+(?!type\b)[^'"]*?from\s+'([^']+)';?$/gm)) out.push(m[1]!);
  for (const m of text.matchAll(/^import\s+'([^']+)';?$/gm)) out.push(m[1]!);
  return out;
}

/** Every package (non-relative import) reachable from `entry` through value imports. */
function reachablePackages(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of valueImports(file)) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else packages.add(spec);
    }
  };
  visit(resolve(entry));
  return packages;
}

describe('what main and preload may load at run time', () => {
  it('the sandboxed preload reaches no package but electron (a sandboxed preload cannot require one)', () => {
    expect([...reachablePackages('electron/preload/index.ts')]).toEqual(['electron']);
  });

  it('main reaches only electron, node built-ins and zod (which the build bundles)', () => {
    const packages = [...reachablePackages('electron/main/index.ts')].filter((p) => p !== 'electron' && !p.startsWith('node:'));
    expect(packages).toEqual(['zod']);
  });

  const built = existsSync('out/main/index.js') && existsSync('out/preload/index.cjs');
  it.skipIf(!built)('the built bundles import nothing from node_modules and load the right paths (needs npm run build)', () => {
    const main = readFileSync('out/main/index.js', 'utf8');
    const preload = readFileSync('out/preload/index.cjs', 'utf8');
    const mainImports = [...main.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]!);
    expect(mainImports.filter((s) => s !== 'electron' && !s.startsWith('node:'))).toEqual([]);
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(main).toContain('../preload/index.cjs');
    expect(main).toContain('../renderer');
    expect(existsSync('out/renderer/index.html')).toBe(true);
  });
});
