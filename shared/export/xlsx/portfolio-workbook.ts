/**
 * The portfolio workbook of one period, in the canonical layout the importer reads (the rows come
 * from shared/import/portfolio/write-canonical.ts, the single definition of that layout), written
 * with the one xlsx writer and dressed for people: header style, autofilter, frozen header,
 * MNOK format on the D&F years, A4 landscape print set-up. The D&F sheet ends with "Sum per år" and
 * "Akkumulert" as formulas, as the report shows them (the importer skips such rows: it computes the
 * sums itself); the Rapport sheet's whole numbers are numbers. Export → import gives back the period.
 */
import { SHEET_NAMES, canonicalSheets } from '../../import/index.ts';
import type { PortfolioReport } from '../../portfolio/index.ts';
import { opexTotals } from '../../portfolio/index.ts';
import { columnLetter } from '../../spreadsheet/index.ts';
import type { ColumnNumberFormat, WriteCell, WriteSheet } from '../../spreadsheet/index.ts';
import { writeXlsx } from '../../spreadsheet/index.ts';

/** The first column holding a D&F year in the canonical layout (A løsning, B tiltak, C nr). */
const FIRST_YEAR_COLUMN = 3;

/** "Sum per år" and "Akkumulert" below the D&F lines (a blank row between), as formulas with their values. */
function opexSumRows(report: PortfolioReport, lineRows: number): WriteCell[][] {
  const { totals, accumulated } = opexTotals(report);
  const first = 2;
  const last = Math.max(first, lineRows + 1);
  const sumRow = lineRows + 3; // header, lines, one blank row
  const col = (i: number) => columnLetter(FIRST_YEAR_COLUMN + i);
  const sums: WriteCell[] = report.opexYears.map((y, i) => ({ formula: `SUM(${col(i)}${first}:${col(i)}${last})`, result: (totals[String(y)] ?? 0) / 1000, style: { bold: true, numFmt: '#,##0.0' } }));
  const acc: WriteCell[] = report.opexYears.map((y, i) => ({
    formula: i === 0 ? `${col(0)}${sumRow}` : `${col(i - 1)}${sumRow + 1}+${col(i)}${sumRow}`,
    result: (accumulated[String(y)] ?? 0) / 1000,
    style: { numFmt: '#,##0.0' },
  }));
  return [[], [{ value: 'Sum per år', style: 'bold' }, null, null, ...sums], [{ value: 'Akkumulert', style: 'bold' }, null, null, ...acc]];
}

/** A whole number written as text in the report's key figures, as a number ("87" → 87). */
const asNumber = (cell: WriteCell): WriteCell => (typeof cell === 'string' && /^(0|[1-9]\d{0,14})$/.test(cell) ? Number(cell) : cell);

export function writePortfolioWorkbook(report: PortfolioReport, options: { onRows?: (rows: number) => void } = {}): Uint8Array {
  const sheets: WriteSheet[] = canonicalSheets(report).map((s) => {
    const numberFormats: Record<number, ColumnNumberFormat> = {};
    let rows = s.rows;
    if (s.name === SHEET_NAMES.opex) {
      report.opexYears.forEach((_y, i) => (numberFormats[FIRST_YEAR_COLUMN + i] = 'mnok'));
      if (report.opex.length > 0 && report.opexYears.length > 0) rows = [...rows, ...opexSumRows(report, rows.length - 1)];
    }
    if (s.name === SHEET_NAMES.metadata) rows = rows.map((r, i) => (i === 0 ? r : [r[0], asNumber(r[1])]));
    const isList = s.name !== SHEET_NAMES.metadata && s.name !== SHEET_NAMES.focusAreas;
    return {
      name: s.name,
      rows,
      ...(s.widths ? { widths: s.widths } : {}),
      freezeRows: s.freezeRows ?? 1,
      autoFilter: isList,
      numberFormats,
      landscape: isList,
    };
  });
  return writeXlsx(sheets, options);
}
