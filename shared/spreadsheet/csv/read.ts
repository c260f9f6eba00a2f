/**
 * Reads a CSV file as saved by Norwegian Excel and others: `;`, `,` or tab separated; UTF-8 with or
 * without BOM, UTF-16 with BOM, or Windows-1252 (detected: bytes that are not valid UTF-8 are taken
 * as Windows-1252). All cells are text; the table layer parses numbers and dates.
 */
import { strFromU8 } from 'fflate';
import { decodeUtf16, isValidUtf8, utf16Order } from '../encoding.ts';
import { UnreadableFileError } from '../errors.ts';
import { columnLetter } from '../cell-ref.ts';
import type { Cell, ReadWarning, SheetRow, Workbook } from '../workbook.ts';

// Windows-1252 differs from Latin-1 only in 0x80–0x9F.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes CSV bytes to text, detecting the encoding. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: strFromU8(bytes.subarray(3)), encoding: 'utf-8' };
  const bom = utf16Order(bytes);
  if (bom) return { text: decodeUtf16(bytes, bom.le, bom.skip), encoding: bom.le ? 'utf-16le' : 'utf-16be' };
  if (isValidUtf8(bytes)) return { text: strFromU8(bytes), encoding: 'utf-8' };
  let s = '';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    s += String.fromCharCode(c >= 0x80 && c <= 0x9f ? CP1252_HIGH[c - 0x80]! : c);
  }
  return { text: s, encoding: 'windows-1252' };
}

/** The separator used in the first line, ignoring quoted text. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  let best = ';';
  for (const d of [';', ',', '\t']) if (counts[d]! > counts[best]!) best = d;
  return best;
}

/** Columns per record, at most: Excel's own width (XFD), so no line can make millions of cells. */
export const MAX_CSV_COLUMNS = 16_384;
/** Records at most (Excel's row limit), and filled cells at most: what a file may cost in memory. */
export const MAX_CSV_ROWS = 1_048_576;
export const MAX_CSV_CELLS = 5_000_000;

/** What parsing found besides the rows. */
interface CsvParse {
  rows: SheetRow[];
  /** Line where a quoted field opened that the file never closes, or null. */
  openQuoteLine: number | null;
  /** Records with a quoted field holding a line break followed by what looks like whole records. */
  suspicious: { row: number; column: number }[];
  /** A record with more columns than {@link MAX_CSV_COLUMNS}, or null. */
  tooWide: number | null;
  /** True when the file holds more records or cells than the limits. */
  tooLarge: boolean;
}

/** Parses CSV text into rows (quoted fields, doubled quotes, line breaks inside quotes). */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): SheetRow[] {
  return parseCsvDetailed(text, delimiter).rows;
}

/** Delimiters on the most delimited line of a multi-line field after its first line break. */
function mostDelimitersAfterBreak(value: string, d: string): number {
  let best = 0;
  let count = 0;
  let seenBreak = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\n') {
      seenBreak = true;
      count = 0;
    } else if (seenBreak && c === d && ++count > best) best = count;
  }
  return best;
}

