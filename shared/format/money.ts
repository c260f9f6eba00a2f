/**
 * Money in Helseportefølje is integer thousands of NOK (kNOK) everywhere inside the app; users type
 * and read MNOK with Norwegian decimals ("40,7 MNOK"). These helpers are the only bridge.
 */

/** Integer thousands of NOK. */
export type KNok = number;

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const key = `${minDecimals}-${maxDecimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals });
    formatters.set(key, f);
  }
  return f;
}

/** kNOK → MNOK as a number (exact to three decimals). */
export function kNokToMNok(k: KNok): number {
  return k / 1000;
}

/** MNOK (possibly fractional) → whole kNOK, rounding half away from zero. */
export function mNokToKNok(m: number): KNok {
  const k = m * 1000;
  return Math.sign(k) * Math.round(Math.abs(k) + 1e-9);
}

/**
 * "40,7", "20,0" — MNOK with nb-NO decimals and no unit, always `decimals` of them, in tables and
 * sentences alike, so a column's figures line up and a sum reads as its parts do. Negative numbers
 * use ASCII "-" rather than the U+2212 that Intl gives for nb-NO: Excel does not read U+2212 as a
 * number when analysts paste figures, and the embedded PDF font lacks the glyph.
 */
export function formatMNok(k: KNok, decimals = 1): string {
  return formatter(decimals, decimals).format(kNokToMNok(k)).replace('\u2212', '-');
}

/** "251,39" — MNOK with as many decimals as it has, up to `maxDecimals` (whole kNOK at 3): what a field shows for editing. */
export function formatMNokExact(k: KNok, maxDecimals = 3): string {
  return formatNumber(kNokToMNok(k), maxDecimals);
}

/** "40,7 MNOK" */
export function formatMNokUnit(k: KNok, decimals = 1): string {
  return `${formatMNok(k, decimals)} MNOK`;
}

/** A plain number in nb-NO ("1 234,5"), for counts and MNOK figures that are already numbers. */
export function formatNumber(n: number, maxDecimals = 1): string {
  return formatter(0, maxDecimals).format(n).replace('\u2212', '-');
}

/**
 * Parses what a user types or a Norwegian spreadsheet holds as text into a number:
 * "40,7", "1 234,5" (space, NBSP or narrow NBSP as thousands separator), "-3", "−3", "1.234,5".
 * Returns null when the text is not a number.
 */
export function parseNorwegianNumber(text: string): number | null {
  let s = text.trim().replace(/[\u00a0\u202f\u2009 ]/g, '').replace(/\u2212/g, '-');
  if (s === '') return null;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '');
  if (/^-?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Parses MNOK text typed by a user into kNOK, or null. */
export function parseMNokToKNok(text: string): KNok | null {
  const n = parseNorwegianNumber(text);
  return n === null ? null : mNokToKNok(n);
}
