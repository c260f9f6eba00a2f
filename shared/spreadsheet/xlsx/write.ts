/**
 * The one .xlsx writer: every workbook the app writes (portfolio workbook, case workbook, import
 * template, test fixtures) goes through it. Each sheet's XML is produced row by row and deflated in
 * ~256 kB chunks with fflate's streaming Zip, so a 100k-row sheet never exists as one string;
 * texts go into one shared-string table, as Excel writes them (each distinct text once). exceljs's in-memory writer needs
 * ~2,5 GB at 100k rows and its streaming writer is Node-only (MEASUREMENTS.md); this runs the same
 * in a browser worker and under Node.
 *
 * Text round-trips exactly through {@link readSpreadsheet}: characters XML cannot hold (control
 * characters, lone surrogates, U+FFFE/U+FFFF) and carriage returns (which XML readers fold into
 * line feeds) are written as Excel's `_xHHHH_` escapes, and a literal `_xHHHH_` in the text is
 * itself escaped as `_x005F_xHHHH_`, as Excel does.
 *
 * Text is always a string cell, never a formula; text that Excel or a CSV round trip could take for
 * one (starting with = + - @ tab CR LF) gets Excel's quote-prefix style, so it stays text when a
 * user edits the cell. Formulas are written only from `{ formula }` cells, with their cached result.
 */
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { columnLetter } from '../cell-ref.ts';
import { isoToSerial } from './styles.ts';
import { buildStylesXml, StyleRegistry, UniqueList } from './write-styles.ts';
import type { CellStyle, StyleName } from './write-styles.ts';

export type { CellStyle, StyleName } from './write-styles.ts';

export type WriteValue = string | number | boolean | null | undefined;

/** A style: one of the named ones, or a combination of properties. */
export type StyleRef = StyleName | CellStyle;

/**
 * A cell: a plain value; a value with a style; a date (ISO "2024-01-31"); or a formula with the
 * result it had when written (shown until the spreadsheet recalculates, and read back by us).
 */
export type WriteCell =
  | WriteValue
  | { value: WriteValue; style?: StyleRef | undefined }
  | { date: string; style?: StyleRef | undefined }
  | { formula: string; result?: WriteValue; style?: StyleRef | undefined };

/** What a cell shows, without its style: a date as its ISO text, a formula as its result. */
export function plainValue(cell: WriteCell): WriteValue {
  if (cell === null || typeof cell !== 'object') return cell;
  if ('formula' in cell) return cell.result;
  return 'date' in cell ? cell.date : cell.value;
}

/** How numbers in a column are shown. */
export type ColumnNumberFormat = 'mnok' | 'integer' | 'percent';

export interface WriteValidation {
  /** Range, e.g. "D2:D2000". */
  range: string;
  /** Allowed values (a drop-down list). */
  list: readonly string[];
}

export interface WriteSheet {
  /** Unique, at most 31 characters, without []:*?/\ (Excel's rules). */
  name: string;
  /** Rows in order from row 1; consumed once, so a generator keeps memory flat. */
  rows: Iterable<readonly WriteCell[]>;
  /** Column widths in characters. */
  widths?: readonly number[];
  /** Freeze this many top rows (and repeat them on printed pages). */
  freezeRows?: number;
  /** Put an autofilter on the last frozen row. */
  autoFilter?: boolean;
  /** Number format per column index (0-based) for numeric cells without a style of their own. */
  numberFormats?: Readonly<Record<number, ColumnNumberFormat>>;
  validations?: readonly WriteValidation[];
  merges?: readonly string[];
  hidden?: boolean;
  landscape?: boolean;
}

export interface WriteOptions {
  /** Called every 5 000 rows with the rows written so far (for a progress bar). */
  onRows?: (rows: number) => void;
}

/** True for text a spreadsheet could take for a formula (OWASP CSV injection). */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r\n]/.test(text);
}

const hex4 = (c: string) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b-\u001f\ud800-\udfff\ufffe\uffff]|_x[0-9a-fA-F]{4}/;

/** XML-escapes text, writing what XML cannot hold as Excel's `_xHHHH_` escapes (see the module note). */
export function escapeText(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return (
    s
      // first, so the escapes added below are not escaped again; without looking for the closing
      // "_", since an escape added below could supply it ("_x0041" + U+0000 → "_x0041_x0000_")
      .replace(/_(?=x[0-9a-fA-F]{4})/g, '_x005F_')
      .replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g, hex4)
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, hex4)
  );
}

/** XML-escapes an attribute or formula (no `_xHHHH_` meaning there); drops what XML cannot hold. */
function escapeAttr(s: string): string {
  return (
    s
      .replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
  );
}

