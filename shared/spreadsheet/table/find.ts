/**
 * Finds tables in a workbook by their header rows: whatever the sheet is called, wherever the header
 * row is (title rows above are skipped), columns in any order, headers matched by
 * {@link normalizeKey} against each column's synonyms. Unknown columns are kept (key null).
 */
import { columnLetter } from '../cell-ref.ts';
import { cellText } from '../workbook.ts';
import type { Cell, Sheet, SheetRow, Workbook } from '../workbook.ts';
import { normalizeKey } from './normalize.ts';

/** One expected column of a table. */
export interface ColumnSpec {
  /** Field name in code, e.g. "status". */
  key: string;
  /** Accepted header texts (any spelling; they are normalised). The first is the canonical header. */
  headers: readonly string[];
  /** The table is only recognised when this column is present. */
  required?: boolean;
  /**
   * Instead of fixed headers: any header whose normalised text matches, e.g. /^\d{4}$/ for one
   * column per year. Several columns may match; each keeps its own header.
   */
  pattern?: RegExp;
}

/** A kind of table to look for. */
export interface TableSpec {
  id: string;
  /** Norwegian name for messages ("tiltakstabellen"). */
  label: string;
  columns: readonly ColumnSpec[];
  /** Fewest matched columns for a header row to count (default 2). */
  minColumns?: number;
}

export interface TableColumn {
  /** 0-based column index. */
  index: number;
  letter: string;
  /** Header text as written. */
  header: string;
  /** The matched {@link ColumnSpec.key}, or null for an unknown (kept) column. */
  key: string | null;
}

/** A table found in a sheet. */
export interface FoundTable {
  spec: TableSpec;
  file: string;
  sheet: string;
  /** Excel row number of the header row. */
  headerRow: number;
  columns: TableColumn[];
  /** Index of each known key's column (first one for pattern keys). */
  columnOf: Map<string, TableColumn>;
  /** Data rows below the header (blank rows are not included). */
  rows: SheetRow[];
}

interface Candidate {
  spec: TableSpec;
  columns: TableColumn[];
  score: number;
}

const normalizedHeaders = new WeakMap<ColumnSpec, Set<string>>();

function headerSet(c: ColumnSpec): Set<string> {
  let set = normalizedHeaders.get(c);
  if (!set) {
    set = new Set(c.headers.map(normalizeKey));
    normalizedHeaders.set(c, set);
  }
  return set;
}

function matchHeader(row: SheetRow, spec: TableSpec): Candidate | null {
  const columns: TableColumn[] = [];
  const used = new Set<string>();
  let score = 0;
  for (let i = 0; i < row.cells.length; i++) {
    const cell = row.cells[i];
    if (!cell) continue;
    const header = cellText(cell).trim();
    if (header === '') continue;
    const norm = normalizeKey(header);
    let key: string | null = null;
    for (const c of spec.columns) {
      if (c.pattern ? c.pattern.test(norm) : !used.has(c.key) && headerSet(c).has(norm)) {
        key = c.key;
        break;
      }
    }
    if (key !== null) {
      if (!used.has(key)) score++;
      used.add(key);
    }
    columns.push({ index: i, letter: columnLetter(i), header, key });
  }
  for (const c of spec.columns) if (c.required && !used.has(c.key)) return null;
  if (score < (spec.minColumns ?? 2)) return null;
  return { spec, columns, score };
}

/** A header row holds only text (year headers may be numbers). */
function couldBeHeader(row: SheetRow): boolean {
  let n = 0;
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (!c) continue;
    if (c.kind !== 'string' && c.kind !== 'number') return false;
    n++;
  }
  return n >= 2;
}

function bestMatch(row: SheetRow, specs: readonly TableSpec[]): Candidate | null {
  if (!couldBeHeader(row)) return null;
  let best: Candidate | null = null;
  for (const spec of specs) {
    const m = matchHeader(row, spec);
    if (m && (!best || m.score > best.score)) best = m;
  }
  return best;
}

function finish(file: string, sheet: Sheet, headerRow: number, cand: Candidate, rows: SheetRow[]): FoundTable {
  const columns = cand.columns;
  const known = new Set(columns.map((c) => c.index));
  // Values in columns without a header are kept as "Kolonne X", never dropped. Columns 0..n-1 are
  // usually all headed, so only cells beyond them (or in a gap) need a look.
  let contiguous = 0;
  while (known.has(contiguous)) contiguous++;
  for (const r of rows) {
    for (let i = contiguous; i < r.cells.length; i++) {
      if (r.cells[i] && !known.has(i)) {
        known.add(i);
        columns.push({ index: i, letter: columnLetter(i), header: `Kolonne ${columnLetter(i)}`, key: null });
      }
    }
  }
  columns.sort((a, b) => a.index - b.index);
  const columnOf = new Map<string, TableColumn>();
  for (const c of columns) if (c.key !== null && !columnOf.has(c.key)) columnOf.set(c.key, c);
  return { spec: cand.spec, file, sheet: sheet.name, headerRow, columns, columnOf, rows };
}

/**
 * Every table of the given kinds in the workbook, in sheet order. A sheet may hold several tables
 * when they are separated by at least one blank row.
 */
export function findTables(workbook: Workbook, specs: readonly TableSpec[]): FoundTable[] {
  const found: FoundTable[] = [];
  for (const sheet of workbook.sheets) {
    let current: { cand: Candidate; headerRow: number; rows: SheetRow[] } | null = null;
    let prevRow = 0;
    const rows = sheet.rows;
    for (const row of rows) {
      const afterGap = row.row > prevRow + 1;
      prevRow = row.row;
      if (!current || afterGap) {
        const m = bestMatch(row, specs);
        if (m) {
          if (current) found.push(finish(workbook.fileName, sheet, current.headerRow, current.cand, current.rows));
          current = { cand: m, headerRow: row.row, rows: [] };
          continue;
        }
      }
      if (current) current.rows.push(row);
    }
    if (current) found.push(finish(workbook.fileName, sheet, current.headerRow, current.cand, current.rows));
  }
  return found;
}

/** The cell of a row in a table's column for `key`, if the table has that column. */
export function cellFor(table: FoundTable, row: SheetRow, key: string): Cell | undefined {
  const col = table.columnOf.get(key);
  return col ? row.cells[col.index] : undefined;
}
