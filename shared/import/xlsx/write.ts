/**
 * A small .xlsx writer (SpreadsheetML strings zipped with fflate): enough for the canonical report
 * workbook, the import template and test fixtures — text, numbers, dates, booleans, bold headers,
 * column widths, frozen header rows, merged cells and drop-down lists. Pure, so it runs in the
 * renderer, a worker and the CLI alike.
 */
import { strToU8, zipSync } from 'fflate';
import { columnLetter } from '../issues.ts';
import { isoToSerial } from './styles.ts';

/** Cell styles the writer knows. */
export type CellStyle = 'header' | 'title' | 'wrap' | 'date';

export type WriteValue = string | number | boolean | null | undefined;
/** A cell: a plain value, a date, or a value with a style. */
export type WriteCell = WriteValue | { date: string } | { value: WriteValue; style?: CellStyle };

export interface WriteValidation {
  /** Range, e.g. "D2:D2000". */
  range: string;
  /** Allowed values (a drop-down list). */
  list: readonly string[];
}

export interface WriteSheet {
  name: string;
  rows: readonly (readonly WriteCell[])[];
  /** Column widths in characters. */
  widths?: readonly number[];
  /** Freeze the first n rows. */
  freezeRows?: number;
  validations?: readonly WriteValidation[];
  merges?: readonly string[];
  hidden?: boolean;
}

const STYLE_INDEX: Record<CellStyle, number> = { header: 1, title: 2, wrap: 3, date: 4 };

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
    // characters XML 1.0 cannot hold
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    // a literal "_x0041_" would otherwise be read back as an escaped character
    .replace(/_x([0-9a-fA-F]{4})_/g, '_x005F_x$1_');

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/></numFmts><fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="14"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDE7F0"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  add(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

function cellXml(ref: string, cell: WriteCell, strings: SharedStrings): string {
  let value: WriteValue;
  let style: CellStyle | undefined;
  if (cell !== null && typeof cell === 'object') {
    if ('date' in cell) {
      return `<c r="${ref}" s="${STYLE_INDEX.date}"><v>${isoToSerial(cell.date)}</v></c>`;
    }
    value = cell.value;
    style = cell.style;
  } else value = cell;
  const s = style ? ` s="${STYLE_INDEX[style]}"` : '';
  if (value === null || value === undefined || value === '') return s ? `<c r="${ref}"${s}/>` : '';
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : '';
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="s"><v>${strings.add(value)}</v></c>`;
}

function sheetXml(sheet: WriteSheet, strings: SharedStrings): string {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
  ];
  if (sheet.freezeRows) {
    parts.push(`<sheetViews><sheetView workbookViewId="0"><pane ySplit="${sheet.freezeRows}" topLeftCell="A${sheet.freezeRows + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`);
  }
  if (sheet.widths && sheet.widths.length > 0) {
    parts.push('<cols>', ...sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`), '</cols>');
  }
  parts.push('<sheetData>');
  sheet.rows.forEach((row, r) => {
    let cells = '';
    for (let c = 0; c < row.length; c++) cells += cellXml(`${columnLetter(c)}${r + 1}`, row[c], strings);
    if (cells !== '') parts.push(`<row r="${r + 1}">${cells}</row>`);
  });
  parts.push('</sheetData>');
  if (sheet.merges && sheet.merges.length > 0) {
    parts.push(`<mergeCells count="${sheet.merges.length}">`, ...sheet.merges.map((m) => `<mergeCell ref="${m}"/>`), '</mergeCells>');
  }
  if (sheet.validations && sheet.validations.length > 0) {
    parts.push(`<dataValidations count="${sheet.validations.length}">`);
    for (const v of sheet.validations) {
      parts.push(
        `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="Ugyldig verdi" error="${esc(`Velg en av: ${v.list.join(', ')}`)}" sqref="${v.range}"><formula1>"${esc(v.list.join(','))}"</formula1></dataValidation>`,
      );
    }
    parts.push('</dataValidations>');
  }
  parts.push('</worksheet>');
  return parts.join('');
}

/** Writes sheets into .xlsx bytes. Sheet names must be unique, at most 31 characters, without []:*?/\. */
export function writeXlsx(sheets: readonly WriteSheet[]): Uint8Array {
  const strings = new SharedStrings();
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s, strings));
  });
  const sst = strings.list.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('');
  files['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.list.length}" uniqueCount="${strings.list.length}">${sst}</sst>`,
  );
  files['xl/styles.xml'] = strToU8(STYLES);
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="${Math.max(0, sheets.findIndex((s) => !s.hidden))}"/></bookViews><sheets>${sheets
      .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${sheets.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  files['_rels/.rels'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
      .join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  // mtime fixed so the same content gives the same bytes (committed example files stay stable)
  return zipSync(files, { level: 6, mtime: new Date(Date.UTC(2020, 0, 1)) });
}
