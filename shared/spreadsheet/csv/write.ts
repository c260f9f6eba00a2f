/**
 * CSV for Norwegian Excel: `;` separated, decimal comma, UTF-8 with BOM (so Excel reads æøå), CRLF.
 * Escaped as OWASP advises against CSV injection: a field that starts with = + - @ tab or CR is
 * prefixed with a single quote, and every text field is quoted with inner quotes doubled, so no
 * cell is ever taken for a formula when the file is opened.
 */
import { strToU8 } from 'fflate';

export type CsvValue = string | number | null | undefined;

/** One field, escaped. Numbers are written with a decimal comma and no thousands separator. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  const text = /^[=+\-@\t\r\n]/.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows → CSV text (CRLF line ends). */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((r) => r.map(csvField).join(';')).join('\r\n') + '\r\n';
}

/** CSV text → bytes with a UTF-8 BOM. */
export function csvBytes(text: string): Uint8Array {
  const body = strToU8(text);
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
