/**
 * Reads one worksheet part (sheetN.xml) into rows of typed cells, merged areas filled in. One walk
 * over the tags of `<sheetData>` and `<mergeCells>`, namespace prefixes ignored; the common cell
 * shapes (`<c …><v>…</v></c>` and an inline string) are read in one step.
 *
 * Every sheet is bounded as Excel bounds it: a cell beyond column XFD or row 1 048 576 is refused
 * (a reference like "A2147483648" would otherwise make the rows sparse arrays of absurd length), so
 * is a sheet whose rows span more than {@link MAX_SHEET_SPAN} cells, and merged areas fill in a
 * bounded number of cells (merges.ts). What the reader
 * works around (a cell or row given twice, a merged area left unfilled) comes back as warnings.
 */
import { columnLetter, MAX_COLUMNS, MAX_ROWS } from '../cell-ref.ts';
import type { Cell, ReadWarning, SheetRow } from '../workbook.ts';
import { fillMerges } from './merges.ts';
import { MAX_DATE_SERIAL, serialToIso } from './styles.ts';
import { cellAttributes, rowNumberText } from './attributes.ts';
import type { Attribute, CellAttributes } from './attributes.ts';
import { attrs, decodeXml, textAt } from './xml.ts';

export interface SheetContext {
  /** One cell per shared string ({@link sharedStringCells}), shared by every cell referring to it (cells are never mutated). */
  sharedCells: readonly (Cell | undefined)[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

export { MAX_COLUMNS, MAX_ROWS } from '../cell-ref.ts';
/** The sum of the rows' widths a sheet may have (a row's width is up to its last cell). */
export const MAX_SHEET_SPAN = 10_000_000;
/** Warnings kept per sheet; the rest are counted. */
const MAX_WARNINGS = 100;

/** A worksheet beyond Excel's limits. The message is Norwegian; the caller adds file and sheet. */
export class SheetLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SheetLimitError';
  }
}

/** The cell each shared string reads as (undefined for an empty string). */
export function sharedStringCells(strings: readonly string[]): (Cell | undefined)[] {
  return strings.map((v) => (v === '' ? undefined : { kind: 'string', value: v }));
}

/** What is known of the cell being read. */
interface OpenCell extends CellAttributes {
  value: string;
  /** It has a formula (`<f>`), and a cached value (`<v>`): a formula without one reads as empty. */
  formula: boolean;
  cached: boolean;
}

function makeCell(c: OpenCell, ctx: SheetContext): Cell | undefined {
  const raw = c.value;
  switch (c.type) {
    case 's':
      // an empty index is no cell (Number('') would be 0, the first shared string)
      return raw.trim() === '' ? undefined : ctx.sharedCells[Number(raw)];
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
      // Excel's dates run from serial 0 to 31.12.9999 and it shows ##### beyond them: such a
      // number is kept as the number rather than guessed at
      if (ctx.dateStyles[c.style] && n >= 0 && n < MAX_DATE_SERIAL) return { kind: 'date', value: serialToIso(n, ctx.date1904) };
      return { kind: 'number', value: n };
    }
  }
}

/** Where the walk over one worksheet stands. */
class Walk {
  readonly rows: SheetRow[] = [];
  readonly merges: string[] = [];
  row: SheetRow | null = null;
  lastRow = 0;
  lastCol = -1;
  /** The cell being read, one object reused for every cell (no garbage per cell). */
  readonly cell: OpenCell = { col: -1, row: 0, type: 'n', style: 0, value: '', formula: false, cached: false };
  /** The attribute being read, likewise reused. */
  readonly attribute: Attribute = { letter: 0, from: 0, to: 0 };
  inCell = false;
  inInline = false;
  readonly warnings: ReadWarning[] = [];
  warningCount = 0;
  /** The sum of the rows' widths so far. */
  span = 0;
  /** Formula cells without a cached value, and the first few of their references. */
  uncalculated = 0;
  readonly uncalculatedRefs: string[] = [];
  constructor(readonly ctx: SheetContext) {}

  warn(row: number | null, column: string | null, message: string): void {
    if (this.warningCount++ < MAX_WARNINGS) this.warnings.push({ row, column, message });
  }

  /** `<row …>` with its `r` attribute's text, if it has one. */
  openRow(rAttribute: string | undefined, selfClosing: boolean): void {
    // a row opened before the last one closed (a damaged </row>) still keeps the last one's cells
    this.closeCell();
    this.closeRow();
    const r = Number(rAttribute);
    // a missing or damaged number continues from the previous row, as Excel's repair does
    this.lastRow = rAttribute !== undefined && Number.isSafeInteger(r) && r > 0 ? r : this.lastRow + 1;
    if (this.lastRow > MAX_ROWS) throw new SheetLimitError(`rad ${this.lastRow} er utenfor Excels grense (${MAX_ROWS} rader).`);
    this.lastCol = -1;
    this.row = selfClosing ? null : { row: this.lastRow, cells: [] };
  }

