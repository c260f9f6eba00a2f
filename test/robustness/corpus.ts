/**
 * The robustness corpus: at least 300 malformed or unusual inputs generated from the example
 * files in assets/examples (nothing binary is committed). See docs/reliability.md.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCaseFile } from '../../shared/budget/case-file.ts';
import { writeEstimatesWorkbook } from '../../shared/budget/workbook-template.ts';
import { initiativesCsv } from '../../shared/export/csv.ts';
import { importPortfolio } from '../../shared/import/index.ts';
import { caseJsonCases, csvCases, fileTypeCases } from './corpus-text.ts';
import type { CorpusCase } from './corpus-types.ts';
import { xlsxCases } from './corpus-xlsx.ts';
import { hostileCases } from './corpus-hostile.ts';

const root = resolve(import.meta.dirname, '../..');
const example = (name: string) => new Uint8Array(readFileSync(resolve(root, 'assets/examples', name)));

export async function generateCorpus(): Promise<CorpusCase[]> {
  const report = example('portefolje-2022-09.xlsx');
  const reconstructed = example('portefolje-2022-05-rekonstruert.xlsx');
  const caseJson = example('nuit-43-23-sak.json');
  const imported = importPortfolio([{ name: 'portefolje-2022-09.xlsx', bytes: report }]);
  if (!imported.report) throw new Error('Eksempelrapporten kan ikke leses; korpuset trenger den som utgangspunkt.');
  const csv = initiativesCsv(imported.report);
  const parsedCase = parseCaseFile(new TextDecoder().decode(caseJson));
  const cases: CorpusCase[] = [
    ...xlsxCases('portefolje-2022-09', report, 1),
    ...xlsxCases('portefolje-2022-05-rekonstruert', reconstructed, 2).filter((c) => /original|truncated-(4|12|20)$|bitflip-[0-9]$|missing|sst-index|__proto__/.test(c.kind)),
    ...fileTypeCases(),
    ...csvCases(csv, 3),
    ...caseJsonCases(caseJson, 4),
  ];
  const estimates = parsedCase.ok ? await writeEstimatesWorkbook(parsedCase.case) : null;
  cases.push(...hostileCases(report, caseJson, estimates));
  if (estimates) {
    const fromEstimates = xlsxCases('estimater', estimates, 5)
      // The estimates reader shares the xlsx reader with the report import; these reach its own table code.
      .filter((c) => /original|truncated-(3|9|15|21)$|bitflip-(0|1|2|3|4|5|6|7)$|xml-bitflip-\d$|missing|sst-index|shared-string|sheet-name|numbers-extreme|dates-extreme|row-number|cell-ref/.test(c.kind))
      .map((c) => ({ ...c, reader: 'estimates' as const }));
    cases.push(...fromEstimates);
  }
  return cases;
}
