/**
 * The portfolio workbook of one period, in the canonical layout the importer reads (the rows come
 * from shared/import/portfolio/write-canonical.ts, the single definition of that layout), written
 * with the one xlsx writer and dressed for people: header style, autofilter, frozen header,
 * MNOK format on the D&F years, A4 landscape print set-up. Export → import gives back the period.
 */
import { SHEET_NAMES, canonicalSheets } from '../../import/index.ts';
import type { PortfolioReport } from '../../portfolio/index.ts';
import type { ColumnNumberFormat, WriteSheet } from '../../spreadsheet/index.ts';
import { writeXlsx } from '../../spreadsheet/index.ts';

export function writePortfolioWorkbook(report: PortfolioReport, options: { onRows?: (rows: number) => void } = {}): Uint8Array {
  const sheets: WriteSheet[] = canonicalSheets(report).map((s) => {
    const numberFormats: Record<number, ColumnNumberFormat> = {};
    if (s.name === SHEET_NAMES.opex) report.opexYears.forEach((_y, i) => (numberFormats[3 + i] = 'mnok'));
    const isList = s.name !== SHEET_NAMES.metadata && s.name !== SHEET_NAMES.focusAreas;
    return {
      name: s.name,
      rows: s.rows,
      ...(s.widths ? { widths: s.widths } : {}),
      freezeRows: s.freezeRows ?? 1,
      autoFilter: isList,
      numberFormats,
      landscape: isList,
    };
  });
  return writeXlsx(sheets, options);
}
