/** Shared look of the case workbook's sheets: titles, header style, formats, freeze, filter, print. */
import type ExcelJS from 'exceljs';

/** MNOK with one decimal; Excel shows the user's separators ("1 234,5" in Norwegian Excel). */
export const MNOK_FORMAT = '#,##0.0';
export const PERCENT_FORMAT = '0.0 %';

/** kNOK → MNOK number for a cell (exact to three decimals). */
export const mnok = (k: number) => Math.round(k) / 1000;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F0' } };

/** Row 1: a bold title; row 2: an italic note. */
export function titleRows(ws: ExcelJS.Worksheet, title: string, note: string): void {
  ws.addRow([title]).font = { bold: true, size: 14, color: { argb: 'FF05345A' } };
  ws.addRow([note]).font = { italic: true, color: { argb: 'FF5F6670' } };
}

export interface DressOptions {
  /** 1-based row of the column headers. */
  headerRow: number;
  widths: number[];
  /** 1-based columns with MNOK numbers. */
  mnokCols?: number[];
  percentCols?: number[];
  wrapCols?: number[];
  /** Last row the autofilter covers (default: the last row). */
  filterTo?: number;
  portrait?: boolean;
}

/** Header style, column widths and formats, frozen header, autofilter, A4 print set-up. */
export function dress(ws: ExcelJS.Worksheet, o: DressOptions): void {
  const header = ws.getRow(o.headerRow);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  const cols = o.widths.length;
  for (let i = 1; i <= cols; i++) {
    const cell = header.getCell(i);
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF5A6B7B' } } };
  }
  o.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const last = Math.max(o.filterTo ?? ws.rowCount, o.headerRow);
  for (let r = o.headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    for (const c of o.mnokCols ?? []) row.getCell(c).numFmt = MNOK_FORMAT;
    for (const c of o.percentCols ?? []) row.getCell(c).numFmt = PERCENT_FORMAT;
    for (const c of o.wrapCols ?? []) row.getCell(c).alignment = { wrapText: true, vertical: 'top' };
  }
  ws.views = [{ state: 'frozen', ySplit: o.headerRow, xSplit: 0, topLeftCell: `A${o.headerRow + 1}`, activeCell: `A${o.headerRow + 1}` }];
  ws.autoFilter = { from: { row: o.headerRow, column: 1 }, to: { row: last, column: cols } };
  ws.pageSetup = {
    paperSize: 9,
    orientation: o.portrait ? 'portrait' : 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${o.headerRow}:${o.headerRow}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: `&L${ws.name.replace(/&/g, '&&')}&RSide &P av &N` };
}
