/**
 * Merged cells: each merged area's top-left value copied into the rest of the area, within bounds
 * (a whole-sheet merge would otherwise explode memory).
 */
import { columnIndex, columnLetter, MAX_COLUMNS, MAX_ROWS } from '../cell-ref.ts';
import type { SheetRow } from '../workbook.ts';

/** Cells one merged area may fill in, and all of a sheet's. */
export const MAX_MERGE_FILL = 10_000;
export const MAX_MERGE_FILL_PER_SHEET = 1_000_000;

/** "B12" → column 1, row 12; null when it is not a cell reference. */
function splitRef(ref: string): { col: number; row: number } | null {
  const m = /^\$?([A-Za-z]{1,7})\$?(\d{1,12})$/.exec(ref.trim());
  return m ? { col: columnIndex(m[1]!.toUpperCase()), row: Number(m[2]) } : null;
}

/**
 * Copies each merged area's top-left value into the rest of the area, so every cell reads as shown.
 * Areas are normalised (a reversed "D9:A1" is A1:D9); areas beyond Excel's limits, larger than
 * {@link MAX_MERGE_FILL} or past the sheet's cap are left unfilled, with a warning.
 */
export function fillMerges(rows: SheetRow[], merges: readonly string[], warn: (row: number | null, column: string | null, message: string) => void): void {
  const byRow = new Map(rows.map((r) => [r.row, r]));
  let filled = 0;
  for (const m of merges) {
    const [a, b] = m.split(':');
    const p = a ? splitRef(a) : null;
    const q = b ? splitRef(b) : p;
    if (!p || !q) continue;
    const top = Math.min(p.row, q.row), bottom = Math.max(p.row, q.row);
    const left = Math.min(p.col, q.col), right = Math.max(p.col, q.col);
    if (!(top >= 1 && bottom <= MAX_ROWS && right < MAX_COLUMNS)) {
      warn(null, null, `Det sammenslåtte området ${m.slice(0, 40)} er utenfor Excels grenser og er ikke fylt ut.`);
      continue;
    }
    const area = (bottom - top + 1) * (right - left + 1);
    if (area > MAX_MERGE_FILL || filled + area > MAX_MERGE_FILL_PER_SHEET) {
      warn(top, columnLetter(left), `Det sammenslåtte området ${m.slice(0, 40)} er for stort til å fylles ut; bare øverste venstre celle har verdien.`);
      continue;
    }
    const cell = byRow.get(top)?.cells[left];
    if (!cell || area <= 1) continue;
    filled += area;
    for (let r = top; r <= bottom; r++) {
      let target = byRow.get(r);
      if (!target) {
        target = { row: r, cells: [] };
        byRow.set(r, target);
        rows.push(target);
      }
      for (let c = left; c <= right; c++) target.cells[c] ??= cell;
    }
  }
  rows.sort((x, y) => x.row - y.row);
}
