import { importWorkbooks } from '../../../shared/import/index.ts';
import { readSpreadsheet, UnreadableFileError } from '../../../shared/spreadsheet/index.ts';
import type { ImportFile, ImportIssue, PortfolioImport } from '../../../shared/import/index.ts';
import type { Workbook } from '../../../shared/spreadsheet/index.ts';

/** As importPortfolio, reporting progress per file read and for the validation step. */
export function importPortfolioWithProgress(files: readonly ImportFile[], progress: (fraction: number, text: string) => void): PortfolioImport {
  const workbooks: Workbook[] = [];
  const unreadable: ImportIssue[] = [];
  const steps = files.length + 1;
  files.forEach((f, i) => {
    progress(i / steps, `Leser ${f.name} …`);
    try {
      workbooks.push(readSpreadsheet(f.bytes, f.name));
    } catch (e) {
      if (!(e instanceof UnreadableFileError)) throw e;
      unreadable.push({ severity: 'error', file: f.name, sheet: null, row: null, column: null, columnName: null, message: e.message });
    }
  });
  if (unreadable.length > 0) return { ok: false, unreadable: true, report: null, summary: null, errors: unreadable, warnings: [] };
  progress(files.length / steps, 'Kontrollerer tabellene …');
  const result = importWorkbooks(workbooks);
  progress(1, 'Ferdig');
  return result;
}