/** -0 keeps its sign; everything else in JavaScript's shortest round-trip form, which Excel reads. */
const numberText = (n: number) => (Object.is(n, -0) ? '-0' : String(n));

/**
 * The workbook's shared strings, as Excel writes them: each distinct text once, cells refer to it by
 * index. Files stay small and readers (ours included) make one value per distinct text.
 */
class SharedStrings extends UniqueList {
  xml(): string {
    const items = this.items.map((t) => `<si><t xml:space="preserve">${escapeText(t)}</t></si>`).join('');
    return XML_HEAD + `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.items.length}" uniqueCount="${this.items.length}">${items}</sst>`;
  }
}

/** What the sheets of one workbook share. */
interface Book {
  styles: StyleRegistry;
  strings: SharedStrings;
}

function stringCell(ref: string, text: string, style: number, book: Book): string {
  return `<c r="${ref}"${style ? ` s="${style}"` : ''} t="s"><v>${book.strings.add(text)}</v></c>`;
}

function valueCell(ref: string, value: WriteValue, book: Book, style: StyleRef | undefined, numFmt: ColumnNumberFormat | undefined): string {
  const styles = book.styles;
  if (value === null || value === undefined || value === '') return style ? `<c r="${ref}" s="${styles.index(style)}"/>` : '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const s = style ? styles.index(style) : numFmt ? styles.index(numFmt) : 0;
    return `<c r="${ref}"${s ? ` s="${s}"` : ''}><v>${numberText(value)}</v></c>`;
  }
  if (typeof value === 'boolean') {
    const s = style ? styles.index(style) : 0;
    return `<c r="${ref}"${s ? ` s="${s}"` : ''} t="b"><v>${value ? 1 : 0}</v></c>`;
  }
  return stringCell(ref, value, styles.index(style, looksLikeFormula(value)), book);
}

