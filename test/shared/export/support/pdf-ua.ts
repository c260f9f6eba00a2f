// Test support: a checker for the machine-checkable PDF/UA-1 conditions our PDFs must meet (see
// docs/export.md). Two independent readers: pdf-lib walks the objects (catalog, fonts, structure
// tree, ParentTree); pdfjs-dist reads each page's text with its marked content, so "every text is
// tagged or an artifact" is checked against what a reader actually extracts.
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString, decodePDFRawStream } from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Standard structure types of PDF 1.7 (14.8.4); our files need no role map. */
const STANDARD = new Set(
  ('Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody ' +
    'Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form').split(' '),
);

export interface StructNode {
  role: string;
  alt?: string;
  scope?: string;
  colSpan?: number;
  /** Marked content owned directly: "objNum:mcid". */
  content: string[];
  children: StructNode[];
}

export interface PdfUaReport {
  /** Every failed condition, in words; empty when the file passes. */
  problems: string[];
  /** The structure tree (from the StructTreeRoot's first element). */
  root: StructNode | null;
  headings: { level: number }[];
  /** Counts per structure type. */
  roles: Record<string, number>;
  /** Non-blank text items found on the pages, and how many of them were artifacts. */
  textItems: number;
  artifactItems: number;
}

const N = (s: string) => PDFName.of(s);

function text(o: PDFObject | undefined): string | undefined {
  if (o instanceof PDFString || o instanceof PDFHexString) return o.decodeText();
  return undefined;
}

