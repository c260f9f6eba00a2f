/**
 * Cell values as the reader sees them in a document: nb-NO numbers, MNOK with one decimal, with
 * print typography: a minus sign (U+2212) for negatives, never a signed zero ("-0,0" prints
 * "0,0"), the same decimals all down a column, and a no-break space before "%".
 * (The app's own figures use shared/format/money.ts, with an ASCII minus for pasting into Excel.)
 */
import type { CellFormat, CellValue } from './document.ts';

const formatters = new Map<number, Intl.NumberFormat>();

/** `n` with exactly `decimals` decimals, U+2212 for negatives, and no sign on a value that rounds to zero. */
export function formatFixed(n: number, decimals: number): string {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: 'negative' });
    formatters.set(decimals, f);
  }
  // signDisplay 'negative' already drops the sign of a rounded zero; the replace makes sure of it.
  return f.format(n).replace(/^[-\u2212](0(?:,0+)?)$/, '$1').replace('-', '\u2212');
}

/** True when `n` shows as a positive number at `decimals` decimals (so a "+" belongs in front). */
const showsPositive = (n: number, decimals: number) => Math.round(n * 10 ** decimals) > 0;

/** The text of a cell. Strings are shown as given; null is empty. */
export function formatCell(value: CellValue, format: CellFormat = 'text'): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '';
  switch (format) {
    case 'mnok':
      return formatFixed(value / 1000, 1);
    case 'mnokSigned':
      return `${showsPositive(value / 1000, 1) ? '+' : ''}${formatFixed(value / 1000, 1)}`;
    case 'integer':
      return formatFixed(value, 0);
    case 'percent':
      return `${showsPositive(value, 1) ? '+' : ''}${formatFixed(value, 1)}\u00a0%`;
    case 'text':
    default:
      return formatFixed(value, Number.isInteger(value) ? 0 : Math.min(3, decimalsOf(value)));
  }
}

function decimalsOf(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot < 0 || s.includes('e') ? 3 : s.length - dot - 1;
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

const MONTH = /^(Januar|Februar|Mars|April|Mai|Juni|Juli|August|September|Oktober|November|Desember)\b/;

/** A period label inside a sentence: month names in lower case ("status september 2022"). */
export function labelInSentence(label: string): string {
  return label.replace(MONTH, (m) => m.toLowerCase());
}
