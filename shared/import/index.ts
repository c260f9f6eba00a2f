/**
 * Import of spreadsheet files: the entry point.
 *
 * Layers, each usable on its own (the budget import reuses the first two):
 * 1. Reading — {@link readSpreadsheet}(bytes, fileName) → {@link Workbook}: sheets → rows of typed
 *    cells with Excel row numbers (`row.row`) and 0-based column indexes (`columnLetter(i)` gives
 *    "G"). Sniffs the content: .xlsx (xlsx/read.ts: size-checked unzip with fflate, own XML scanner;
 *    shared/inline/rich strings, formula cached values, booleans, errors, dates via number formats
 *    incl. the 1904 system, merged cells filled in, prefixed namespaces) or CSV (csv/read.ts: `;`/`,`/tab,
 *    UTF-8 ± BOM, UTF-16, Windows-1252). Unreadable files throw {@link UnreadableFileError} with a
 *    Norwegian message.
 * 2. Tables — {@link findTables}(workbook, specs) finds header rows anywhere (titles above skipped),
 *    matches headers by {@link normalizeKey} and synonyms, any column order, unknown columns kept
 *    (key null). `cellFor(table, row, key)` reads a cell. Locate issues as {@link ImportIssue}.
 * 3. Portfolio — {@link importPortfolio}(files) → report + errors/warnings, using the tables in
 *    portfolio/specs.ts and the tolerant value readers in portfolio/values.ts.
 */
import { summarize } from '../portfolio/index.ts';
import type { ReportSummary, PortfolioReport } from '../portfolio/index.ts';
import { UnreadableFileError, readSpreadsheet } from '../spreadsheet/index.ts';
import type { ImportIssue } from './issues.ts';
import { buildReport } from './portfolio/report.ts';
import type { Workbook, ReadXlsxOptions } from '../spreadsheet/index.ts';

export { formatIssue } from './issues.ts';
export { SHEET_NAMES, canonicalSheets, writeCanonicalWorkbook } from './portfolio/write-canonical.ts';
export type { CanonicalSheet } from './portfolio/write-canonical.ts';
export { writeImportTemplate } from './template.ts';
export type { ImportIssue, IssueSeverity } from './issues.ts';

/** A file the user picked. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** The outcome of reading one period's files. */
export interface PortfolioImport {
  /** True when the report has no errors (warnings allowed) and can be stored. */
  ok: boolean;
  /** True when a file could not be read at all (corrupt, encrypted, .xls, not a spreadsheet). */
  unreadable: boolean;
  /** The report as read; null only when a file was unreadable. Not to be stored when `ok` is false. */
  report: PortfolioReport | null;
  summary: ReportSummary | null;
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

/** Reads and validates a report from one workbook, or from several CSV files of one period. */
export function importPortfolio(files: readonly ImportFile[], options: ReadXlsxOptions = {}): PortfolioImport {
  const workbooks: Workbook[] = [];
  const unreadable: ImportIssue[] = [];
  for (const f of files) {
    try {
      workbooks.push(readSpreadsheet(f.bytes, f.name, options));
    } catch (e) {
      if (!(e instanceof UnreadableFileError)) throw e;
      unreadable.push({ severity: 'error', file: f.name, sheet: null, row: null, column: null, columnName: null, message: e.message });
    }
  }
  if (unreadable.length > 0) return { ok: false, unreadable: true, report: null, summary: null, errors: unreadable, warnings: [] };
  return importWorkbooks(workbooks);
}

/** As {@link importPortfolio}, for workbooks already read. */
export function importWorkbooks(workbooks: readonly Workbook[]): PortfolioImport {
  const { report, issues } = buildReport(workbooks);
  const errors = issues.filter((i) => i.severity === 'error');
  return {
    ok: errors.length === 0,
    unreadable: false,
    report,
    summary: summarize(report),
    errors,
    warnings: issues.filter((i) => i.severity === 'warning'),
  };
}
