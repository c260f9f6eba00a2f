/** Cell values as the reader sees them in a document: nb-NO numbers, MNOK with one decimal. */
import { formatNumber } from '../format/index.ts';

const ONE = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "1 234,5" with exactly one decimal; ASCII minus (see shared/format/money.ts). */
function oneDecimal(n: number): string {
  return ONE.format(n).replace('\u2212', '-');
}
import type { CellFormat, CellValue } from './document.ts';

/** The text of a cell. Strings are shown as given; null is empty. */
export function formatCell(value: CellValue, format: CellFormat = 'text'): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '';
  switch (format) {
    case 'mnok':
      return oneDecimal(value / 1000);
    case 'mnokSigned':
      return value > 0 ? `+${oneDecimal(value / 1000)}` : oneDecimal(value / 1000);
    case 'integer':
      return formatNumber(value, 0);
    case 'percent':
      return `${value > 0 ? '+' : ''}${formatNumber(value, 1)} %`;
    case 'text':
    default:
      return formatNumber(value, 3);
  }
}

/** "31.10.2023" from "2023-10-31"; other text unchanged. */
export function formatDateNo(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

const MONTHS = [
  'januar', 'februar', 'mars', 'april', 'mai', 'juni',
  'juli', 'august', 'september', 'oktober', 'november', 'desember',
];

/** "31. oktober 2023" from "2023-10-31"; other text unchanged. */
export function formatDateLong(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])}. ${month} ${m[1]}` : iso;
}
