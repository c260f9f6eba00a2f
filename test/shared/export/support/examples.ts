// Test support: the example case and reports shipped in assets/examples.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCaseFile } from '../../../../shared/budget/case-file.ts';
import type { BudgetCase } from '../../../../shared/budget/model.ts';
import { importPortfolio } from '../../../../shared/import/index.ts';
import type { PortfolioReport } from '../../../../shared/portfolio/model.ts';

// From the repository root (vitest's working directory; import.meta.url is not a file URL under jsdom).
const examples = resolve('assets/examples') + '/';

export function exampleCase(): BudgetCase {
  const res = parseCaseFile(readFileSync(`${examples}nuit-43-23-sak.json`, 'utf8'));
  if (!res.ok) throw new Error(JSON.stringify(res.issues));
  return res.case;
}

export function exampleReport(file: 'portefolje-2022-09.xlsx' | 'portefolje-2022-05-rekonstruert.xlsx'): PortfolioReport {
  const r = importPortfolio([{ name: file, bytes: new Uint8Array(readFileSync(`${examples}${file}`)) }]);
  if (!r.ok || !r.report) throw new Error(JSON.stringify(r.errors));
  return r.report;
}
