/** Reads one worksheet part (sheetN.xml) into rows of typed cells, merged areas filled in. */
import { columnIndex, columnLetter } from '../cell-ref.ts';
import type { Cell, ReadWarning, SheetRow } from '../workbook.ts';
import { MAX_DATE_SERIAL, serialToIso } from './styles.ts';
import { attrs, decodeXml, textAt } from './xml.ts';

// Cell types by code, so the hot loop compares numbers rather than strings.
const T_N = 0, T_S = 1, T_STR = 2, T_INLINE = 3, T_B = 4, T_E = 5, T_D = 6;

export interface SheetContext {
  /**
   * One cell per shared string ({@link sharedStringCells}), made once and shared by every cell
   * that refers to it (cells are never mutated), so the hot loop allocates nothing for text cells.
   */
  sharedCells: readonly (Cell | undefined)[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** The cell each shared string reads as (undefined for an empty string). */
export function sharedStringCells(strings: readonly string[]): (Cell | undefined)[] {
  return strings.map((v) => (v === '' ? undefined : { kind: 'string', value: v }));
}

/** Merged areas larger than this are not filled in (a whole-column merge would explode memory). */
const MAX_MERGE_FILL = 10_000;
/** Cells filled in from merged areas per sheet, at most. */
const MAX_MERGE_FILL_PER_SHEET = 1_000_000;
/** Excel's own limits: column XFD, row 1 048 576. */
export const MAX_COLUMN_INDEX = 16_383;
export const MAX_ROW = 1_048_576;
/**
 * Sum of row widths (highest column + 1) per sheet, at most: every later pass over a row walks its
 * width, so this bounds their work (100k tiltak × 30 columns is 3 M); it also bounds the cells held, and so the memory.
 */
export const MAX_SHEET_SPAN = 10_000_000;
/** Warnings kept per sheet (the rest are counted). */
const MAX_WARNINGS = 100;

/** A sheet beyond what Excel allows or what the reader will do; the message is Norwegian, without the file and sheet. */
export class SheetLimitError extends Error {
  override name = 'SheetLimitError';
}

/**
 * Where the walk over one worksheet stands. The fast path and the general walk share it, so either
 * can take over from the other at any tag boundary.
 */
class Scan {
  readonly rows: SheetRow[] = objectArray();
  readonly merges: string[] = [];
  readonly warnings: ReadWarning[] = [];
  warningCount = 0;
  span = 0;
  row: SheetRow | null = null;
  lastRow = 0;
  col = -1;
  /** A cell opened and not yet closed, and what is known of it so far. */
  inCell = false;
  inInline = false;
  cellType = T_N;
  cellStyle = 0;
  cellCol = -1;
  value = '';
  constructor(readonly ctx: SheetContext) {}
}

function splitRef(ref: string): { col: number; row: number } | null {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) >= 65) i++;
  if (i === 0 || i === ref.length) return null;
  return { col: columnIndex(ref.slice(0, i).toUpperCase()), row: Number(ref.slice(i)) };
}

