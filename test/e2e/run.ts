import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

// Runs the end-to-end files one after another with node's test runner (two cores: no parallel
// browsers). Pass a filter to run only matching files: `npm run test:e2e -- import`.
const dir = 'test/e2e';
const filter = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.e2e.ts') && (!filter || f.includes(filter)))
  .sort()
  .map((f) => join(dir, f));
if (files.length === 0) {
  console.error('Ingen e2e-tester funnet');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: process.env },
);
process.exit(result.status ?? 1);
