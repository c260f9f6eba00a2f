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

/**
 * Thrown when a file cannot be read at all (corrupt, encrypted, legacy .xls, not a spreadsheet,
 * too large). The message is Norwegian and safe to show as is.
 */
export class UnreadableFileError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(message);
    this.name = 'UnreadableFileError';
    this.file = file;
  }
}

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 31);
  return n - 1;
}

/** 0 → "A", 26 → "AA". */
export function columnLetter(index: number): string {
  let s = '';
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "fil.xlsx, ark Tiltak, rad 12, kolonne G (Status): melding" */
export function formatIssue(i: ImportIssue): string {
  const where = [i.file];
  if (i.sheet !== null && i.sheet !== i.file) where.push(`ark ${i.sheet}`);
  if (i.row !== null) where.push(`rad ${i.row}`);
  if (i.column !== null) where.push(`kolonne ${i.column}${i.columnName ? ` (${i.columnName})` : ''}`);
  return `${where.join(', ')}: ${i.message}`;
}