/** Checks `bytes` against the conditions listed in docs/export.md ("Tagged PDF"). */
export async function checkPdfUa(bytes: Uint8Array): Promise<PdfUaReport> {
  const problems: string[] = [];
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const ctx = pdf.context;
  const look = (o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? ctx.lookup(o) : o);
  const dict = (o: PDFObject | undefined): PDFDict | undefined => {
    const v = look(o);
    return v instanceof PDFDict ? v : undefined;
  };
  const cat = pdf.catalog;

  // Catalog.
  const markInfo = dict(cat.get(N('MarkInfo')));
  if (!(look(markInfo?.get(N('Marked'))) instanceof PDFBool) || look(markInfo?.get(N('Marked')))?.toString() !== 'true') problems.push('Katalogen mangler MarkInfo /Marked true');
  const lang = text(look(cat.get(N('Lang'))));
  if (!lang) problems.push('Katalogen mangler /Lang');
  const vp = dict(cat.get(N('ViewerPreferences')));
  if (look(vp?.get(N('DisplayDocTitle')))?.toString() !== 'true') problems.push('ViewerPreferences mangler /DisplayDocTitle true');
  const meta = look(cat.get(N('Metadata')));
  if (!(meta instanceof PDFRawStream)) problems.push('Katalogen mangler /Metadata (XMP)');
  else {
    const xmp = new TextDecoder().decode(decodePDFRawStream(meta).decode());
    if (!/<pdfuaid:part>1<\/pdfuaid:part>|pdfuaid:part="1"/.test(xmp)) problems.push('XMP mangler PDF/UA-identifikasjon (pdfuaid:part 1)');
    if (!/<dc:title>[\s\S]*?<rdf:li[^>]*>[^<]+<\/rdf:li>/.test(xmp)) problems.push('XMP mangler dc:title');
  }
  if (!pdf.getTitle()) problems.push('Dokumentet mangler tittel');
  const treeRoot = dict(cat.get(N('StructTreeRoot')));
  if (!treeRoot) problems.push('Katalogen mangler /StructTreeRoot');
  const parentTree = dict(treeRoot?.get(N('ParentTree')));
  if (treeRoot && !parentTree) problems.push('StructTreeRoot mangler /ParentTree');
  if (dict(cat.get(N('Outlines'))) === undefined) problems.push('Dokumentet mangler bokmerker (/Outlines)');

  // Pages and fonts.
  const pages = pdf.getPages();
  const seenFonts = new Set<PDFDict>();
  pages.forEach((p, i) => {
    if (look(p.node.get(N('Tabs')))?.toString() !== '/S') problems.push(`Side ${i + 1} mangler /Tabs /S`);
    const fonts = dict(dict(p.node.get(N('Resources')))?.get(N('Font')));
    for (const [, ref] of fonts?.entries() ?? []) {
      const f = dict(ref);
      if (!f || seenFonts.has(f)) continue;
      seenFonts.add(f);
      const name = look(f.get(N('BaseFont')))?.toString() ?? '';
      if (!/^\/[A-Z]{6}\+/.test(name)) problems.push(`Fonten ${name} har ikke delsett-merke (ABCDEF+)`);
      if (!f.get(N('ToUnicode'))) problems.push(`Fonten ${name} mangler /ToUnicode`);
      const desc = look(f.get(N('DescendantFonts')));
      const cid = desc instanceof PDFArray ? dict(desc.get(0)) : f;
      const fd = dict(cid?.get(N('FontDescriptor')));
      if (!fd || !(fd.get(N('FontFile2')) || fd.get(N('FontFile3')) || fd.get(N('FontFile')))) problems.push(`Fonten ${name} er ikke innebygd`);
    }
  });

  // Structure tree.
  const owned = new Map<string, StructNode>();
  const roles: Record<string, number> = {};
  const headings: { level: number }[] = [];
  const walk = (d: PDFDict, pageOf: string | undefined, depth: number): StructNode => {
    const role = look(d.get(N('S')))?.toString().slice(1) ?? '?';
    roles[role] = (roles[role] ?? 0) + 1;
    if (!STANDARD.has(role)) problems.push(`Strukturtypen ${role} er ikke standard og har ingen rollekart`);
    const node: StructNode = { role, content: [], children: [] };
    const alt = text(look(d.get(N('Alt'))));
    if (alt !== undefined) node.alt = alt;
    const attrs = look(d.get(N('A')));
    for (const a of attrs instanceof PDFArray ? attrs.asArray().map(dict) : [dict(attrs)]) {
      const scope = look(a?.get(N('Scope')))?.toString().slice(1);
      if (scope) node.scope = scope;
      const span = look(a?.get(N('ColSpan')));
      if (span instanceof PDFNumber) node.colSpan = span.asNumber();
    }
    const pg = d.get(N('Pg'));
    const here = pg instanceof PDFRef ? `${pg.objectNumber}` : pageOf;
    const m = /^H([1-6])$/.exec(role);
    if (m) headings.push({ level: Number(m[1]) });
    const kids = look(d.get(N('K')));
    for (const k of kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : []) {
      const v = look(k);
      if (v instanceof PDFNumber) node.content.push(`${here}:${v.asNumber()}`);
      else if (v instanceof PDFDict) {
        const type = look(v.get(N('Type')))?.toString();
        if (type === '/MCR') {
          const mpg = v.get(N('Pg'));
          node.content.push(`${mpg instanceof PDFRef ? mpg.objectNumber : here}:${(look(v.get(N('MCID'))) as PDFNumber).asNumber()}`);
        } else if (type === '/OBJR') continue;
        else if (depth < 64) node.children.push(walk(v, here, depth + 1));
      }
    }
    for (const c of node.content) {
      if (owned.has(c)) problems.push(`Innhold ${c} hører til flere strukturelementer`);
      owned.set(c, node);
    }
    return node;
  };
  const top = look(treeRoot?.get(N('K')));
  const first = top instanceof PDFArray ? dict(top.get(0)) : dict(top);
  const root = first ? walk(first, undefined, 0) : null;
  if (treeRoot && !root) problems.push('Strukturtreet er tomt');

  // Element rules.
  const visit = (n: StructNode, fn: (n: StructNode) => void) => {
    fn(n);
    n.children.forEach((c) => visit(c, fn));
  };
  const has = (n: StructNode, role: string): boolean => n.children.some((c) => c.role === role || has(c, role));
  if (root) {
    visit(root, (n) => {
      if (n.role === 'Figure' && !n.alt?.trim()) problems.push('En figur mangler alternativ tekst (/Alt)');
      if (n.role === 'Table') {
        if (!has(n, 'TH')) problems.push('En tabell har ingen overskriftsceller (TH)');
        const rows: StructNode[] = [];
        visit(n, (r) => r.role === 'TR' && rows.push(r));
        const widths = new Set(rows.map((r) => r.children.filter((c) => c.role === 'TH' || c.role === 'TD').reduce((s, c) => s + (c.colSpan ?? 1), 0)));
        if (widths.size > 1) problems.push(`En tabell har rader med ulikt antall celler (${[...widths].join(', ')})`);
      }
      if (n.role === 'TH' && !n.scope) problems.push('En overskriftscelle (TH) mangler /Scope');
      if ((n.role === 'TR' || n.role === 'THead' || n.role === 'TBody') && n.content.length) problems.push(`${n.role} eier innhold direkte`);
      if (n.role === 'LI' && !n.children.some((c) => c.role === 'LBody')) problems.push('Et listepunkt (LI) mangler LBody');
    });
  }
  if (headings.length && headings[0]!.level !== 1) problems.push(`Første overskrift er H${headings[0]!.level}, ikke H1`);
  headings.forEach((h, i) => {
    if (i > 0 && h.level > headings[i - 1]!.level + 1) problems.push(`Overskriftsnivå hoppes over: H${headings[i - 1]!.level} → H${h.level}`);
  });

  // ParentTree: each page's array maps MCID → the element that owns it.
  const parents = new Map<number, PDFArray>();
  const nums = look(parentTree?.get(N('Nums')));
  if (nums instanceof PDFArray) {
    for (let i = 0; i + 1 < nums.size(); i += 2) {
      const arr = look(nums.get(i + 1));
      if (arr instanceof PDFArray) parents.set((look(nums.get(i)) as PDFNumber).asNumber(), arr);
    }
  }

  // Text on the pages, with marked content (pdfjs).
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  let textItems = 0;
  let artifactItems = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const stack: { tag: string; id: string | null }[] = [];
    const objNum = pages[p - 1]!.ref.objectNumber;
    const structParents = look(pages[p - 1]!.node.get(N('StructParents')));
    const parentArr = structParents instanceof PDFNumber ? parents.get(structParents.asNumber()) : undefined;
    let untagged = 0;
    for (const it of content.items) {
      if ('type' in it) {
        // pdfjs sets `tag` (the marked-content tag) at run time; its types leave it out.
        const mc = it as { type: string; id?: string | null; tag?: string | null };
        if (mc.type === 'beginMarkedContent' || mc.type === 'beginMarkedContentProps') stack.push({ tag: mc.tag ?? '', id: mc.id ?? null });
        else if (it.type === 'endMarkedContent') stack.pop();
        continue;
      }
      if (!('str' in it) || it.str.trim() === '') continue;
      textItems++;
      if (stack.some((s) => s.tag === 'Artifact')) {
        artifactItems++;
        continue;
      }
      const mc = [...stack].reverse().find((s) => s.id !== null);
      const m = mc ? /_mc(\d+)$/.exec(mc.id!) : null;
      const key = m ? `${objNum}:${m[1]}` : null;
      if (!key || !owned.has(key)) {
        untagged++;
        if (untagged <= 3) problems.push(`Side ${p}: teksten «${it.str.slice(0, 40)}» er verken i et strukturelement eller et artefakt`);
        continue;
      }
      const mcid = Number(m![1]);
      const parent = dict(parentArr?.get(mcid));
      const k = look(parent?.get(N('K')));
      const refersBack = (k instanceof PDFArray ? k.asArray() : [k]).some((x) => {
        const v = look(x);
        return (v instanceof PDFNumber && v.asNumber() === mcid) || (v instanceof PDFDict && (look(v.get(N('MCID'))) as PDFNumber | undefined)?.asNumber() === mcid);
      });
      if (!refersBack) problems.push(`Side ${p}: ParentTree peker ikke på eieren av MCID ${mcid}`);
    }
    if (untagged > 3) problems.push(`Side ${p}: ${untagged - 3} tekster til uten struktur`);
    if (content.items.length && structParents === undefined && textItems > artifactItems) problems.push(`Side ${p} mangler /StructParents`);
  }
  await doc.destroy();
  return { problems, root, headings, roles, textItems, artifactItems };
}

/** The structure tree as indented roles (for reading a failing test). */
export function dumpStructure(n: StructNode | null, depth = 0, out: string[] = []): string[] {
  if (!n) return out;
  out.push(`${'  '.repeat(depth)}${n.role}${n.alt ? ` alt="${n.alt.slice(0, 60)}"` : ''}${n.scope ? ` scope=${n.scope}` : ''}${n.colSpan ? ` colspan=${n.colSpan}` : ''}`);
  n.children.forEach((c) => dumpStructure(c, depth + 1, out));
  return out;
}
