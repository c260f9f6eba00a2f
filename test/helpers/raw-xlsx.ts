/**
 * Hand-written SpreadsheetML zipped with fflate, to imitate what other writers produce (Google
 * Sheets, LibreOffice, OpenXML-SDK exporters with prefixed namespaces) without needing those tools.
 */
import { strToU8, zipSync } from 'fflate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface RawSheet {
  name: string;
  /** The content of <sheetData> (without the element itself), using `p` as the element prefix. */
  sheetData: string;
  /** Extra XML after sheetData (e.g. mergeCells). */
  after?: string;
  state?: 'hidden';
}

export interface RawXlsxOptions {
  sheets: RawSheet[];
  /** Shared strings; written as <si><t>…</t></si> unless the entry already holds XML (starts with '<'). */
  sharedStrings?: string[];
  /** cellXfs numFmtIds, and custom numFmts. */
  cellXfs?: number[];
  numFmts?: Record<number, string>;
  date1904?: boolean;
  /** Element prefix for the main namespace, e.g. "x" → <x:worksheet xmlns:x="...">. */
  prefix?: string;
  /** Relationship attribute prefix (default "r"). */
  relPrefix?: string;
  /** Workbook part path (default xl/workbook.xml). */
  workbookPath?: string;
  /** Leave out sharedStrings/styles relationships (some writers rely on default names). */
  omitOptionalRels?: boolean;
}

export function rawXlsx(o: RawXlsxOptions): Uint8Array {
  const p = o.prefix ? `${o.prefix}:` : '';
  const ns = o.prefix ? `xmlns:${o.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const rp = o.relPrefix ?? 'r';
  const wbPath = o.workbookPath ?? 'xl/workbook.xml';
  const dir = wbPath.slice(0, wbPath.lastIndexOf('/') + 1);
  const wbName = wbPath.slice(dir.length);
  const files: Record<string, Uint8Array> = {};
  o.sheets.forEach((s, i) => {
    files[`${dir}worksheets/sheet${i + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns} xmlns:${rp}="${REL}"><${p}sheetData>${s.sheetData}</${p}sheetData>${s.after ?? ''}</${p}worksheet>`,
    );
  });
  const rels: string[] = o.sheets.map(
    (_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="/${dir}worksheets/sheet${i + 1}.xml"/>`,
  );
  if (o.sharedStrings) {
    files[`${dir}sharedStrings.xml`] = strToU8(
      `<?xml version="1.0"?><${p}sst ${ns}>${o.sharedStrings
        .map((s) => `<${p}si>${s.startsWith('<') ? s : `<${p}t>${s}</${p}t>`}</${p}si>`)
        .join('')}</${p}sst>`,
    );
    if (!o.omitOptionalRels) rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (o.cellXfs) {
    const fmts = Object.entries(o.numFmts ?? {});
    files[`${dir}styles.xml`] = strToU8(
      `<?xml version="1.0"?><${p}styleSheet ${ns}>${fmts.length ? `<${p}numFmts>${fmts.map(([id, code]) => `<${p}numFmt numFmtId="${id}" formatCode="${code}"/>`).join('')}</${p}numFmts>` : ''}<${p}cellStyleXfs><${p}xf numFmtId="0"/></${p}cellStyleXfs><${p}cellXfs>${o.cellXfs
        .map((id) => `<${p}xf numFmtId="${id}" fontId="0"/>`)
        .join('')}</${p}cellXfs></${p}styleSheet>`,
    );
    if (!o.omitOptionalRels) rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
  }
  files[wbPath] = strToU8(
    `<?xml version="1.0"?><${p}workbook ${ns} xmlns:${rp}="${REL}">${o.date1904 ? `<${p}workbookPr date1904="1"/>` : ''}<${p}sheets>${o.sheets
      .map((s, i) => `<${p}sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} ${rp}:id="rId${i + 1}"/>`)
      .join('')}</${p}sheets></${p}workbook>`,
  );
  files[`${dir}_rels/${wbName}.rels`] = strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${wbPath}"/></Relationships>`,
  );
  files['[Content_Types].xml'] = strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  return zipSync(files);
}

/** A row of inline-string / number cells with explicit references, for quick fixtures. */
export function rowXml(r: number, values: (string | number | null)[], prefix = ''): string {
  const p = prefix ? `${prefix}:` : '';
  const cells = values
    .map((v, i) => {
      if (v === null) return '';
      const ref = `${String.fromCharCode(65 + i)}${r}`;
      return typeof v === 'number'
        ? `<${p}c r="${ref}"><${p}v>${v}</${p}v></${p}c>`
        : `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>${v.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</${p}t></${p}is></${p}c>`;
    })
    .join('');
  return `<${p}row r="${r}">${cells}</${p}row>`;
}
