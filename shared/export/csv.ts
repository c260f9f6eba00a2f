/**
 * CSV for Norwegian Excel: `;` separated, decimal comma, UTF-8 with BOM (so Excel reads æøå), CRLF.
 * Escaped as OWASP advises against CSV injection: a field that starts with = + - @ tab or CR is
 * prefixed with a single quote, and every text field is quoted with inner quotes doubled, so no
 * cell is ever taken for a formula when the file is opened.
 */
import { strToU8 } from 'fflate';
import {
  ACTIVITY_LABELS,
  PHASE_LABELS,
  SEGMENT_LABELS,
  TRAFFIC_LIGHT_LABELS,
} from '../portfolio/model.ts';
import type { PortfolioReport } from '../portfolio/model.ts';

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

/** The period's tiltak list as CSV, with the canonical headers and any extra columns. */
export function initiativesCsv(report: PortfolioReport): Uint8Array {
  const extra = report.extraColumns.initiatives;
  const rows: CsvValue[][] = [
    ['Nr', 'Aktør', 'Tiltaksnavn', 'Segment', 'Fase', 'Er prosjektet aktivt?', 'Status', 'Risiko', 'Innsatsområde', ...extra],
  ];
  for (const i of report.initiatives) {
    rows.push([
      i.nr,
      i.owner,
      i.name,
      SEGMENT_LABELS[i.segment],
      i.phase ? PHASE_LABELS[i.phase] : null,
      i.activity ? ACTIVITY_LABELS[i.activity] : null,
      i.status ? TRAFFIC_LIGHT_LABELS[i.status] : null,
      i.risk ? TRAFFIC_LIGHT_LABELS[i.risk] : null,
      i.focusArea ? (i.focusArea.name ? `${i.focusArea.code} - ${i.focusArea.name}` : i.focusArea.code) : null,
      ...extra.map((h) => i.extra[h] ?? null),
    ]);
  }
  return csvBytes(toCsv(rows));
}