  closeRow(): void {
    const row = this.row;
    this.row = null;
    if (!row || row.cells.length === 0) return;
    this.span += row.cells.length;
    if (this.span > MAX_SHEET_SPAN) throw new SheetLimitError(`arket har for mange celler (over ${MAX_SHEET_SPAN / 1_000_000} millioner).`);
    this.rows.push(row);
  }

  /** `<c …>` with its attributes between `start` and `end`. */
  openCell(xml: string, start: number, end: number): void {
    this.closeCell();
    const c = this.cell;
    cellAttributes(xml, start, end, c, this.attribute);
    if (!this.row) {
      // a cell outside a row element: be lenient and open one
      this.lastRow = c.row > 0 ? c.row : this.lastRow + 1;
      this.row = { row: this.lastRow, cells: [] };
    }
    const row = this.row.row;
    if (c.col < 0) c.col = this.lastCol + 1;
    else if (this.row.cells[c.col] !== undefined) {
      this.warn(row, columnLetter(c.col), `Cellen ${columnLetter(c.col)}${row} står mer enn én gang i arket; den siste verdien brukes.`);
    }
    if (c.col >= MAX_COLUMNS) throw new SheetLimitError(`rad ${row} har en celle utenfor Excels grense (kolonne XFD).`);
    if (c.row > MAX_ROWS) throw new SheetLimitError(`en celle i rad ${row} viser til en rad utenfor Excels grense (${MAX_ROWS} rader).`);
    this.lastCol = c.col;
    c.value = '';
    c.formula = false;
    c.cached = false;
    this.inCell = true;
  }

  closeCell(): void {
    if (!this.inCell) return;
    const c = this.cell;
    if (c.formula && !c.cached && c.type !== 'inlineStr' && this.row) {
      // a file written by a program that never calculated it: its formulas have no values to read
      if (this.uncalculated++ < 5) this.uncalculatedRefs.push(`${columnLetter(c.col)}${this.row.row}`);
    }
    if (c.type === 's' && c.value.trim() !== '') this.checkSharedIndex(Number(c.value));
    this.closeCellWith(makeCell(c, this.ctx));
  }

  /** Warns when a shared-string cell names a string the file does not have (it reads as empty). */
  checkSharedIndex(index: number): void {
    if (Number.isSafeInteger(index) && index >= 0 && index < this.ctx.sharedCells.length) return;
    const row = this.row?.row ?? this.lastRow;
    const ref = `${columnLetter(this.cell.col)}${row}`;
    this.warn(row, columnLetter(this.cell.col), `Cellen ${ref} viser til delt tekst nr ${index}, som ikke finnes i filen (den har ${this.ctx.sharedCells.length}); cellen leses som tom.`);
  }

  /** Ends the open cell with the value read. */
  closeCellWith(value: Cell | undefined): void {
    this.inCell = false;
    this.inInline = false;
    if (value && this.row) this.row.cells[this.cell.col] = value;
  }
}

/**
 * `<v>…</v></c>` or `<is><t>…</t></is></c>` right after an opened cell: the value in one step, since
 * almost every cell has one of these shapes. Returns where it ended, or -1 for any other shape
 * (formulas, rich text, attributes on the inner tags).
 */
function simpleValue(xml: string, pos: number, w: Walk): number {
  const inline = !at(xml, pos, V_OPEN);
  if (inline && !at(xml, pos, INLINE_OPEN)) return -1;
  const from = pos + (inline ? INLINE_OPEN.length : V_OPEN.length);
  const end = xml.indexOf('<', from);
  const closing = inline ? INLINE_CLOSE : V_CLOSE;
  if (end < 0 || !at(xml, end, closing)) return -1;
  // a shared string's index read in place: most cells are one, and cutting a string out of the XML
  // for each to make a number of it was another tenth of the reading time, and most of its garbage
  const index = !inline && w.cell.type === 's' ? wholeNumber(xml, from, end) : -1;
  if (index >= 0) {
    w.checkSharedIndex(index);
    w.closeCellWith(w.ctx.sharedCells[index]);
    return end + closing.length;
  }
  const raw = xml.slice(from, end);
  // numbers and shared-string indexes hold no entities
  w.cell.value = w.cell.type === 's' || (w.cell.type === 'n' && !inline) ? raw : decodeXml(raw);
  w.closeCell();
  return end + closing.length;
}

// The markup around a simple value, as character codes for at(): String#startsWith, called three
// times a cell, took a tenth of a sheet's reading time (10k tiltak: sheets 34 → 31 ms).
const codes = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const V_OPEN = codes('<v>');
const V_CLOSE = codes('</v></c>');
const INLINE_OPEN = codes('<is><t>');
const INLINE_CLOSE = codes('</t></is></c>');

/** Whether `xml` has the characters `codes` at `pos`. */
function at(xml: string, pos: number, codes: readonly number[]): boolean {
  for (let k = 0; k < codes.length; k++) if (xml.charCodeAt(pos + k) !== codes[k]) return false;
  return true;
}

