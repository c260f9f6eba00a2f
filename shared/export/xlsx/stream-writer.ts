/**
 * A streaming .xlsx writer for large exports (the portfolio workbook at 10k–100k tiltak). Each
 * sheet's XML is produced row by row and deflated in ~256 kB chunks with fflate's streaming Zip, so
 * the whole XML never exists at once; strings are written inline (no shared-string table to keep).
 * exceljs's in-memory writer needs ~2,5 GB at 100k rows and its streaming writer is Node-only
 * (MEASUREMENTS.md); this runs the same in a browser worker and under Node.
 *
 * Text is always written as a string cell, never as a formula; text that Excel or a CSV round trip
 * could take for one (starting with = + - @ tab CR LF) also gets Excel's quote-prefix style, so it
 * stays text when a user edits the cell.
 */
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { columnLetter } from '../../import/issues.ts';
import { isoToSerial } from '../../import/xlsx/styles.ts';
import type { WriteCell, WriteValue } from '../../import/xlsx/write.ts';

export type { WriteCell } from '../../import/xlsx/write.ts';

/** How numbers in a column are shown. */
export type ColumnNumberFormat = 'mnok' | 'integer';

export interface StreamSheet {
  name: string;
  /** Rows in order; the first `headerRows` are headers. Consumed once. */
  rows: Iterable<readonly WriteCell[]>;
  widths?: readonly number[];
  /** Freeze this many top rows (and repeat them on printed pages). */
  freezeRows?: number;
  /** Put an autofilter on the header row (the last frozen row). */
  autoFilter?: boolean;
  /** Number format per column index (0-based) for numeric cells. */
  numberFormats?: Readonly<Record<number, ColumnNumberFormat>>;
  landscape?: boolean;
}

/** True for text a spreadsheet could take for a formula (OWASP CSV injection). */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r\n]/.test(text);
}

// Style indexes in STYLES' cellXfs.
const S = { header: 1, title: 2, wrap: 3, date: 4, mnok: 5, integer: 6, quoted: 7, quotedWrap: 8 } as const;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/><numFmt numFmtId="165" formatCode="#,##0.0"/></numFmts><fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="14"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDE7F0"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top/><bottom style="thin"><color rgb="FF5A6B7B"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="9"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1" quotePrefix="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** XML-escapes text and drops characters XML 1.0 cannot hold. */
export function xmlEscape(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/.test(s)) return s;
  return s
    .replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

const letters: string[] = [];
/** "A", "B", ... "AA" for a 0-based column index; cached (called once per cell). */
export function colLetter(i: number): string {
  return (letters[i] ??= columnLetter(i));
}

function cellXml(ref: string, cell: WriteCell, numFmt: ColumnNumberFormat | undefined): string {
  let value: WriteValue;
  let style: number | undefined;
  if (cell !== null && typeof cell === 'object') {
    if ('date' in cell) return `<c r="${ref}" s="${S.date}"><v>${isoToSerial(cell.date)}</v></c>`;
    value = cell.value;
    style = cell.style ? S[cell.style] : undefined;
  } else value = cell;
  if (value === null || value === undefined || value === '') return style ? `<c r="${ref}" s="${style}"/>` : '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const s = style ?? (numFmt ? S[numFmt] : undefined);
    return `<c r="${ref}"${s ? ` s="${s}"` : ''}><v>${value}</v></c>`;
  }
  if (typeof value === 'boolean') return `<c r="${ref}"${style ? ` s="${style}"` : ''} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (looksLikeFormula(value) && style !== S.header) style = style === S.wrap ? S.quotedWrap : S.quoted;
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t${space}>${xmlEscape(value)}</t></is></c>`;
}

const CHUNK = 256 * 1024;
/**
 * fflate's level 1 deflates sheet XML about 3× faster than level 6 for a file ~25 % larger;
 * deflate is most of the time spent here, and a 10k-row workbook stays under 1 MB either way.
 */
const DEFLATE_LEVEL = 1;

