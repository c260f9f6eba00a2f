import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from '../harness.ts';
import type { BenchCase, BenchResult } from '../harness.ts';
import { syntheticWorkbook } from '../synthetic-report.ts';

// Import of a portfolio report: parse + validate against a floor measured in the same process
// (unzip every part and scan the sheet XML for cells, building nothing), one child process per size
// for the times and another for the peak memory; the 10k CLI check is timed end to end, node
// start-up included.
// 100k runs only with BENCH_IMPORT_100K=1 (it takes a while on a shared 2-core machine).
const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'import-bench-'));

function child<T>(file: string, ...args: string[]): T {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'import-child.ts'), file, ...args], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out) as T;
}

interface Timing {
  ok: boolean;
  floorMs: number;
  ms: number;
  cpuFloorMs: number;
  cpuMs: number;
  parseRangeMs: [number, number];
}

async function sizeCase(n: number, label: string): Promise<BenchResult[]> {
  const bytes = syntheticWorkbook(n);
  const file = join(dir, `syntetisk-${label}.xlsx`);
  writeFileSync(file, bytes);
  // timed in a process of its own per size (see import-child.ts), with the peak memory in another
  const t = child<Timing>(file, 'time', String(n >= 100_000 ? 3 : 21));
  if (!t.ok) throw new Error(`synthetic ${label} did not validate`);
  const mem = child<{ peakRssMB: number }>(file, 'parse');
  const results: BenchResult[] = [
    {
      name: `import: parse+valider ${label} tiltak`,
      ms: t.ms,
      // the ratio in CPU time too: on a loaded machine the longer run waits more for a core
      extra: {
        floorMs: Math.round(t.floorMs),
        ratio: Number((t.ms / t.floorMs).toFixed(2)),
        cpuRatio: Number((t.cpuMs / t.cpuFloorMs).toFixed(2)),
        parseMinMaks: t.parseRangeMs.map(Math.round).join('–'),
        fileMB: Number((bytes.length / 1048576).toFixed(1)),
        peakRssMB: mem.peakRssMB,
      },
    },
  ];
  if (n === 10_000) {
    // The command as the issue gives it, through npm; then node alone, and npm running a script
    // that does nothing, to show what npm itself adds.
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const quiet = { cwd: root, stdio: 'ignore' as const };
    const viaNpm = await measure(() => execFileSync(npm, ['run', '--silent', 'cli', '--', 'check', file, '--json'], quiet), 7);
    const direct = await measure(() => execFileSync(process.execPath, [join(root, 'scripts', 'cli.mjs'), 'check', file, '--json'], quiet), 7);
    const npmAlone = await measure(() => execFileSync(npm, ['run', '--silent', 'bench:npm-noop'], quiet), 7);
    const nodeStart = await measure(() => execFileSync(process.execPath, ['-e', '0'], quiet), 7);
    const extra: Record<string, string | number> = { krav: '< 1500', nodeAlene: Math.round(direct), npmTomtSkript: Math.round(npmAlone), nodeOppstart: Math.round(nodeStart) };
    // Node 20 loads every CA certificate at start-up when NODE_EXTRA_CA_CERTS is set (nodejs/node#40524),
    // in npm's process and in ours; show what that costs where the machine sets it.
    if (process.env.NODE_EXTRA_CA_CERTS) {
      const { NODE_EXTRA_CA_CERTS: _unused, ...withoutCa } = process.env;
      extra.nodeOppstartUtenEkstraCA = Math.round(await measure(() => execFileSync(process.execPath, ['-e', '0'], { ...quiet, env: withoutCa }), 7));
    }
    results.push({ name: 'import: CLI check 10k tiltak (npm run --silent cli, veggklokke)', ms: viaNpm, extra });
  }
  return results;
}

export const cases: BenchCase[] = [
  { name: 'import 1k', run: () => sizeCase(1_000, '1k') },
  { name: 'import 10k', run: () => sizeCase(10_000, '10k') },
  ...(process.env.BENCH_IMPORT_100K ? [{ name: 'import 100k', run: () => sizeCase(100_000, '100k') }] : []),
];