function parseCsvDetailed(text: string, delimiter: string): CsvParse {
  const rows: SheetRow[] = [];
  const suspicious: CsvParse['suspicious'] = [];
  let openQuoteLine: number | null = null;
  let tooWide: number | null = null;
  let tooLarge = false;
  let filled = 0;
  const d = delimiter.charCodeAt(0);
  const len = text.length;
  let cells: (Cell | undefined)[] = [];
  let line = 1;
  let rowStart = 1;
  let i = 0;
  const push = (v: string) => {
    if (v === '') cells.push(undefined);
    else {
      filled++;
      cells.push({ kind: 'string', value: v });
    }
  };
  while (i <= len) {
    // skip leading blanks of a field, to see whether it is quoted
    let j = i;
    while (j < len && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) && text.charCodeAt(j) !== d) j++;
    let end: number;
    if (j < len && text.charCodeAt(j) === 34) {
      // quoted field: find the closing quote (one not doubled), then undouble in one step
      let k = j + 1;
      let close = -1;
      for (;;) {
        const q = text.indexOf('"', k);
        if (q < 0) break;
        if (text.charCodeAt(q + 1) === 34) {
          k = q + 2;
          continue;
        }
        close = q;
        break;
      }
      if (close < 0) {
        // the file ends inside this field: whatever follows is not rows, so nothing is read as such
        openQuoteLine ??= line;
        close = len;
      }
      const raw = text.slice(j + 1, close);
      const value = raw.includes('""') ? raw.replaceAll('""', '"') : raw;
      k = Math.min(len, close + 1);
      let breaks = 0;
      for (let n = value.indexOf('\n'); n >= 0; n = value.indexOf('\n', n + 1)) breaks++;
      line += breaks;
      // a field whose later lines carry as many separators as a whole record: likely a quote
      // opened by mistake that swallowed the rows after it
      const width = rows[0]?.cells.length ?? 0;
      if (breaks > 0 && width > 2 && mostDelimitersAfterBreak(value, delimiter) >= width - 1) suspicious.push({ row: rowStart, column: cells.length });
      // text after the closing quote belongs to the field, as Excel reads it ("abc"def → abcdef)
      end = k;
      while (end < len && text.charCodeAt(end) !== d && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
      push(end > k ? value + text.slice(k, end).trimEnd() : value);
    } else {
      end = i;
      while (end < len) {
        const c = text.charCodeAt(end);
        if (c === d || c === 10 || c === 13) break;
        end++;
      }
      push(text.slice(i, end).trim());
    }
    if (cells.length > MAX_CSV_COLUMNS) {
      tooWide = rowStart;
      break;
    }
    const c = end < len ? text.charCodeAt(end) : -1;
    if (c === d) {
      i = end + 1;
      continue;
    }
    // end of record
    if (cells.some((x) => x !== undefined)) {
      rows.push({ row: rowStart, cells });
      if (rows.length > MAX_CSV_ROWS || filled > MAX_CSV_CELLS) {
        tooLarge = true;
        break;
      }
    }
    cells = [];
    if (c === 13 && text.charCodeAt(end + 1) === 10) end++;
    line++;
    rowStart = line;
    i = end + 1;
    if (c === -1) break;
  }
  return { rows, openQuoteLine, suspicious, tooWide, tooLarge };
}

/**
 * A file cut off in transfer must not import as a shorter report. Spreadsheet programs end every
 * line with a line break and write every column (empty ones too), so a last line that has no line
 * break and fewer columns than the file's other lines, or a quote left open at the end, means
 * the file is truncated.
 */
function refuseIfTruncated(text: string, parsed: CsvParse, fileName: string): void {
  if (parsed.openQuoteLine !== null) {
    throw new UnreadableFileError(
      fileName,
      `${fileName}: filen slutter inne i et felt i anførselstegn som begynner på linje ${parsed.openQuoteLine}; den er avkortet eller har et anførselstegn for mye. Ingenting er lest.`,
    );
  }
  const rows = parsed.rows;
  const last = rows[rows.length - 1];
  if (!last) return;
  // Scan back over trailing blanks by hand: a regex like /[\r\n]\s*$/ is quadratic on many empty lines.
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) return;
  const counts = new Map<number, number>();
  for (const r of rows.slice(0, -1)) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  let usual = 0;
  for (const [n, k] of counts) if (k > (counts.get(usual) ?? 0)) usual = n;
  if (usual > 0 && last.cells.length < usual) {
    throw new UnreadableFileError(
      fileName,
      `${fileName}: filen ser ut til å være avkortet (siste linje, linje ${last.row}, slutter midt i en rad). Hent filen på nytt.`,
    );
  }
}

/** Reads a CSV file as a one-sheet workbook; the sheet is named after the file. */
export function readCsv(bytes: Uint8Array, fileName: string): Workbook {
  const { text } = decodeText(bytes);
  const parsed = parseCsvDetailed(text, detectDelimiter(text));
  if (parsed.tooWide !== null) {
    throw new UnreadableFileError(fileName, `${fileName}: linje ${parsed.tooWide} har flere enn ${MAX_CSV_COLUMNS} kolonner; filen leses ikke.`);
  }
  if (parsed.tooLarge) {
    throw new UnreadableFileError(fileName, `${fileName}: filen har for mange rader eller celler (høyst ${MAX_CSV_ROWS.toLocaleString('nb-NO')} rader og ${MAX_CSV_CELLS.toLocaleString('nb-NO')} utfylte celler); den leses ikke.`);
  }
  refuseIfTruncated(text, parsed, fileName);
  const warnings: ReadWarning[] = parsed.suspicious.slice(0, 100).map((w) => ({
    row: w.row,
    column: columnLetter(w.column),
    message: `Feltet i kolonne ${columnLetter(w.column)} på rad ${w.row} står i anførselstegn og inneholder linjeskift fulgt av noe som ser ut som hele rader. Sjekk at anførselstegnene i filen er riktige; ellers er rader slått sammen til ett felt.`,
  }));
  return { fileName, format: 'csv', sheets: [{ name: fileName, hidden: false, rows: parsed.rows, ...(warnings.length > 0 && { warnings }) }] };
}
