/**
 * Writes the tagged-PDF parts with pdf-lib's low-level objects: the structure tree (StructTreeRoot,
 * one StructElem per element of {@link Tagger}'s tree, marked-content references, TH scope and
 * spans, Figure /Alt, list numbering), the ParentTree (per page: MCID → element), each page's
 * /StructParents and /Tabs /S, MarkInfo, and the XMP metadata with the PDF/UA identification.
 */
import { PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, utf8Encode } from 'pdf-lib';
import type { PDFDocument, PDFPage } from 'pdf-lib';
import type { DocumentMeta } from '../document.ts';
import type { PageCanvas } from './canvas.ts';
import { RawObject } from './stream-writer.ts';
import type { PreparedObjects } from './stream-writer.ts';
import type { StructElem } from './tags.ts';
import { isElem } from './tags.ts';

/** Elements kept when empty: they hold a place (an empty table cell, an empty list item's body). */
const KEEP_EMPTY = new Set(['TD', 'TH', 'TR', 'LBody']);

/** Removes elements without content or children. */
function prune(el: StructElem): boolean {
  let keep = 0;
  for (const k of el.kids) if (!isElem(k) || prune(k) || KEEP_EMPTY.has(k.type)) keep++;
  // Filtered only when something goes (rare): a long table's 80 000 elements keep their arrays.
  if (keep < el.kids.length) el.kids = el.kids.filter((k) => !isElem(k) || k.kids.length > 0 || KEEP_EMPTY.has(k.type));
  return el.kids.length > 0;
}

/**
 * Adds the structure tree of `root` and the ParentTree for `canvases` (parallel to `pages`), and
 * marks the pages (/StructParents, /Tabs /S) and the catalog (StructTreeRoot, MarkInfo). The
 * elements come back as prepared objects for {@link FastStreamWriter}: a 9 000-row table has
 * ~81 000 of them, and as pdf-lib objects (PDFDict, PDFRef, the context's map and its sort) they
 * cost several times the layout of the whole document.
 */
export function writeStructure(
  pdf: PDFDocument,
  root: StructElem,
  canvases: readonly PageCanvas[],
  pages: readonly PDFPage[],
): PreparedObjects & { objectOf: (el: StructElem) => number | undefined } {
  const ctx = pdf.context;
  prune(root);
  const pageRefs = pages.map((p) => p.ref.toString());
  const treeRoot = ctx.nextRef();

  // Numbers first (pre-order), so a parent can name its children before they are written.
  const first = ctx.largestObjectNumber + 1;
  const nums = new Map<StructElem, number>();
  const order: StructElem[] = [];
  const number = (el: StructElem) => {
    nums.set(el, first + order.length);
    order.push(el);
    for (const k of el.kids) if (isElem(k)) number(k);
  };
  number(root);
  ctx.largestObjectNumber = first + order.length - 1;

  const parentOf = new Map<StructElem, number>();
  const sources: string[] = new Array<string>(order.length);
  for (let i = 0; i < order.length; i++) {
    const el = order[i]!;
    const parent = parentOf.get(el);
    let firstPage = -1;
    for (const k of el.kids) {
      if (!isElem(k)) {
        firstPage = k.page;
        break;
      }
    }
    // /Type /StructElem is optional: left out, it saves ~1 MB uncompressed in a 9 000-row table.
    let d = `<</S/${el.type}/P ${parent === undefined ? treeRoot.toString() : `${parent} 0 R`}`;
    if (firstPage >= 0) d += `/Pg ${pageRefs[firstPage]}`;
    if (el.alt !== undefined) d += `/Alt ${PDFHexString.fromText(el.alt).toString()}`;
    if (el.scope || el.colSpan) d += `/A<</O/Table${el.scope ? `/Scope/${el.scope}` : ''}${el.colSpan ? `/ColSpan ${el.colSpan}` : ''}>>`;
    else if (el.listNumbering) d += `/A<</O/List/ListNumbering/${el.listNumbering}>>`;
    let kids = '';
    let count = 0;
    const self = nums.get(el)!;
    for (const k of el.kids) {
      const item = isElem(k) ? `${nums.get(k)!} 0 R` : k.page === firstPage ? String(k.mcid) : `<</Type/MCR/Pg ${pageRefs[k.page]}/MCID ${k.mcid}>>`;
      if (isElem(k)) parentOf.set(k, self);
      kids += count++ ? ` ${item}` : item;
    }
    if (count === 1) d += `/K ${kids}`;
    else if (count > 1) d += `/K[${kids}]`;
    sources[i] = `${d}>>`;
  }

  const parents: string[] = [];
  const B = PDFName.of;
  canvases.forEach((c, i) => {
    const page = pages[i]!;
    page.node.set(B('Tabs'), B('S'));
    if (c.mcids.length === 0) return;
    page.node.set(B('StructParents'), PDFNumber.of(i));
    parents.push(`${i} [${c.mcids.map((el) => `${nums.get(el) ?? first} 0 R`).join(' ')}]`);
  });
  const parentTree = ctx.register(new RawObject(`<</Nums[${parents.join('\n')}]>>`));
  ctx.assign(treeRoot, ctx.obj({ Type: 'StructTreeRoot', K: PDFRef.of(first), ParentTree: parentTree, ParentTreeNextKey: canvases.length }));
  pdf.catalog.set(B('StructTreeRoot'), treeRoot);
  pdf.catalog.set(B('MarkInfo'), ctx.obj({ Marked: true }));
  return { first, sources, objectOf: (el) => nums.get(el) };
}

function xml(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** XMP date: "2024-01-15T10:00:00Z". */
function xmpDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The XMP metadata packet: Dublin Core title/creator/description/subject/language, dates, producer and `pdfuaid:part 1`. */
export function xmpPacket(meta: DocumentMeta, date: Date, producer: string, creatorTool: string): string {
  const li = (v: string) => `<rdf:li>${xml(v)}</rdf:li>`;
  const alt = (v: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(v)}</rdf:li></rdf:Alt>`;
  const when = xmpDate(date);
  return [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alt(meta.title)}</dc:title>`,
    `<dc:creator><rdf:Seq>${li(meta.author)}</rdf:Seq></dc:creator>`,
    `<dc:description>${alt(meta.subject)}</dc:description>`,
    `<dc:subject><rdf:Bag>${meta.keywords.map(li).join('')}</rdf:Bag></dc:subject>`,
    `<dc:language><rdf:Bag>${li(meta.language)}</rdf:Bag></dc:language>`,
    `<xmp:CreatorTool>${xml(creatorTool)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${when}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${when}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${when}</xmp:MetadataDate>`,
    `<pdf:Producer>${xml(producer)}</pdf:Producer>`,
    `<pdf:Keywords>${xml(meta.keywords.join(' '))}</pdf:Keywords>`,
    '<pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** Adds the XMP packet as the catalog's uncompressed /Metadata stream. */
export function addXmp(pdf: PDFDocument, packet: string): void {
  const bytes = utf8Encode(packet, false);
  const stream = PDFRawStream.of(pdf.context.obj({ Type: 'Metadata', Subtype: 'XML', Length: bytes.length }), bytes);
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));
}
