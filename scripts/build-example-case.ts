// Builds the example budget case from the CSV facts in assets/examples/kilder and writes
// assets/examples/nuit-43-23-sak.json. Run: node --import tsx scripts/build-example-case.ts [dataDir]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serializeCase } from '../shared/budget/case-file.ts';
import { buildNuit4323Case } from '../shared/budget/examples/nuit-43-23.ts';

const dataDir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'assets', 'examples', 'kilder'));
const read = (p: string) => readFileSync(join(dataDir, p), 'utf8');
const c = buildNuit4323Case({
  estimates: read('nuit-43-23/estimater-2024.csv'),
  consequences: read('nuit-43-23/konsekvenser.csv'),
  sak: read('nuit-43-23/sak.csv'),
  allocation: read('mandates-2024/fordeling-2024.csv'),
  frames: read('mandates-2024/rammer.csv'),
  grant2024: read('mandates-2024/tildeling-2024.csv'),
  grant2025: read('mandates-2025/tildeling-2025.csv'),
});
const out = join(import.meta.dirname, '..', 'assets', 'examples', 'nuit-43-23-sak.json');
writeFileSync(out, serializeCase(c));
console.log(`Skrev ${out}`);
