// Child process for the import benchmark: parses one file once and reports its peak RSS, so the
// figure is the import's own and not the generator's.
import { readFileSync } from 'node:fs';
import { peakRssBytes } from './peak-rss.ts';
import { importPortfolio } from '../shared/import/index.ts';

const [file, mode] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file!));
const t0 = performance.now();
const r = mode === 'floor' ? null : importPortfolio([{ name: 'syntetisk.xlsx', bytes }]);
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, ok: r?.ok ?? null, errors: r?.errors.length ?? 0, peakRssMB: Math.round(peakRssBytes() / 1048576) }));
