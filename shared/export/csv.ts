/** CSV export of a period: the tiltak list, in the canonical layout. */
import { csvBytes, plainValue, toCsv } from '../spreadsheet/index.ts';
import type { CsvValue } from '../spreadsheet/index.ts';
import { SHEET_NAMES, canonicalSheets } from '../import/index.ts';
import type { PortfolioReport } from '../portfolio/index.ts';

/** The period's tiltak list as CSV: the Tiltak sheet of the canonical workbook, extra columns included. */
export function initiativesCsv(report: PortfolioReport): Uint8Array {
  const sheet = canonicalSheets(report).find((s) => s.name === SHEET_NAMES.initiatives);
  const rows = (sheet?.rows ?? []).map((r) =>
    r.map((c): CsvValue => {
      const v = plainValue(c);
      return typeof v === 'boolean' ? String(v) : v;
    }),
  );
  return csvBytes(toCsv(rows));
}
