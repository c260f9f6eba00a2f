/**
 * Builds the example workbooks the app ships, from the facts in assets/examples/kilder/portfolio-2022-09
 * only (run: node --import tsx scripts/build-examples.ts):
 * - assets/examples/portefolje-2022-09.xlsx: the September 2022 report in the canonical layout.
 * - assets/examples/portefolje-2022-05-rekonstruert.xlsx: the previous period, reconstructed from
 *   that report's change notes (DOMAIN.md) and labelled as such.
 * The outputs are committed; CI does not have ../shared.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { importPortfolio, formatIssue } from '../shared/import/index.ts';
import { writeCanonicalWorkbook } from '../shared/import/portfolio/write-canonical.ts';
import { summarize } from '../shared/portfolio/summary.ts';
import { periodLabel } from '../shared/portfolio/model.ts';
import type { PortfolioReport } from '../shared/portfolio/model.ts';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const source = join(root, 'assets', 'examples', 'kilder', 'portfolio-2022-09');
const outDir = join(root, 'assets', 'examples');

/** The ten tiltak the September 2022 report lists as new since the previous report. */
const NEW_SINCE_PREVIOUS = ['209', '210', '211', '212', '213', '214', '215', '216', '217', '218'];

export function buildSeptember(): PortfolioReport {
  const files = readdirSync(source)
    .filter((f) => f.endsWith('.csv'))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(source, name))) }));
  const result = importPortfolio(files);
  if (!result.ok || !result.report?.period) {
    throw new Error(`Kildedataene kunne ikke leses:\n${result.errors.map(formatIssue).join('\n')}`);
  }
  const report = result.report;
  report.period = {
    ...result.report.period,
    notes:
      'Bygget fra rapporten «Status på nasjonal e-helseportefølje september 2022» (Vedlegg 2 og tabellene i teksten). ' +
      'Avhengigheter: rapporten oppgir 87 totalt, men gir bare de to med høy kritikalitet og rød status i sin helhet; bare disse to er med her. ' +
      'Innsatsområde for 149, 167, 209 og 210 var forskjøvet i kildeteksten og er tilordnet i rekkefølge; 200 har ikke innsatsområde.',
  };
  // source locations point into the CSV files; the workbook is what ships
  for (const list of [report.initiatives, report.dependencies, report.opex]) for (const x of list) x.source = null;
  return report;
}

export function reconstructMay(september: PortfolioReport): PortfolioReport {
  const initiatives = september.initiatives
    .filter((i) => !NEW_SINCE_PREVIOUS.includes(i.nr))
    .map((i) => {
      if (i.nr === '5') return { ...i, phase: 'execute' as const, activity: 'active' as const };
      if (i.nr === '181') return { ...i, status: 'red' as const };
      return { ...i };
    });
  return {
    period: {
      key: '2022-05',
      label: periodLabel('2022-05'),
      reportDate: null,
      title: 'Forrige periode, rekonstruert fra rapporten for september 2022',
      reconstructed: true,
      notes:
        'Rekonstruert, ikke importert fra en egen rapport: tiltakslisten fra september 2022 uten de ti nye tiltakene (209–218), ' +
        'med 5 Nasjonalt program for velferdsteknologi fortsatt aktivt i gjennomføring og 181 Kjernejournal dokumentdeling med rød status, ' +
        'slik endringsnotatene i septemberrapporten beskriver. Alle andre verdier er antatt uendret. Avhengigheter og D&F-tall for perioden er ikke kjent og er ikke med.',
    },
    initiatives,
    dependencies: [],
    opex: [],
    opexYears: [],
    opexFootnotes: {},
    focusAreas: september.focusAreas,
    extraColumns: { initiatives: [], dependencies: [], opex: [] },
    metadata: { kilde: 'Endringer siden forrige rapport, i «Status på nasjonal e-helseportefølje september 2022»' },
  };
}

function main(): void {
  mkdirSync(outDir, { recursive: true });
  const september = buildSeptember();
  const may = reconstructMay(september);
  for (const [name, report] of [
    ['portefolje-2022-09.xlsx', september],
    ['portefolje-2022-05-rekonstruert.xlsx', may],
  ] as const) {
    const bytes = writeCanonicalWorkbook(report);
    writeFileSync(join(outDir, name), bytes);
    const s = summarize(report);
    console.log(`${name}: ${bytes.length} byte, ${s.initiatives} tiltak, ${s.active} aktive, status ${JSON.stringify(s.status)}, risiko ${JSON.stringify(s.risk)}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