/** The digits between `from` and `end` as a number (at most nine of them), or -1 when there are none or others. */
function wholeNumber(xml: string, from: number, end: number): number {
  if (end <= from || end - from > 9) return -1;
  let n = 0;
  for (let k = from; k < end; k++) {
    const digit = xml.charCodeAt(k) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** The tag's local name if it is one the walk handles, else '' (no string made per tag). */
function knownTag(xml: string, start: number, length: number): string {
  switch (length) {
    case 1: {
      const c = xml.charCodeAt(start);
      return c === 99 ? 'c' : c === 118 ? 'v' : c === 116 ? 't' : c === 102 ? 'f' : '';
    }
    case 2:
      return xml.startsWith('is', start) ? 'is' : '';
    case 3:
      return xml.startsWith('row', start) ? 'row' : xml.startsWith('rPh', start) ? 'rPh' : '';
    case 9:
      return xml.startsWith('mergeCell', start) ? 'mergeCell' : '';
    default:
      return '';
  }
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
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
  const w = new Walk(ctx);
  let pos = Math.max(0, xml.indexOf('sheetData'));
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) break;
    if (xml.charCodeAt(lt + 1) === 33 || xml.charCodeAt(lt + 1) === 63) {
      // comment, CDATA or processing instruction
      const endMark = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<![CDATA[', lt) ? ']]>' : '>';
      const e = xml.indexOf(endMark, lt + 2);
      if (e < 0) break;
      pos = e + endMark.length;
      continue;
    }
    const close = xml.charCodeAt(lt + 1) === 47;
    let i = close ? lt + 2 : lt + 1;
    let local = i;
    while (i < xml.length && !isNameEnd(xml.charCodeAt(i))) {
      if (xml.charCodeAt(i) === 58) local = i + 1; // a namespace prefix
      i++;
    }
    const gt = xml.indexOf('>', i);
    if (gt < 0) break;
    pos = gt + 1;
    const name = knownTag(xml, local, i - local);
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const attrEnd = selfClosing ? gt - 1 : gt;

    if (close) {
      if (name === 'c') w.closeCell();
      else if (name === 'row') w.closeRow();
      else if (name === 'is') w.inInline = false;
      continue;
    }
    switch (name) {
      case 'row':
        w.openRow(rowNumberText(xml, i, attrEnd, w.attribute), selfClosing);
        break;
      case 'c':
        w.openCell(xml, i, attrEnd);
        if (selfClosing) w.closeCell();
        else {
          const end = simpleValue(xml, pos, w);
          if (end >= 0) pos = end;
        }
        break;
      case 'v':
        if (w.inCell) w.cell.cached = true;
        if (w.inCell && !selfClosing) {
          const t = textAt(xml, pos);
          w.cell.value = t.text;
          pos = t.end;
        }
        break;
      case 'f':
        if (w.inCell) w.cell.formula = true;
        break;
      case 'is':
        w.inInline = !selfClosing;
        break;
      case 't':
        if (w.inCell && w.inInline && !selfClosing) {
          const t = textAt(xml, pos);
          w.cell.value += t.text;
          pos = t.end;
        }
        break;
      case 'rPh': {
        // phonetic guide text is not part of the value
        const e = xml.indexOf('rPh>', pos);
        if (!selfClosing && e >= 0) pos = e + 4;
        break;
      }
      case 'mergeCell': {
        const ref = attrs(xml, i, attrEnd).ref;
        if (ref) w.merges.push(ref);
        break;
      }
    }
  }
  w.closeCell();
  w.closeRow();
  w.rows.sort((a, b) => a.row - b.row);
  for (let k = 1; k < w.rows.length; k++) {
    if (w.rows[k]!.row === w.rows[k - 1]!.row) w.warn(w.rows[k]!.row, null, `Rad ${w.rows[k]!.row} står mer enn én gang i arket; begge leses.`);
  }
  if (w.uncalculated > 0) {
    const refs = w.uncalculatedRefs.join(', ') + (w.uncalculated > w.uncalculatedRefs.length ? ' …' : '');
    w.warnings.unshift({
      row: null,
      column: null,
      message: `${w.uncalculated === 1 ? 'Én celle har en formel' : `${w.uncalculated} celler har formler`} uten utregnet verdi (${refs}) og leses som tom${w.uncalculated === 1 ? '' : 'me'}. Åpne filen i Excel og lagre den, så lagres verdiene.`,
    });
  }
  if (w.merges.length > 0) fillMerges(w.rows, w.merges, (row, column, message) => w.warn(row, column, message));
  if (w.warningCount > w.warnings.length) w.warnings.push({ row: null, column: null, message: `… og ${w.warningCount - w.warnings.length} merknader til om arket.` });
  return { rows: w.rows, warnings: w.warnings };
}

/** The rows of {@link readSheet}. */
export function readSheetXml(xml: string, ctx: SheetContext): SheetRow[] {
  return readSheet(xml, ctx).rows;
}
