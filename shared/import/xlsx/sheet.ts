/** Reads one worksheet part (sheetN.xml) into rows of typed cells, merged areas filled in. */
import { columnIndex } from '../issues.ts';
import type { Cell, SheetRow } from '../workbook.ts';
import { serialToIso } from './styles.ts';
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
      if (dateStyles[style]) return { kind: 'date', value: serialToIso(n, date1904) };
      return { kind: 'number', value: n };
    }
  }
}


function isNameEnd(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

/** Parses the worksheet XML. Rows and cells without an `r` attribute follow on from the previous one. */
export function readSheetXml(xml: string, ctx: SheetContext): SheetRow[] {
  const shared = ctx.sharedCells;
  const dateStyles = ctx.dateStyles;
  const date1904 = ctx.date1904;
  const rows: SheetRow[] = [];
  const merges: string[] = [];
  const len = xml.length;
  let row: SheetRow | null = null;
  let lastRow = 0;
  let col = -1;
  let cellType = T_N;
  let cellStyle = 0;
  let cellCol = -1;
  let value = '';
  let inCell = false;
  let inInline = false;
  let pos = xml.indexOf('sheetData');
  if (pos < 0) pos = 0;
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) break;
    let i = lt + 1;
    let c = xml.charCodeAt(i);
    if (c === 33 || c === 63) {
      const endMark = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<![CDATA[', lt) ? ']]>' : '>';
      const e = xml.indexOf(endMark, lt + 2);
      if (e < 0) break;
      pos = e + endMark.length;
      continue;
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
    if (gt < 0) break;
    pos = gt + 1;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const nameLen = i - local;
    const c0 = xml.charCodeAt(local);
    if (close) {
      if (nameLen === 1 && c0 === 99 /* c */ && inCell) {
        inCell = false;
        inInline = false;
        const cell = makeCell(cellType, value, cellStyle, dateStyles, date1904, shared);
        if (cell && row) row.cells[cellCol] = cell;
      } else if (nameLen === 3 && c0 === 114 /* row */ && xml.startsWith('row', local)) {
        if (row && row.cells.length > 0) rows.push(row);
        row = null;
      } else if (nameLen === 2 && c0 === 105 /* is */ && xml.charCodeAt(local + 1) === 115) {
        inInline = false;
      }
      continue;
    }
    if (nameLen === 1 && c0 === 99 /* c */) {
      // attributes r, s, t read straight from the character codes
      let refCol = -1;
      let refRow = 0;
      cellType = T_N;
      cellStyle = 0;
      const attrEnd = selfClosing ? gt - 1 : gt;
      let j = i;
      while (j < attrEnd) {
        c = xml.charCodeAt(j);
        if (c <= 32) {
          j++;
          continue;
        }
        const nameStart = j;
        while (j < attrEnd && xml.charCodeAt(j) !== 61) j++;
        const q = j + 1;
        const quote = xml.charCodeAt(q);
        const vEnd = xml.indexOf(quote === 39 ? "'" : '"', q + 1);
        if (vEnd < 0) break;
        const an = j - nameStart;
        const a0 = xml.charCodeAt(nameStart);
        if (an === 1 && a0 === 114 /* r */) {
          let k = q + 1;
          let colNo = 0;
          for (; k < vEnd; k++) {
            const ch = xml.charCodeAt(k) & ~32;
            if (ch < 65 || ch > 90) break;
            colNo = colNo * 26 + (ch - 64);
          }
          let rowNo = 0;
          for (; k < vEnd; k++) rowNo = rowNo * 10 + (xml.charCodeAt(k) - 48);
          refCol = colNo - 1;
          refRow = rowNo;
        } else if (an === 1 && a0 === 115 /* s */) {
          let n = 0;
          for (let k = q + 1; k < vEnd; k++) n = n * 10 + (xml.charCodeAt(k) - 48);
          cellStyle = n;
        } else if (an === 1 && a0 === 116 /* t */) {
          const t0 = xml.charCodeAt(q + 1);
          const tl = vEnd - q - 1;
          cellType = t0 === 115 ? (tl === 1 ? T_S : T_STR) : t0 === 105 ? T_INLINE : t0 === 98 ? T_B : t0 === 101 ? T_E : t0 === 100 ? T_D : T_N;
        }
        j = vEnd + 1;
      }
      if (!row) {
        // a cell outside a row element: be lenient and open one
        lastRow = refRow > 0 ? refRow : lastRow + 1;
        row = { row: lastRow, cells: [] };
      }
      cellCol = refCol >= 0 ? refCol : col + 1;
      col = cellCol;
      value = '';
      inCell = !selfClosing;
      // Fast path for the common shape <c …><v>123</v></c>: one step instead of three tags.
      if (inCell && xml.charCodeAt(pos) === 60 && xml.charCodeAt(pos + 1) === 118 && xml.charCodeAt(pos + 2) === 62) {
        // Whole numbers (shared-string indexes, counts, tiltak numbers) are read from the
        // character codes, without a substring; anything else goes through makeCell.
        let k = pos + 3;
        let n = 0;
        for (let d = xml.charCodeAt(k); d >= 48 && d <= 57 && k - pos < 18; d = xml.charCodeAt(++k)) n = n * 10 + (d - 48);
        if (k > pos + 3 && (cellType === T_S || (cellType === T_N && !dateStyles[cellStyle])) && xml.startsWith('</v></c>', k)) {
          const cell = cellType === T_S ? shared[n] : { kind: 'number' as const, value: n };
          if (cell) row.cells[cellCol] = cell;
          inCell = false;
          pos = k + 8;
        } else {
          const vEnd = xml.indexOf('<', pos + 3);
          if (vEnd > 0 && xml.startsWith('</v></c>', vEnd)) {
            const raw = xml.slice(pos + 3, vEnd);
            // numbers and shared-string indexes hold no entities
            const cell = makeCell(cellType, cellType === T_N || cellType === T_S ? raw : decodeXml(raw), cellStyle, dateStyles, date1904, shared);
            if (cell) row.cells[cellCol] = cell;
            inCell = false;
            pos = vEnd + 8;
          }
        }
      }
    } else if (nameLen === 1 && c0 === 118 /* v */) {
      if (inCell && !selfClosing) {
        const t = textAt(xml, pos);
        value = t.text;
        pos = t.end;
      }
    } else if (nameLen === 3 && c0 === 114 && xml.startsWith('row', local)) {
      const a = attrs(xml, i, selfClosing ? gt - 1 : gt);
      const r = Number(a.r);
      // A missing or damaged row number continues from the previous row (as Excel's repair does).
      lastRow = a.r && Number.isSafeInteger(r) && r > 0 ? r : lastRow + 1;
      col = -1;
      row = selfClosing ? null : { row: lastRow, cells: [] };
    } else if (nameLen === 2 && c0 === 105 && xml.charCodeAt(local + 1) === 115 /* is */) {
      inInline = !selfClosing;
    } else if (nameLen === 1 && c0 === 116 /* t */) {
      if (inInline && !selfClosing) {
        const t = textAt(xml, pos);
        value += t.text;
        pos = t.end;
      }
    } else if (nameLen === 3 && c0 === 114 && xml.startsWith('rPh', local)) {
      // phonetic guide text is not part of the value
      const e = xml.indexOf('rPh>', pos);
      if (!selfClosing && e >= 0) pos = e + 4;
    } else if (nameLen === 9 && xml.startsWith('mergeCell', local)) {
      const ref = attrs(xml, i, selfClosing ? gt - 1 : gt).ref;
      if (ref) merges.push(ref);
    }
  }
  if (row && row.cells.length > 0) rows.push(row);
  rows.sort((a, b) => a.row - b.row);
  if (merges.length > 0) fillMerges(rows, merges);
  return rows;
}

/** Copies each merged area's top-left value into the rest of the area, so every cell reads as shown. */
function fillMerges(rows: SheetRow[], merges: string[]): void {
  const byRow = new Map(rows.map((r) => [r.row, r]));
  for (const m of merges) {
    const [a, b] = m.split(':');
    const from = a ? splitRef(a) : null;
    const to = b ? splitRef(b) : null;
    if (!from || !to) continue;
    const area = (to.row - from.row + 1) * (to.col - from.col + 1);
    if (area > MAX_MERGE_FILL) continue;
    const cell = byRow.get(from.row)?.cells[from.col];
    if (!cell) continue;
    for (let r = from.row; r <= to.row; r++) {
      let target = byRow.get(r);
      if (!target) {
        target = { row: r, cells: [] };
        byRow.set(r, target);
        rows.push(target);
      }
      for (let c = from.col; c <= to.col; c++) if (!target.cells[c]) target.cells[c] = cell;
    }
  }
  rows.sort((x, y) => x.row - y.row);
}