/** Writes the sheets as .xlsx bytes, streaming each sheet through deflate. */
export function writeStreamingXlsx(sheets: readonly StreamSheet[], options: { onRows?: (rows: number) => void } = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failed: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failed = err;
    else chunks.push(data);
  });
  const mtime = new Date(Date.UTC(2020, 0, 1));
  const addFile = (name: string, text: string) => {
    const f = new ZipDeflate(name, { level: 6 });
    f.mtime = mtime;
    zip.add(f);
    f.push(strToU8(text), true);
  };
  const filters: { sheet: number; ref: string; name: string }[] = [];
  const titles: { sheet: number; rows: number; name: string }[] = [];
  let rowsDone = 0;

  sheets.forEach((sheet, si) => {
    const f = new ZipDeflate(`xl/worksheets/sheet${si + 1}.xml`, { level: DEFLATE_LEVEL });
    f.mtime = mtime;
    zip.add(f);
    let buf = XML_HEAD + `<worksheet ${NS}>`;
    const flush = (final: boolean) => {
      f.push(strToU8(buf), final);
      buf = '';
    };
    if (sheet.landscape) buf += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
    const freeze = sheet.freezeRows ?? 0;
    buf += '<sheetViews><sheetView workbookViewId="0"' + (si === 0 ? ' tabSelected="1"' : '') + '>';
    buf += freeze > 0 ? `<pane ySplit="${freeze}" topLeftCell="A${freeze + 1}" activePane="bottomLeft" state="frozen"/>` : '';
    buf += '</sheetView></sheetViews>';
    if (sheet.widths?.length) {
      buf += '<cols>' + sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('') + '</cols>';
    }
    buf += '<sheetData>';
    let r = 0;
    let maxCol = 0;
    const fmts = sheet.numberFormats ?? {};
    for (const row of sheet.rows) {
      r++;
      let cells = '';
      for (let c = 0; c < row.length; c++) cells += cellXml(colLetter(c) + r, row[c], fmts[c]);
      if (row.length > maxCol) maxCol = row.length;
      if (cells !== '') buf += `<row r="${r}">${cells}</row>`;
      if (buf.length > CHUNK) flush(false);
      if (++rowsDone % 5000 === 0) options.onRows?.(rowsDone);
    }
    buf += '</sheetData>';
    if (sheet.autoFilter && freeze > 0 && maxCol > 0) {
      const ref = `A${freeze}:${colLetter(maxCol - 1)}${Math.max(r, freeze)}`;
      buf += `<autoFilter ref="${ref}"/>`;
      filters.push({ sheet: si, ref, name: sheet.name });
    }
    if (freeze > 0) titles.push({ sheet: si, rows: freeze, name: sheet.name });
    buf += '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
    buf += `<pageSetup paperSize="9" orientation="${sheet.landscape ? 'landscape' : 'portrait'}"${sheet.landscape ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`;
    buf += `<headerFooter><oddFooter>&amp;L${xmlEscape(sheet.name)}&amp;RSide &amp;P av &amp;N</oddFooter></headerFooter>`;
    buf += '</worksheet>';
    flush(true);
  });

  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;
  const defined = [
    ...filters.map((x) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${x.sheet}" hidden="1">${xmlEscape(quoted(x.name))}!$${x.ref.replace(/([A-Z]+)(\d+)/g, '$1$$$2').replace(':', ':$')}</definedName>`),
    ...titles.map((x) => `<definedName name="_xlnm.Print_Titles" localSheetId="${x.sheet}">${xmlEscape(quoted(x.name))}!$1:$${x.rows}</definedName>`),
  ];
  addFile(
    'xl/workbook.xml',
    XML_HEAD +
      `<workbook ${NS}><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
      sheets.map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets>' +
      (defined.length ? `<definedNames>${defined.join('')}</definedNames>` : '') +
      '<calcPr calcId="191029"/></workbook>',
  );
  addFile('xl/styles.xml', STYLES);
  addFile(
    'xl/_rels/workbook.xml.rels',
    XML_HEAD +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  addFile(
    '_rels/.rels',
    XML_HEAD +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  addFile(
    '[Content_Types].xml',
    XML_HEAD +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheets.map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
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
