/** Reads one worksheet part (sheetN.xml) into rows of typed cells, merged areas filled in. */
import { columnIndex } from '../issues.ts';
import type { Cell, SheetRow } from '../workbook.ts';
import { serialToIso } from './styles.ts';
import { attrs, nextTag, textAt } from './xml.ts';

export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** Merged areas larger than this are not filled in (a whole-column merge would explode memory). */
const MAX_MERGE_FILL = 10_000;

function splitRef(ref: string): { col: number; row: number } | null {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) >= 65) i++;
  if (i === 0 || i === ref.length) return null;
  return { col: columnIndex(ref.slice(0, i).toUpperCase()), row: Number(ref.slice(i)) };
}

function makeCell(type: string, raw: string, style: number, ctx: SheetContext): Cell | undefined {
  switch (type) {
    case 's': {
      const s = ctx.sharedStrings[Number(raw)];
      return s === undefined || s === '' ? undefined : { kind: 'string', value: s };
    }
    case 'str':
    case 'inlineStr':
      return raw === '' ? undefined : { kind: 'string', value: raw };
    case 'b':
      return { kind: 'boolean', value: raw === '1' || raw.toLowerCase() === 'true' };
    case 'e':
      return { kind: 'error', value: raw };
    case 'd':
      return raw === '' ? undefined : { kind: 'date', value: raw.endsWith('T00:00:00') ? raw.slice(0, 10) : raw.replace(/Z$/, '') };
    default: {
      if (raw === '') return undefined;
      const n = Number(raw);
      if (!Number.isFinite(n)) return { kind: 'string', value: raw };
      if (ctx.dateStyles[style]) return { kind: 'date', value: serialToIso(n, ctx.date1904) };
      return { kind: 'number', value: n };
    }
  }
}

/** Parses the worksheet XML. Rows and cells without an `r` attribute follow on from the previous one. */
export function readSheetXml(xml: string, ctx: SheetContext): SheetRow[] {
  const rows: SheetRow[] = [];
  const merges: string[] = [];
  let row: SheetRow | null = null;
  let lastRow = 0;
  let col = -1;
  let cellType = '';
  let cellStyle = 0;
  let cellCol = -1;
  let value = '';
  let inCell = false;
  let inInline = false;
  let pos = xml.indexOf('sheetData');
  if (pos < 0) pos = 0;
  for (let tag = nextTag(xml, pos); tag; tag = nextTag(xml, pos)) {
    pos = tag.end;
    const name = tag.name;
    if (tag.close) {
      if (name === 'c' && inCell) {
        inCell = false;
        inInline = false;
        const cell = makeCell(cellType, value, cellStyle, ctx);
        if (cell && row) row.cells[cellCol] = cell;
      } else if (name === 'row') {
        if (row && row.cells.length > 0) rows.push(row);
        row = null;
      } else if (name === 'is') {
        inInline = false;
      }
      continue;
    }
    switch (name) {
      case 'row': {
        const a = attrs(xml, tag.attrStart, tag.attrEnd);
        lastRow = a.r ? Number(a.r) : lastRow + 1;
        col = -1;
        row = { row: lastRow, cells: [] };
        if (tag.selfClosing) row = null;
        break;
      }
      case 'c': {
        const a = attrs(xml, tag.attrStart, tag.attrEnd);
        const ref = a.r ? splitRef(a.r) : null;
        if (!row) {
          // a cell outside a row element: be lenient and open one
          lastRow = ref ? ref.row : lastRow + 1;
          row = { row: lastRow, cells: [] };
        }
        cellCol = ref ? ref.col : col + 1;
        col = cellCol;
        cellType = a.t ?? 'n';
        cellStyle = a.s ? Number(a.s) : 0;
        value = '';
        inCell = !tag.selfClosing;
        break;
      }
      case 'v':
        if (inCell && !tag.selfClosing) {
          const t = textAt(xml, tag.end);
          value = t.text;
          pos = t.end;
        }
        break;
      case 'is':
        inInline = !tag.selfClosing;
        break;
      case 't':
        if (inInline && !tag.selfClosing) {
          const t = textAt(xml, tag.end);
          value += t.text;
          pos = t.end;
        }
        break;
      case 'rPh': {
        // phonetic guide text is not part of the value
        const e = xml.indexOf('rPh>', tag.end);
        if (!tag.selfClosing && e >= 0) pos = e + 4;
        break;
      }
      case 'mergeCell': {
        const ref = attrs(xml, tag.attrStart, tag.attrEnd).ref;
        if (ref) merges.push(ref);
        break;
      }
      default:
        break;
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