function makeCell(type: number, raw: string, style: number, dateStyles: readonly boolean[], date1904: boolean, shared: readonly (Cell | undefined)[]): Cell | undefined {
  switch (type) {
    case T_S:
      return shared[Number(raw)];
    case T_STR:
    case T_INLINE:
      return raw === '' ? undefined : { kind: 'string', value: raw };
    case T_B:
      return { kind: 'boolean', value: raw === '1' || raw.toLowerCase() === 'true' };
    case T_E:
      return { kind: 'error', value: raw };
    case T_D:
      return raw === '' ? undefined : { kind: 'date', value: raw.endsWith('T00:00:00') ? raw.slice(0, 10) : raw.replace(/Z$/, '') };
    default: {
      if (raw === '') return undefined;
      const n = Number(raw);
      if (!Number.isFinite(n)) return { kind: 'string', value: raw };
      // Excel's dates run from serial 0 to 31.12.9999 and it shows ##### beyond them: such a
      // number is kept as the number rather than guessed at
      if (dateStyles[style] && n >= 0 && n < MAX_DATE_SERIAL) return { kind: 'date', value: serialToIso(n, date1904) };
      return { kind: 'number', value: n };
    }
  }
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

/** `<row …>`: its number from `r` (a missing or damaged one continues from the previous row, as Excel's repair does). */
function openRow(xml: string, attrStart: number, attrEnd: number, selfClosing: boolean, s: Scan): void {
  let r = -1;
  // Excel and most writers put r first: read it from the character codes; anything else by attrs
  if (xml.charCodeAt(attrStart) === 32 && xml.startsWith('r="', attrStart + 1)) {
    let k = attrStart + 4;
    let n = 0;
    for (let d = xml.charCodeAt(k); d >= 48 && d <= 57 && k - attrStart < 19; d = xml.charCodeAt(++k)) n = n * 10 + (d - 48);
    if (xml.charCodeAt(k) === 34) r = n;
  }
  if (r < 0) {
    const a = attrs(xml, attrStart, attrEnd).r;
    r = a ? Number(a) : 0;
  }
  s.lastRow = Number.isSafeInteger(r) && r > 0 ? r : s.lastRow + 1;
  if (s.lastRow > MAX_ROW) throw new SheetLimitError(`rad ${s.lastRow} er utenfor Excels grense (${MAX_ROW} rader).`);
  s.col = -1;
  s.row = selfClosing ? null : newRow(s.lastRow);
}

/**
 * An empty array already shaped to hold objects. A literal [] starts out shaped for small integers
 * and changes shape at its first push, which throws away V8's optimised scan of the previous sheet.
 */
function objectArray<T>(): T[] {
  const a: T[] = [undefined as T];
  a.length = 0;
  return a;
}

/**
 * A row whose cells array is holey from the start. Rows with a gap (an empty cell) are holey
 * anyway; starting all of them so keeps one array shape, so V8's optimised code for the scan and
 * for the table readers is not thrown away when a sheet's first row has a gap.
 */
function newRow(row: number): SheetRow {
  return { row, cells: new Array<Cell | undefined>(0) };
}

function warn(s: Scan, row: number | null, column: string | null, message: string): void {
  if (s.warningCount++ < MAX_WARNINGS) s.warnings.push({ row, column, message });
}

function closeRow(s: Scan): void {
  const row = s.row;
  if (row && row.cells.length > 0) {
    s.span += row.cells.length;
    if (s.span > MAX_SHEET_SPAN) throw new SheetLimitError(`arket har for mange celler (over ${MAX_SHEET_SPAN / 1_000_000} millioner).`);
    s.rows.push(row);
  }
  s.row = null;
}

/** `<c …>`: attributes r, s, t read straight from the character codes. */
function openCell(xml: string, attrStart: number, attrEnd: number, selfClosing: boolean, s: Scan): void {
  let refCol = -1;
  let refRow = 0;
  let cellType = T_N;
  let cellStyle = 0;
  let j = attrStart;
  while (j < attrEnd) {
    if (xml.charCodeAt(j) <= 32) {
      j++;
      continue;
    }
    const nameStart = j;
    while (j < attrEnd && xml.charCodeAt(j) !== 61) j++;
    const q = j + 1;
    const vEnd = xml.indexOf(xml.charCodeAt(q) === 39 ? "'" : '"', q + 1);
    if (vEnd < 0) break;
    const a0 = j - nameStart === 1 ? xml.charCodeAt(nameStart) : 0;
    if (a0 === 114 /* r */) {
      let k = q + 1;
      let colNo = 0;
      for (; k < vEnd; k++) {
        const ch = xml.charCodeAt(k) & ~32;
        if (ch < 65 || ch > 90) break;
        colNo = colNo * 26 + (ch - 64);
      }
      let rowNo = 0;
      for (; k < vEnd && rowNo <= MAX_ROW; k++) rowNo = rowNo * 10 + (xml.charCodeAt(k) - 48);
      // letters beyond XFD stop counting early, so a huge column cannot overflow into a small one
      refCol = k - q - 1 > 10 || colNo > MAX_COLUMN_INDEX + 1 ? MAX_COLUMN_INDEX + 1 : colNo - 1;
      refRow = rowNo;
    } else if (a0 === 115 /* s */) {
      let n = 0;
      for (let k = q + 1; k < vEnd; k++) n = n * 10 + (xml.charCodeAt(k) - 48);
      cellStyle = n;
    } else if (a0 === 116 /* t */) {
      const t0 = xml.charCodeAt(q + 1);
      const tl = vEnd - q - 1;
      cellType = t0 === 115 ? (tl === 1 ? T_S : T_STR) : t0 === 105 ? T_INLINE : t0 === 98 ? T_B : t0 === 101 ? T_E : t0 === 100 ? T_D : T_N;
    }
    j = vEnd + 1;
  }
  if (!s.row) {
    // a cell outside a row element: be lenient and open one
    s.lastRow = refRow > 0 ? refRow : s.lastRow + 1;
    s.row = newRow(s.lastRow);
  }
  s.cellType = cellType;
  s.cellStyle = cellStyle;
  s.cellCol = refCol >= 0 ? refCol : s.col + 1;
  if (s.cellCol > MAX_COLUMN_INDEX) throw new SheetLimitError(`rad ${s.row.row} har en celle utenfor Excels grense (kolonne XFD).`);
  if (refRow > MAX_ROW) throw new SheetLimitError(`en celle i rad ${s.row.row} viser til en rad utenfor Excels grense (${MAX_ROW} rader).`);
  if (refCol >= 0 && s.row.cells[refCol] !== undefined) {
    warn(s, s.row.row, columnLetter(refCol), `Cellen ${columnLetter(refCol)}${s.row.row} står mer enn én gang i arket; den siste verdien brukes.`);
  }
  s.col = s.cellCol;
  s.value = '';
  s.inCell = !selfClosing;
}

/**
 * A value that is a whole number right after `<c …>`: `<v>123</v></c>` holding a shared-string
 * index or a plain number, read from the character codes without a substring. Returns where it
 * ended; leaves the cell open (and `pos` unchanged) for anything else.
 */
function wholeNumberValue(xml: string, pos: number, s: Scan): number {
  if (xml.charCodeAt(pos) !== 60 || xml.charCodeAt(pos + 1) !== 118 || xml.charCodeAt(pos + 2) !== 62) return pos;
  const ctx = s.ctx;
  const type = s.cellType;
  if (type !== T_S && (type !== T_N || (s.cellStyle < ctx.dateStyles.length && ctx.dateStyles[s.cellStyle]))) return pos;
  let k = pos + 3;
  let n = 0;
  for (let d = xml.charCodeAt(k); d >= 48 && d <= 57 && k - pos < 18; d = xml.charCodeAt(++k)) n = n * 10 + (d - 48);
  if (k === pos + 3 || !xml.startsWith('</v></c>', k)) return pos;
  const cell = type === T_N ? { kind: 'number' as const, value: n } : n < ctx.sharedCells.length ? ctx.sharedCells[n] : undefined;
  if (cell) s.row!.cells[s.cellCol] = cell;
  s.inCell = false;
  return k + 8;
}

/**
 * Any value in the shape `<v>…</v></c>` right after `<c …>`, in one step. Returns where it ended;
 * leaves the cell open (and `pos` unchanged) for any other shape (formulas, inline strings).
 */
function cellValue(xml: string, pos: number, s: Scan): number {
  if (xml.charCodeAt(pos) !== 60 || xml.charCodeAt(pos + 1) !== 118 || xml.charCodeAt(pos + 2) !== 62) return pos;
  const done = wholeNumberValue(xml, pos, s);
  if (!s.inCell) return done;
  const vEnd = xml.indexOf('<', pos + 3);
  if (vEnd < 0 || !xml.startsWith('</v></c>', vEnd)) return pos;
  const ctx = s.ctx;
  const type = s.cellType;
  const raw = xml.slice(pos + 3, vEnd);
  // numbers and shared-string indexes hold no entities
  const cell = makeCell(type, type === T_N || type === T_S ? raw : decodeXml(raw), s.cellStyle, ctx.dateStyles, ctx.date1904, ctx.sharedCells);
  if (cell) s.row!.cells[s.cellCol] = cell;
  s.inCell = false;
  return vEnd + 8;
}

/**
 * The fast path: unprefixed rows and cells as Excel and most writers lay them out. Kept small
 * because a one-shot process (the CLI) runs it unoptimised until V8 has compiled it in the
 * background, and a small loop compiles in about half the time of the whole walk. Returns where
 * it stopped: the first tag it does not handle, for the general walk.
 */
function fastCells(xml: string, pos: number, s: Scan): number {
  // reading past the end would return NaN, and make V8 drop the optimised code for this loop
  const end = xml.length - 1;
  for (;;) {
    if (pos >= end) return pos;
    let c = xml.charCodeAt(pos);
    while ((c === 10 || c === 13 || c === 32 || c === 9) && pos < end) c = xml.charCodeAt(++pos);
    if (c !== 60) return pos;
    const c1 = xml.charCodeAt(pos + 1);
    if (c1 === 99 /* c */ && s.row !== null && isNameEnd(xml.charCodeAt(pos + 2))) {
      const gt = xml.indexOf('>', pos + 2);
      if (gt < 0) return pos;
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      openCell(xml, pos + 2, selfClosing ? gt - 1 : gt, selfClosing, s);
      pos = gt + 1;
      if (s.inCell) {
        // anything but a whole number leaves the loop: code for dates, decimals and text that
        // the first sheet never reached would make V8 throw away the optimised loop
        pos = wholeNumberValue(xml, pos, s);
        if (s.inCell) return pos;
      }
    } else if (c1 === 47 /* / */ && xml.startsWith('row>', pos + 2)) {
      closeRow(s);
      pos += 6;
    } else if (c1 === 114 /* r */ && xml.startsWith('ow', pos + 2) && isNameEnd(xml.charCodeAt(pos + 4))) {
      const gt = xml.indexOf('>', pos + 4);
      if (gt < 0) return pos;
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      openRow(xml, pos + 4, selfClosing ? gt - 1 : gt, selfClosing, s);
      pos = gt + 1;
    } else return pos;
  }
}

/** The general walk: one tag from `pos` (any prefix, any shape). Returns where it ended, or -1 at the end. */
function generalTag(xml: string, pos: number, s: Scan): number {
  const len = xml.length;
  const lt = xml.indexOf('<', pos);
  if (lt < 0) return -1;
  let i = lt + 1;
  let c = xml.charCodeAt(i);
  if (c === 33 || c === 63) {
    const endMark = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<![CDATA[', lt) ? ']]>' : '>';
    const e = xml.indexOf(endMark, lt + 2);
    return e < 0 ? -1 : e + endMark.length;
  }
  const close = c === 47;
  if (close) i++;
  let local = i;
  while (i < len) {
    c = xml.charCodeAt(i);
    if (isNameEnd(c)) break;
    if (c === 58) local = i + 1;
    i++;
  }
  const gt = xml.indexOf('>', i);
  if (gt < 0) return -1;
  pos = gt + 1;
  const selfClosing = xml.charCodeAt(gt - 1) === 47;
  const attrEnd = selfClosing ? gt - 1 : gt;
  const nameLen = i - local;
  const c0 = xml.charCodeAt(local);
  if (close) {
    if (nameLen === 1 && c0 === 99 /* c */ && s.inCell) {
      s.inCell = false;
      s.inInline = false;
      const ctx = s.ctx;
      const cell = makeCell(s.cellType, s.value, s.cellStyle, ctx.dateStyles, ctx.date1904, ctx.sharedCells);
      if (cell && s.row) s.row.cells[s.cellCol] = cell;
    } else if (nameLen === 3 && c0 === 114 && xml.startsWith('row', local)) {
      closeRow(s);
    } else if (nameLen === 2 && c0 === 105 && xml.charCodeAt(local + 1) === 115 /* is */) {
      s.inInline = false;
    }
    return pos;
  }
  if (nameLen === 1 && c0 === 99 /* c */) {
    openCell(xml, i, attrEnd, selfClosing, s);
    if (s.inCell) pos = cellValue(xml, pos, s);
  } else if (nameLen === 1 && c0 === 118 /* v */) {
    if (s.inCell && !selfClosing) {
      const t = textAt(xml, pos);
      s.value = t.text;
      pos = t.end;
    }
  } else if (nameLen === 3 && c0 === 114 && xml.startsWith('row', local)) {
    openRow(xml, i, attrEnd, selfClosing, s);
  } else if (nameLen === 2 && c0 === 105 && xml.charCodeAt(local + 1) === 115 /* is */) {
    s.inInline = !selfClosing;
  } else if (nameLen === 1 && c0 === 116 /* t */) {
    if (s.inInline && !selfClosing) {
      const t = textAt(xml, pos);
      s.value += t.text;
      pos = t.end;
    }
  } else if (nameLen === 3 && c0 === 114 && xml.startsWith('rPh', local)) {
    // phonetic guide text is not part of the value
    const e = xml.indexOf('rPh>', pos);
    if (!selfClosing && e >= 0) pos = e + 4;
  } else if (nameLen === 9 && xml.startsWith('mergeCell', local)) {
    const ref = attrs(xml, i, attrEnd).ref;
    if (ref) s.merges.push(ref);
  }
  return pos;
}

function walk(xml: string, ctx: SheetContext, fast: boolean): SheetRow[] {
  return walkScan(xml, new Scan(ctx), fast);
}

function walkScan(xml: string, s: Scan, fast: boolean): SheetRow[] {
  let pos = xml.indexOf('sheetData');
  if (pos < 0) pos = 0;
  while (pos >= 0) {
    if (fast) {
      if (!s.inCell) pos = fastCells(xml, pos, s);
      if (s.inCell) {
        // a cell the fast path left open: its value in one step where it has the common shape
        pos = cellValue(xml, pos, s);
        if (!s.inCell) continue;
      }
    }
    pos = generalTag(xml, pos, s);
  }
  closeRow(s);
  const rows = s.rows;
  rows.sort((a, b) => a.row - b.row);
  for (let k = 1; k < rows.length; k++) {
    if (rows[k]!.row === rows[k - 1]!.row) warn(s, rows[k]!.row, null, `Rad ${rows[k]!.row} står mer enn én gang i arket; begge leses.`);
  }
  if (s.merges.length > 0) fillMerges(rows, s.merges, s);
  return rows;
}

/** A worksheet read: its rows and what the reader worked around. */
export interface SheetRead {
  rows: SheetRow[];
  warnings: ReadWarning[];
}

/**
 * Parses the worksheet XML. Rows and cells without an `r` attribute follow on from the previous one.
 * Throws {@link SheetLimitError} for a cell or row beyond Excel's limits or a sheet too large to read.
 */
export function readSheet(xml: string, ctx: SheetContext): SheetRead {
  const s = new Scan(ctx);
  const rows = walkScan(xml, s, true);
  if (s.warningCount > s.warnings.length) s.warnings.push({ row: null, column: null, message: `… og ${s.warningCount - s.warnings.length} merknader til om arket.` });
  return { rows, warnings: s.warnings };
}

/** The rows of {@link readSheet}. */
export function readSheetXml(xml: string, ctx: SheetContext): SheetRow[] {
  return walk(xml, ctx, true);
}

/** The general walk alone, tag by tag: what the fast path in {@link readSheetXml} must agree with. */
export function readSheetXmlByTags(xml: string, ctx: SheetContext): SheetRow[] {
  return walk(xml, ctx, false);
}
/**
 * Copies each merged area's top-left value into the rest of the area, so every cell reads as shown.
 * Areas are normalised (a reversed "D9:A1" is A1:D9); areas beyond Excel's limits, larger than
 * {@link MAX_MERGE_FILL} or past the sheet's cap are left unfilled, with a warning.
 */
function fillMerges(rows: SheetRow[], merges: string[], s: Scan): void {
  const byRow = new Map(rows.map((r) => [r.row, r]));
  let filled = 0;
  for (const m of merges) {
    const [a, b] = m.split(':');
    const p = a ? splitRef(a) : null;
    const q = b ? splitRef(b) : p;
    if (!p || !q) continue;
    const top = Math.min(p.row, q.row), bottom = Math.max(p.row, q.row);
    const left = Math.min(p.col, q.col), right = Math.max(p.col, q.col);
    if (!(top >= 1 && bottom <= MAX_ROW && left >= 0 && right <= MAX_COLUMN_INDEX)) {
      warn(s, null, null, `Det sammenslåtte området ${m.slice(0, 40)} er utenfor Excels grenser og er ikke fylt ut.`);
      continue;
    }
    const area = (bottom - top + 1) * (right - left + 1);
    if (area > MAX_MERGE_FILL || filled + area > MAX_MERGE_FILL_PER_SHEET) {
      warn(s, top, columnLetter(left), `Det sammenslåtte området ${m.slice(0, 40)} er for stort til å fylles ut; bare øverste venstre celle har verdien.`);
      continue;
    }
    const cell = byRow.get(top)?.cells[left];
    if (!cell || area <= 1) continue;
    filled += area;
    for (let r = top; r <= bottom; r++) {
      let target = byRow.get(r);
      if (!target) {
        target = newRow(r);
        byRow.set(r, target);
        rows.push(target);
      }
      for (let c = left; c <= right; c++) if (!target.cells[c]) target.cells[c] = cell;
    }
  }
  rows.sort((x, y) => x.row - y.row);
}
