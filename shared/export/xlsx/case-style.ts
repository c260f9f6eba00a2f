/**
 * Shared look of the case workbook's sheets for the one xlsx writer (shared/spreadsheet): rows are
 * collected with their Excel row numbers (formulas refer to them), then dressed: title and note,
 * header style, column widths and number formats, frozen header, autofilter, A4 print set-up.
 */
import type { CellStyle, WriteCell, WriteSheet } from '../../spreadsheet/index.ts';

/** MNOK with one decimal; Excel shows the user's separators ("1 234,5" in Norwegian Excel). */
export const MNOK_FORMAT = '#,##0.0';

/** kNOK → MNOK number for a cell (exact to three decimals). */
export const mnok = (k: number) => Math.round(k) / 1000;

const BOLD_MNOK: CellStyle = { bold: true, numFmt: MNOK_FORMAT };
const BOLD: CellStyle = { bold: true };
/** The one column to edit on an alternative's sheet. */
export const EDIT_FILL: CellStyle = { fill: 'FFF7D6', numFmt: MNOK_FORMAT };

/** A sheet's rows as they are added; `add` returns the Excel row number of the new row. */
export class SheetRows {
  readonly rows: WriteCell[][] = [];
  get rowCount(): number {
    return this.rows.length;
  }
  /** Adds a row; `bold` makes every cell bold (numbers keep the MNOK format). */
  add(cells: WriteCell[] = [], bold = false): number {
    this.rows.push(bold ? cells.map(boldCell) : cells);
    return this.rows.length;
  }
}

function boldCell(cell: WriteCell): WriteCell {
  if (cell === null || cell === undefined || cell === '') return cell;
  if (typeof cell !== 'object') return { value: cell, style: typeof cell === 'number' ? BOLD_MNOK : BOLD };
  if ('formula' in cell) return { ...cell, style: typeof cell.result === 'number' ? BOLD_MNOK : BOLD };
  if ('date' in cell) return cell;
  return { ...cell, style: typeof cell.value === 'number' ? BOLD_MNOK : BOLD };
}

/** Row 1: a bold title; row 2: an italic note. */
export function titleRows(s: SheetRows, title: string, note: string): void {
  s.add([{ value: title, style: 'title' }]);
  s.add([{ value: note, style: 'note' }]);
}

export interface DressOptions {
  /** 1-based row of the column headers. */
  headerRow: number;
  widths: number[];
  /** 1-based columns with MNOK numbers. */
  mnokCols?: number[];
  percentCols?: number[];
  /** 1-based columns whose text wraps. */
  wrapCols?: number[];
  portrait?: boolean;
}

/** The sheet for the writer: header styled, formats per column, header frozen with a filter. */
export function dress(name: string, s: SheetRows, o: DressOptions): WriteSheet {
  const header = s.rows[o.headerRow - 1];
  if (header) s.rows[o.headerRow - 1] = header.map((c) => ({ value: c === null || typeof c !== 'object' ? c : 'value' in c ? c.value : '', style: 'header' as const }));
  const wrap = new Set((o.wrapCols ?? []).map((c) => c - 1));
  if (wrap.size) {
    for (let r = o.headerRow; r < s.rows.length; r++) {
      s.rows[r] = s.rows[r]!.map((c, i) => (wrap.has(i) && typeof c === 'string' ? { value: c, style: 'wrap' as const } : c));
    }
  }
  const numberFormats: Record<number, 'mnok' | 'percent'> = {};
  for (const c of o.mnokCols ?? []) numberFormats[c - 1] = 'mnok';
  for (const c of o.percentCols ?? []) numberFormats[c - 1] = 'percent';
  return { name, rows: s.rows, widths: o.widths, freezeRows: o.headerRow, autoFilter: true, numberFormats, landscape: !o.portrait };
}
