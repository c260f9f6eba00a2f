/**
 * Regenerates docs/reliability.md: runs the robustness corpus through the real readers (worker
 * threads, time and heap limits) and Electronegativity over the sources and the built app, and
 * writes the figures. `npm run reliability` (builds first, since Electronegativity reads out/).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCorpus } from '../test/robustness/corpus.ts';
import type { CaseResult, CorpusCase } from '../test/robustness/corpus-types.ts';
import { DEFAULT_HARNESS, runCorpus, summarize } from '../test/robustness/harness.ts';
import { groupOf, renderReliability } from './reliability-report.ts';
import type { GroupRow } from './reliability-report.ts';

const root = resolve(import.meta.dirname, '..');

function groups(cases: readonly CorpusCase[], results: readonly CaseResult[]): GroupRow[] {
  const rows = new Map<string, GroupRow>();
  results.forEach((r, i) => {
    const g = groupOf(cases[i]!);
    const row = rows.get(g) ?? { group: g, inputs: 0, imported: 0, refused: 0, other: 0 };
    row.inputs++;
    if (r.outcome.status === 'imported') row.imported++;
    else if (r.outcome.status === 'refused') row.refused++;
    else row.other++;
    rows.set(g, row);
  });
  return [...rows.values()];
}

async function main(): Promise<number> {
  const started = Date.now();
  const cases = await generateCorpus();
  const results = await runCorpus(cases);
  const figures = summarize(cases, results);
  const corpusSeconds = (Date.now() - started) / 1000;

  const en = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/electronegativity.ts')], { cwd: root, encoding: 'utf8' });
  process.stdout.write(en.stdout);
  process.stderr.write(en.stderr);
  const electronegativity = JSON.parse(readFileSync(join(root, 'test-results/electronegativity.json'), 'utf8')) as {
    electron: string;
    counts: Record<string, number>;
    findings: { check: string; severity: string; file: string; location: string }[];
  };
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();

  const md = renderReliability({
    date: new Date().toISOString().slice(0, 10),
    commit,
    machine: `Node ${process.versions.node}, ${cpus().length} cores`,
    harness: DEFAULT_HARNESS,
    figures,
    groups: groups(cases, results),
    corpusSeconds,
    slowest: results
      .slice()
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map((r) => ({ id: r.id, ms: r.ms })),
    electronegativity,
    electronegativityPassed: en.status === 0,
  });
  writeFileSync(join(root, 'docs/reliability.md'), md);
  console.log(`docs/reliability.md skrevet: ${figures.inputs} inndata, ${figures.crashes} krasj, ${figures.hangs} heng, ${figures.partialImports} delvise importer.`);
  const ok = en.status === 0 && figures.problems.length === 0;
  return ok ? 0 : 1;
}

process.exitCode = await main();
