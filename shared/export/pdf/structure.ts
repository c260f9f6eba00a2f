/**
 * Writes the tagged-PDF parts with pdf-lib's low-level objects: the structure tree (StructTreeRoot,
 * one StructElem per element of {@link Tagger}'s tree, marked-content references, TH scope and
 * spans, Figure /Alt, list numbering), the ParentTree (per page: MCID → element), each page's
 * /StructParents and /Tabs /S, MarkInfo, and the XMP metadata with the PDF/UA identification.
 */
import { PDFArray, PDFHexString, PDFName, PDFNumber, PDFRawStream, utf8Encode } from 'pdf-lib';
import type { PDFDict, PDFDocument, PDFPage, PDFRef } from 'pdf-lib';
import type { DocumentMeta } from '../document.ts';
import type { PageCanvas } from './canvas.ts';
import type { MarkedRef, StructElem } from './tags.ts';
import { isElem } from './tags.ts';

/** Removes elements without content or children (a table cell left empty keeps its place). */
function prune(el: StructElem): boolean {
  el.kids = el.kids.filter((k) => !isElem(k) || prune(k) || k.type === 'TD' || k.type === 'TH' || k.type === 'TR');
  return el.kids.length > 0;
}

/**
 * Adds the structure tree of `root` and the ParentTree for `canvases` (parallel to `pages`).
 * Returns the reference of each element, for outline items pointing at their heading (/SE).
 */
export function writeStructure(pdf: PDFDocument, root: StructElem, canvases: readonly PageCanvas[], pages: readonly PDFPage[]): Map<StructElem, PDFRef> {
  const ctx = pdf.context;
  prune(root);
  const refs = new Map<StructElem, PDFRef>();
  const treeRoot = ctx.nextRef();
  const pageRef = (p: number) => pages[p]!.ref;
  const B = PDFName.of;
  const [TYPE, S, P, K, PG, ALT, A, O, MCID] = ['Type', 'S', 'P', 'K', 'Pg', 'Alt', 'A', 'O', 'MCID'].map(B) as [PDFName, PDFName, PDFName, PDFName, PDFName, PDFName, PDFName, PDFName, PDFName];
  const STRUCT_ELEM = B('StructElem');
  const MCR = B('MCR');

  // Recursion depth is the tree's depth (Document > Table > TBody > TR > TD), never the row count.
  const visit = (el: StructElem, parent: PDFRef) => {
    const ref = ctx.nextRef();
    refs.set(el, ref);
    const dict = ctx.obj({}) as PDFDict;
    dict.set(TYPE, STRUCT_ELEM);
    dict.set(S, B(el.type));
    dict.set(P, parent);
    const firstMc = el.kids.find((k): k is MarkedRef => !isElem(k));
    if (firstMc) dict.set(PG, pageRef(firstMc.page));
    if (el.alt !== undefined) dict.set(ALT, PDFHexString.fromText(el.alt));
    if (el.scope || el.colSpan) {
      const attrs = ctx.obj({}) as PDFDict;
      attrs.set(O, B('Table'));
      if (el.scope) attrs.set(B('Scope'), B(el.scope));
      if (el.colSpan) attrs.set(B('ColSpan'), PDFNumber.of(el.colSpan));
      dict.set(A, attrs);
    } else if (el.listNumbering) {
      dict.set(A, ctx.obj({ O: 'List', ListNumbering: el.listNumbering }));
    }
    const kids = PDFArray.withContext(ctx);
    for (const k of el.kids) {
      if (isElem(k)) kids.push(visit(k, ref));
      else if (firstMc && k.page === firstMc.page) kids.push(PDFNumber.of(k.mcid));
      else {
        const mcr = ctx.obj({}) as PDFDict;
        mcr.set(TYPE, MCR);
        mcr.set(PG, pageRef(k.page));
        mcr.set(MCID, PDFNumber.of(k.mcid));
        kids.push(mcr);
      }
    }
    if (kids.size() > 0) dict.set(K, kids.size() === 1 && !isElem(el.kids[0]!) ? kids.get(0) : kids);
    ctx.assign(ref, dict);
    return ref;
  };
  const docRef = visit(root, treeRoot);

  const nums = PDFArray.withContext(ctx);
  canvases.forEach((c, i) => {
    const page = pages[i]!;
    page.node.set(B('Tabs'), B('S'));
    if (c.mcids.length === 0) return;
    page.node.set(B('StructParents'), PDFNumber.of(i));
    const arr = PDFArray.withContext(ctx);
    for (const el of c.mcids) arr.push(refs.get(el) ?? docRef);
    nums.push(PDFNumber.of(i));
    nums.push(ctx.register(arr));
  });
  const parentTree = ctx.register(ctx.obj({ Nums: nums }));
  ctx.assign(treeRoot, ctx.obj({ Type: 'StructTreeRoot', K: docRef, ParentTree: parentTree, ParentTreeNextKey: canvases.length }));
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
