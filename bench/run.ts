import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { printTable } from './harness.ts';
import type { BenchCase, BenchResult } from './harness.ts';

// Runs every bench/cases/*.bench.ts (or those whose file name contains the first argument).
const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'cases');
const filter = process.argv[2];
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter))).sort();
const results: BenchResult[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { cases: BenchCase[] };
  for (const c of mod.cases) {
    process.stderr.write(`… ${c.name}\n`);
    results.push(...(await c.run()));
  }
}
printTable(results);
