/**
 * The generic, format-neutral result of reading a spreadsheet file (.xlsx or .csv): sheets holding
 * rows of typed cells, addressed the way Excel shows them (row number, column letter).
 */

/** What a cell holds once read. Dates are ISO strings ("2022-06-30", or with "T10:30:00"). */
export type Cell =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; value: string }
  /** An Excel error value such as "#N/A" or "#REF!". */
  | { kind: 'error'; value: string };

/** One row: `cells[i]` is column i (0 = "A"); missing entries are empty cells. */
export interface SheetRow {
  /** Excel row number (1-based); for CSV the line number of the record's first line. */
  row: number;
  cells: (Cell | undefined)[];
}

/** Something odd the reader saw and worked around; the import shows it as a warning. */
export interface ReadWarning {
  /** Excel row number, or null for the sheet as a whole. */
  row: number | null;
  /** Column letter, or null. */
  column: string | null;
  message: string;
}

export interface Sheet {
  name: string;
  hidden: boolean;
  /** Non-empty rows in ascending row order. */
  rows: SheetRow[];
  /** What the reader worked around (duplicate cells, merged areas left unfilled ...). */
  warnings?: ReadWarning[];
}

export interface Workbook {
  fileName: string;
  format: 'xlsx' | 'csv';
  sheets: Sheet[];
}

/** A cell's content as plain text (numbers in JS notation, dates ISO, booleans "TRUE"/"FALSE"). */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'string':
    case 'date':
    case 'error':
      return cell.value;
    case 'number':
      return String(cell.value);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
  }
}
