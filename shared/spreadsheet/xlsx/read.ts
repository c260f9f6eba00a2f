/** Reads an .xlsx workbook (all sheets) into the generic {@link Workbook} model. */
import { decodeXmlPart, PartEncodingError } from '../encoding.ts';
import { UnreadableFileError } from '../errors.ts';
import type { Sheet, Workbook } from '../workbook.ts';
import { readSheet, sharedStringCells, SheetLimitError } from './sheet.ts';
import { readDateStyles } from './styles.ts';
import { attrs, decodeXml, nextTag, textAt } from './xml.ts';
import { DEFAULT_ZIP_LIMITS, listZip, unzipChecked } from './zip.ts';
import type { ZipCodec, ZipLimits } from './zip.ts';

interface Relationship {
  type: string;
  target: string;
}

function readRels(xml: string | undefined, baseDir: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  if (!xml) return out;
  let pos = 0;
  for (let tag = nextTag(xml, pos); tag; tag = nextTag(xml, pos)) {
    pos = tag.end;
    if (tag.name !== 'Relationship' || tag.close) continue;
    const a = attrs(xml, tag.attrStart, tag.attrEnd);
    if (a.Id && a.Target && a.TargetMode !== 'External') out.set(a.Id, { type: a.Type ?? '', target: resolvePath(baseDir, a.Target) });
  }
  return out;
}

