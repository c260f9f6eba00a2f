/**
 * Writes the tagged-PDF parts with pdf-lib's low-level objects: the structure tree (StructTreeRoot,
 * one StructElem per element of {@link Tagger}'s tree, marked-content references, TH scope and
 * spans, Figure /Alt, list numbering), the ParentTree (per page: MCID → element), each page's
 * /StructParents and /Tabs /S, MarkInfo, and the XMP metadata with the PDF/UA identification.
 */
import { PDFHexString, PDFName, PDFNumber, PDFObject, PDFRawStream, utf8Encode } from 'pdf-lib';
import type { PDFDocument, PDFPage, PDFRef } from 'pdf-lib';
import type { DocumentMeta } from '../document.ts';
import type { PageCanvas } from './canvas.ts';
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
 * An indirect object written as prepared PDF syntax (ASCII). A 9 000-row table has ~80 000
 * structure elements: as pdf-lib PDFDicts they cost ~5x the time of the whole untagged document,
 * as one string each they cost little. pdf-lib still packs them into its object streams.
 */
class RawObject extends PDFObject {
  constructor(private readonly src: string) {
    super();
  }
  override clone(): RawObject {
    return new RawObject(this.src);
  }
  override toString(): string {
    return this.src;
  }
  override sizeInBytes(): number {
    return this.src.length;
  }
  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    const s = this.src;
    for (let i = 0; i < s.length; i++) buffer[offset + i] = s.charCodeAt(i);
    return s.length;
  }
}

/**
 * Adds the structure tree of `root` and the ParentTree for `canvases` (parallel to `pages`).
 * Returns the object reference ("12 0 R") of each element.
 */
export function writeStructure(pdf: PDFDocument, root: StructElem, canvases: readonly PageCanvas[], pages: readonly PDFPage[]): Map<StructElem, PDFRef> {
  const ctx = pdf.context;
  prune(root);
  const refs = new Map<StructElem, PDFRef>();
  const pageRefs = pages.map((p) => p.ref.toString());
  const treeRoot = ctx.nextRef();

  // Numbers first, so a parent can name its children before they are written.
  const number = (el: StructElem) => {
    refs.set(el, ctx.nextRef());
    for (const k of el.kids) if (isElem(k)) number(k);
  };
  number(root);

  // Recursion depth is the tree's depth (Document > Table > TBody > TR > TD), never the row count.
  const write = (el: StructElem, parent: string) => {
    const ref = refs.get(el)!;
    const name = ref.toString();
    let firstPage = -1;
    for (const k of el.kids) {
      if (!isElem(k)) {
        firstPage = k.page;
        break;
      }
    }
    // /Type /StructElem is optional: left out, it saves ~1 MB uncompressed in a 9 000-row table.
    let d = `<</S/${el.type}/P ${parent}`;
    if (firstPage >= 0) d += `/Pg ${pageRefs[firstPage]}`;
    if (el.alt !== undefined) d += `/Alt ${PDFHexString.fromText(el.alt).toString()}`;
    if (el.scope || el.colSpan) d += `/A<</O/Table${el.scope ? `/Scope/${el.scope}` : ''}${el.colSpan ? `/ColSpan ${el.colSpan}` : ''}>>`;
    else if (el.listNumbering) d += `/A<</O/List/ListNumbering/${el.listNumbering}>>`;
    const kids: string[] = [];
    for (const k of el.kids) {
      if (isElem(k)) kids.push(refs.get(k)!.toString());
      else if (k.page === firstPage) kids.push(String(k.mcid));
      else kids.push(`<</Type/MCR/Pg ${pageRefs[k.page]}/MCID ${k.mcid}>>`);
    }
    if (kids.length === 1) d += `/K ${kids[0]}`;
    else if (kids.length > 1) d += `/K[${kids.join(' ')}]`;
    ctx.assign(ref, new RawObject(`${d}>>`));
    for (const k of el.kids) if (isElem(k)) write(k, name);
  };
  write(root, treeRoot.toString());

  const nums: string[] = [];
  const B = PDFName.of;
  canvases.forEach((c, i) => {
    const page = pages[i]!;
    page.node.set(B('Tabs'), B('S'));
    if (c.mcids.length === 0) return;
    page.node.set(B('StructParents'), PDFNumber.of(i));
    nums.push(`${i} [${c.mcids.map((el) => (refs.get(el) ?? refs.get(root)!).toString()).join(' ')}]`);
  });
  const parentTree = ctx.register(new RawObject(`<</Nums[${nums.join('\n')}]>>`));
  ctx.assign(treeRoot, ctx.obj({ Type: 'StructTreeRoot', K: refs.get(root)!, ParentTree: parentTree, ParentTreeNextKey: canvases.length }));
  pdf.catalog.set(B('StructTreeRoot'), treeRoot);
  pdf.catalog.set(B('MarkInfo'), ctx.obj({ Marked: true }));
  return refs;
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