function formulaCell(ref: string, formula: string, result: WriteValue, style: number): string {
  const s = style ? ` s="${style}"` : '';
  const f = `<f>${escapeAttr(formula.replace(/^=/, ''))}</f>`;
  if (typeof result === 'number' && Number.isFinite(result)) return `<c r="${ref}"${s}>${f}<v>${numberText(result)}</v></c>`;
  if (typeof result === 'boolean') return `<c r="${ref}"${s} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
  if (typeof result === 'string') return `<c r="${ref}"${s} t="str">${f}<v>${escapeText(result)}</v></c>`;
  return `<c r="${ref}"${s}>${f}</c>`;
}

function cellXml(ref: string, cell: WriteCell, book: Book, numFmt: ColumnNumberFormat | undefined): string {
  const styles = book.styles;
  if (cell === null || typeof cell !== 'object') return valueCell(ref, cell, book, undefined, numFmt);
  if ('formula' in cell) {
    const style = cell.style ? styles.index(cell.style) : typeof cell.result === 'number' && numFmt ? styles.index(numFmt) : 0;
    return formulaCell(ref, cell.formula, cell.result, style);
  }
  if ('date' in cell) return `<c r="${ref}" s="${styles.index(cell.style ?? 'date')}"><v>${isoToSerial(cell.date)}</v></c>`;
  return valueCell(ref, cell.value, book, cell.style, numFmt);
}

const letters: string[] = [];
/** Column letters, cached: called once per cell. */
const colLetter = (i: number) => (letters[i] ??= columnLetter(i));

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const CHUNK = 256 * 1024;
/**
 * fflate's level 1 deflates sheet XML about 3× faster than level 6 for a file ~25 % larger;
 * deflate is most of the time spent here, and a 10k-row workbook stays under 1 MB either way.
 */
const DEFLATE_LEVEL = 1;
/** A fixed time stamp: the same content gives the same bytes. */
const MTIME = new Date(Date.UTC(2020, 0, 1));

interface SheetOutcome {
  filter: string | null;
  freeze: number;
}

function writeSheet(zip: Zip, index: number, sheet: WriteSheet, book: Book, progress: () => void): SheetOutcome {
  const f = new ZipDeflate(`xl/worksheets/sheet${index + 1}.xml`, { level: DEFLATE_LEVEL });
  f.mtime = MTIME;
  zip.add(f);
  let buf = XML_HEAD + `<worksheet ${NS}>`;
  if (sheet.landscape) buf += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  const freeze = sheet.freezeRows ?? 0;
  buf += `<sheetViews><sheetView workbookViewId="0"${index === 0 ? ' tabSelected="1"' : ''}>`;
  if (freeze > 0) buf += `<pane ySplit="${freeze}" topLeftCell="A${freeze + 1}" activePane="bottomLeft" state="frozen"/>`;
  buf += '</sheetView></sheetViews>';
  if (sheet.widths?.length) buf += '<cols>' + sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('') + '</cols>';
  buf += '<sheetData>';
  let r = 0;
  let maxCol = 0;
  const fmts = sheet.numberFormats ?? {};
  for (const row of sheet.rows) {
    r++;
    let cells = '';
    for (let c = 0; c < row.length; c++) cells += cellXml(colLetter(c) + r, row[c], book, fmts[c]);
    maxCol = Math.max(maxCol, row.length);
    if (cells !== '') buf += `<row r="${r}">${cells}</row>`;
    if (buf.length > CHUNK) {
      f.push(strToU8(buf), false);
      buf = '';
    }
    progress();
  }
  buf += '</sheetData>';
  let filter: string | null = null;
  if (sheet.autoFilter && freeze > 0 && maxCol > 0) {
    filter = `A${freeze}:${colLetter(maxCol - 1)}${Math.max(r, freeze)}`;
    buf += `<autoFilter ref="${filter}"/>`;
  }
  if (sheet.merges?.length) buf += `<mergeCells count="${sheet.merges.length}">` + sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('') + '</mergeCells>';
  if (sheet.validations?.length) {
    buf += `<dataValidations count="${sheet.validations.length}">`;
    for (const v of sheet.validations) {
      const list = v.list.join(',');
      buf += `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="Ugyldig verdi" error="${escapeAttr(`Velg en av: ${v.list.join(', ')}`)}" sqref="${v.range}"><formula1>"${escapeAttr(list)}"</formula1></dataValidation>`;
    }
    buf += '</dataValidations>';
  }
  buf += '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
  buf += `<pageSetup paperSize="9" orientation="${sheet.landscape ? 'landscape' : 'portrait'}"${sheet.landscape ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`;
  buf += `<headerFooter><oddFooter>&amp;L${escapeAttr(sheet.name.replace(/&/g, '&&'))}&amp;RSide &amp;P av &amp;N</oddFooter></headerFooter>`;
  buf += '</worksheet>';
  f.push(strToU8(buf), true);
  return { filter, freeze };
}

/** "A1:F20" → "$A$1:$F$20" */
const absolute = (ref: string) => ref.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

function workbookXml(sheets: readonly WriteSheet[], outcomes: readonly SheetOutcome[]): string {
  const defined: string[] = [];
  outcomes.forEach((o, i) => {
    const name = escapeAttr(quoted(sheets[i]!.name));
    if (o.filter) defined.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${name}!${absolute(o.filter)}</definedName>`);
    if (o.freeze > 0) defined.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${name}!$1:$${o.freeze}</definedName>`);
  });
  const active = Math.max(0, sheets.findIndex((s) => !s.hidden));
  return (
    XML_HEAD +
    `<workbook ${NS}><bookViews><workbookView activeTab="${active}"/></bookViews><sheets>` +
    sheets.map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('') +
    '</sheets>' +
    (defined.length ? `<definedNames>${defined.join('')}</definedNames>` : '') +
    // fullCalcOnLoad: Excel and LibreOffice recompute the formulas when the file is opened
    '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'
  );
}

/** Writes the sheets as .xlsx bytes. */
export function writeXlsx(sheets: readonly WriteSheet[], options: WriteOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failed: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failed = err;
    else chunks.push(data);
  });
  const addFile = (name: string, text: string) => {
    const f = new ZipDeflate(name, { level: 6 });
    f.mtime = MTIME;
    zip.add(f);
    f.push(strToU8(text), true);
  };
  const book: Book = { styles: new StyleRegistry(), strings: new SharedStrings() };
  let rowsDone = 0;
  const progress = () => {
    if (++rowsDone % 5000 === 0) options.onRows?.(rowsDone);
  };
  const outcomes = sheets.map((sheet, i) => writeSheet(zip, i, sheet, book, progress));

  addFile('xl/workbook.xml', workbookXml(sheets, outcomes));
  addFile('xl/styles.xml', buildStylesXml(book.styles));
  addFile('xl/sharedStrings.xml', book.strings.xml());
  addFile(
    'xl/_rels/workbook.xml.rels',
    XML_HEAD +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${sheets.length + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  addFile(
    '_rels/.rels',
    XML_HEAD +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  addFile(
    '[Content_Types].xml',
    XML_HEAD +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
      sheets.map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`).join('') +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/></Types>`,
  );
  zip.end();
  if (failed) throw failed;
  let size = 0;
  for (const c of chunks) size += c.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
