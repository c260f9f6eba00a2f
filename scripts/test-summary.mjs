// Adds up what vitest and node's test runner printed in a CI log and prints one plain closing line:
// "tests: N passed, N failed, N skipped".
import { readFileSync } from 'node:fs';

// eslint-disable-next-line no-control-regex
const text = readFileSync(process.argv[2], 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const line of text.split('\n')) {
  const vitest = /^\s*Tests\s+(.*)\(\d+\)\s*$/.exec(line);
  if (vitest) {
    const part = vitest[1];
    passed += Number(/(\d+) passed/.exec(part)?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(part)?.[1] ?? 0);
    skipped += Number(/(\d+) skipped/.exec(part)?.[1] ?? 0);
    continue;
  }
  const node = /^[ℹ#]\s+(pass|fail|skipped)\s+(\d+)\s*$/.exec(line.trim());
  if (node) {
    const n = Number(node[2]);
    if (node[1] === 'pass') passed += n;
    else if (node[1] === 'fail') failed += n;
    else skipped += n;
  }
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