/** Resolves a relationship target against the folder of the part that holds it. */
function resolvePath(baseDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : baseDir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Shared strings table: each <si> as plain text (rich-text runs joined, phonetic runs dropped). */
export function readSharedStrings(xml: string): string[] {
  // A big report holds tens of thousands of strings, nearly all a lone <t> in an <si>: those are
  // cut out directly; anything else (runs, phonetic guides, CDATA) goes through the tag walk.
  const prefix = rootPrefix(xml);
  const siOpen = `<${prefix}si`;
  const siClose = `</${prefix}si>`;
  const tOpen = `<${prefix}t`;
  const tClose = `</${prefix}t>`;
  const out: string[] = [];
  for (let pos = xml.indexOf(siOpen); pos >= 0; pos = xml.indexOf(siOpen, pos + 1)) {
    const after = pos + siOpen.length;
    const c = xml.charCodeAt(after);
    if (c === 47) {
      out.push(''); // <si/>
      continue;
    }
    if (c !== 62 && c > 32) continue; // another element whose name starts with "si"
    const gt = xml.indexOf('>', after);
    const end = xml.indexOf(siClose, after);
    if (gt < 0 || end < 0) break;
    const body = gt + 1;
    const tc = xml.charCodeAt(body + tOpen.length);
    if (xml.startsWith(tOpen, body) && (tc === 62 || tc <= 32)) {
      const tGt = xml.indexOf('>', body);
      const tEnd = xml.indexOf('<', tGt);
      if (xml.charCodeAt(tGt - 1) !== 47 && tEnd + tClose.length === end && xml.startsWith(tClose, tEnd)) {
        out.push(decodeXml(xml.slice(tGt + 1, tEnd)));
        pos = end;
        continue;
      }
    }
    out.push(readSharedStringsByTags(xml.slice(pos, end + siClose.length))[0] ?? '');
    pos = end;
  }
  // elements under another prefix than the root's: take the general walk
  return out.length > 0 ? out : readSharedStringsByTags(xml);
}

/** The namespace prefix of the document's root element ("x:" or ""). */
function rootPrefix(xml: string): string {
  const tag = nextTag(xml, 0);
  const start = tag ? tag.start + 1 : 0;
  const name = tag ? xml.slice(start, tag.attrStart) : '';
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(0, colon + 1) : '';
}

/** The general walk over a shared-strings fragment, tag by tag. */
function readSharedStringsByTags(xml: string): string[] {
  const out: string[] = [];
  let current: string | null = null;
  let pos = 0;
  for (let tag = nextTag(xml, pos); tag; tag = nextTag(xml, pos)) {
    pos = tag.end;
    if (tag.name === 'si') {
      if (tag.close) {
        out.push(current ?? '');
        current = null;
      } else if (tag.selfClosing) out.push('');
      else current = '';
    } else if (tag.name === 't' && !tag.close && !tag.selfClosing && current !== null) {
      const t = textAt(xml, tag.end);
      current += t.text;
      pos = t.end;
    } else if (tag.name === 'rPh' && !tag.close && !tag.selfClosing) {
      const e = xml.indexOf('rPh>', tag.end);
      if (e >= 0) pos = e + 4;
    }
  }
  return out;
}

/** Options for {@link readXlsx}. */
export interface ReadXlsxOptions {
  limits?: Partial<ZipLimits>;
  /** Native inflate and CRC where the host has them (see {@link ZipCodec}). */
  codec?: ZipCodec;
}

/**
 * Reads every worksheet of an .xlsx file. Throws {@link UnreadableFileError} with a Norwegian
 * message when the archive is corrupt, too large, or not a workbook.
 */
export function readXlsx(bytes: Uint8Array, fileName: string, options: ReadXlsxOptions = {}): Workbook {
  // Limits a caller leaves out keep their defaults.
  const limits: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...options.limits };
  const names = listZip(bytes, fileName, limits).map((e) => e.name);
  const lower = new Map(names.map((n) => [n.toLowerCase(), n]));
  const find = (path: string) => lower.get(path.toLowerCase());
  // a part that is not UTF-8 or UTF-16 is refused, named, rather than read with its values changed
  const decode = (data: Uint8Array | undefined, part = '') => {
    try {
      return data ? decodeXmlPart(data) : undefined;
    } catch (e) {
      if (e instanceof PartEncodingError) throw new UnreadableFileError(fileName, `${fileName}: ${part}: ${e.message}`);
      throw e;
    }
  };

  // Small parts first: the package relationships name the workbook part.
  const small = unzipChecked(bytes, fileName, (n) => n.toLowerCase().endsWith('.rels'), limits);
  const rootRels = readRels(decode(small.get(find('_rels/.rels') ?? ''), 'delen _rels/.rels'), '');
  const officeDoc = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'));
  const workbookPath = find(officeDoc?.target ?? 'xl/workbook.xml') ?? find('xl/workbook.xml');
  if (!workbookPath) {
    throw new UnreadableFileError(fileName, `${fileName}: filen er et zip-arkiv, men ikke en Excel-arbeidsbok (.xlsx).`);
  }
  const baseDir = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1) : '';
  const relsPath = find(`${baseDir}_rels/${workbookPath.slice(baseDir.length)}.rels`);
  const wbRels = readRels(decode(relsPath ? small.get(relsPath) : undefined, `delen ${relsPath}`), baseDir);

  const sharedPath = find([...wbRels.values()].find((r) => r.type.endsWith('/sharedStrings'))?.target ?? `${baseDir}sharedStrings.xml`);
  const stylesPath = find([...wbRels.values()].find((r) => r.type.endsWith('/styles'))?.target ?? `${baseDir}styles.xml`);
  const workbookXml = decode(unzipChecked(bytes, fileName, (n) => n === workbookPath, limits).get(workbookPath), `delen ${workbookPath}`) ?? '';

  // Sheets in workbook order, with the part each one lives in.
  const sheetRefs: { name: string; hidden: boolean; path: string | undefined }[] = [];
  let date1904 = false;
  let pos = 0;
  for (let tag = nextTag(workbookXml, pos); tag; tag = nextTag(workbookXml, pos)) {
    pos = tag.end;
    if (tag.close) continue;
    if (tag.name === 'workbookPr') {
      const v = attrs(workbookXml, tag.attrStart, tag.attrEnd).date1904;
      date1904 = v === '1' || v === 'true';
    } else if (tag.name === 'sheet') {
      const a = attrs(workbookXml, tag.attrStart, tag.attrEnd);
      const rel = a.id ? wbRels.get(a.id) : undefined;
      sheetRefs.push({ name: a.name ?? `Ark${sheetRefs.length + 1}`, hidden: (a.state ?? 'visible') !== 'visible', path: rel ? find(rel.target) : undefined });
    }
  }
  if (sheetRefs.length === 0) {
    throw new UnreadableFileError(fileName, `${fileName}: arbeidsboken har ingen regneark.`);
  }
  const wanted = new Set<string>(sheetRefs.flatMap((s) => (s.path ? [s.path] : [])));
  if (sharedPath) wanted.add(sharedPath);
  if (stylesPath) wanted.add(stylesPath);
  const parts = unzipChecked(bytes, fileName, (n) => wanted.has(n), limits, options.codec);
  // A part's bytes are let go once it is decoded, before its text is scanned: reading a
  // 100k-tiltak report held every part's bytes and the sheet's text at once.
  const text = (path: string, part: string) => {
    const data = parts.get(path);
    parts.delete(path);
    return decode(data, part);
  };
  const sharedXml = sharedPath ? text(sharedPath, `tabellen over delt tekst (${sharedPath})`) : undefined;
  const stylesXml = stylesPath ? text(stylesPath, `stilene (${stylesPath})`) : undefined;
  const ctx = {
    sharedCells: sharedStringCells(sharedXml ? readSharedStrings(sharedXml) : []),
    dateStyles: stylesXml ? readDateStyles(stylesXml) : [],
    date1904,
  };
  const sheets: Sheet[] = [];
  for (const ref of sheetRefs) {
    // chartsheets and missing parts have no cells, nor has a part read already
    const xml = ref.path ? text(ref.path, `ark «${ref.name}»`) : undefined;
    if (xml === undefined) {
      sheets.push({ name: ref.name, hidden: ref.hidden, rows: [] });
      continue;
    }
    try {
      const sheet = readSheet(xml, ctx);
      sheets.push({ name: ref.name, hidden: ref.hidden, rows: sheet.rows, ...(sheet.warnings.length > 0 && { warnings: sheet.warnings }) });
    } catch (e) {
      if (e instanceof SheetLimitError) throw new UnreadableFileError(fileName, `${fileName}: ark «${ref.name}»: ${e.message}`);
      throw e;
    }
  }
  // OPC and Excel treat sheet names alike regardless of case; two such sheets are likely a mistake
  const seen = new Map<string, string>();
  for (const sh of sheets) {
    const key = sh.name.toLocaleLowerCase('nb-NO');
    const other = seen.get(key);
    if (other !== undefined) (sh.warnings ??= []).push({ row: null, column: null, message: `Arket «${sh.name}» har samme navn som arket «${other}» bortsett fra store og små bokstaver.` });
    else seen.set(key, sh.name);
  }
  return { fileName, format: 'xlsx', sheets };
}
