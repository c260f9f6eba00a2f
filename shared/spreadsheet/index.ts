/**
 * Spreadsheets: the one public entry. Everything outside this folder imports from here.
 *
 * - Reading — {@link readSpreadsheet}(bytes, fileName) → {@link Workbook}: sheets → rows of typed
 *   cells with Excel row numbers (`row.row`) and 0-based column indexes (`columnLetter(i)` gives
 *   "G"). Sniffs the content: .xlsx (size-checked ZIP directory, own XML scanner; shared, inline
 *   and rich strings, formula cached values, booleans, errors, dates via number formats incl. the
 *   1904 system, merged cells filled in, prefixed namespaces) or CSV (`;`/`,`/tab, UTF-8 ± BOM,
 *   UTF-16, Windows-1252). Unreadable files throw {@link UnreadableFileError} with a Norwegian message.
 * - Tables — {@link findTables}(workbook, specs) finds header rows anywhere (titles above skipped),
 *   matches headers by {@link normalizeKey} and synonyms, any column order, unknown columns kept.
 * - Writing — {@link writeXlsx}(sheets): the one .xlsx writer, streaming each sheet through deflate.
 */
export { readSpreadsheet } from './read.ts';
export type { ReadXlsxOptions } from './xlsx/read.ts';
export type { ZipCodec, ZipLimits } from './xlsx/zip.ts';
export { DEFAULT_ZIP_LIMITS } from './xlsx/zip.ts';
export { readCsv, parseCsv } from './csv/read.ts';
export { csvBytes, csvField, toCsv } from './csv/write.ts';
export type { CsvValue } from './csv/write.ts';
export { UnreadableFileError, describeUnexpectedError } from './errors.ts';
export { columnLetter, columnIndex } from './cell-ref.ts';
export type { Workbook, Sheet, SheetRow, Cell } from './workbook.ts';
export { cellText } from './workbook.ts';
export { findTables, cellFor } from './table/find.ts';
export type { TableSpec, ColumnSpec, FoundTable, TableColumn } from './table/find.ts';
export { normalizeKey } from './table/normalize.ts';
export { MAX_DATE_SERIAL, serialToIso, isoToSerial } from './xlsx/styles.ts';
export { writeXlsx, looksLikeFormula, plainValue } from './xlsx/write.ts';
export type { WriteCell, WriteValue, WriteSheet, WriteValidation, CellStyle, StyleName, ColumnNumberFormat } from './xlsx/write.ts';
