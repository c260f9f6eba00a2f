/**
 * Generates the licence list the «Om» dialog shows: every production dependency reachable from
 * package.json's `dependencies` (name, version, licence field, licence text from its LICENSE file)
 * plus the bundled fonts' licence (assets/fonts/OFL.txt). Runs before every build
 * (`npm run build`, `npm run dist`) so installers always carry a current list.
 *
 *   node --import tsx scripts/licenses.ts [--check]
 *
 * With --check it only compares and exits 1 when the committed file is out of date.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { collectLicenses } from './licenses-collect.ts';
import { countNoun } from '../shared/format/index.ts';

const root = resolve(import.meta.dirname, '..');
const standardTexts = createRequire(import.meta.url)('spdx-license-list/spdx-full.json') as Record<string, { licenseText: string }>;
const target = join(root, 'renderer/features/about/licenses.json');

const io = {
  readJson: (path: string): unknown => JSON.parse(readFileSync(path, 'utf8')),
  exists: existsSync,
  readText: (path: string) => readFileSync(path, 'utf8'),
  list: (dir: string) => readdirSync(dir),
  join,
  dirname,
  // spdx-license-list: the SPDX licence texts, for packages that ship no licence file
  standardText: (spdx: string) => standardTexts[spdx]?.licenseText ?? null,
};

const report = collectLicenses(root, io);
const text = `${JSON.stringify(report, null, 1)}\n`;
if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error('renderer/features/about/licenses.json er utdatert. Kjør `node --import tsx scripts/licenses.ts`.');
    process.exitCode = 1;
  } else console.log('Lisenslisten er oppdatert.');
} else {
  writeFileSync(target, text);
  console.log(`Lisenser: ${countNoun(report.packages.length, 'pakke', 'pakker')} og ${countNoun(report.assets.length, 'skrift', 'skrifter')} skrevet til renderer/features/about/licenses.json`);
}
