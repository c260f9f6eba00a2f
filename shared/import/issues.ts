/**
 * Problems found while reading a file. Every issue names where it is, the way the user finds it in
 * Excel: file, sheet, row number as Excel shows it, column letter and header.
 */

export type IssueSeverity = 'error' | 'warning';

/** One error or warning, with its location. `row`/`column` are null when the issue is about a whole file or sheet. */
export interface ImportIssue {
  severity: IssueSeverity;
  file: string;
  sheet: string | null;
  /** Excel row number (1-based) or CSV line number. */
  row: number | null;
  /** Column letter ("G"), or null. */
  column: string | null;
  /** The column's header text as written in the file, or null. */
  columnName: string | null;
  /** Norwegian message for the user. */
  message: string;
}

/** "fil.xlsx, ark Tiltak, rad 12, kolonne G (Status): melding" */
export function formatIssue(i: ImportIssue): string {
  // an unreadable file's message already starts with the file name
  if (i.sheet === null && i.row === null && i.column === null && i.message.startsWith(`${i.file}:`)) return i.message;
  const where = [i.file];
  if (i.sheet !== null && i.sheet !== i.file) where.push(`ark ${i.sheet}`);
  if (i.row !== null) where.push(`rad ${i.row}`);
  if (i.column !== null) where.push(`kolonne ${i.column}${i.columnName ? ` (${i.columnName})` : ''}`);
  return `${where.join(', ')}: ${i.message}`;
}
