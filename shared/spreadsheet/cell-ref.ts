/** Cell references as Excel writes them: column letters ↔ 0-based column indexes. */

/** Excel's own limits: columns A…XFD, rows 1…1 048 576. */
export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 31);
  return n - 1;
}

/** 0 → "A", 26 → "AA". */
export function columnLetter(index: number): string {
  let s = '';
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
