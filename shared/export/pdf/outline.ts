/**
 * The PDF outline (bookmarks): level-1 headings at the top, level-2 headings under the level-1
 * heading before them, so a reader can jump to "Anbefaling" or an alternative directly.
 */
import { PDFHexString, PDFName, PDFRef } from 'pdf-lib';
import type { PDFDict, PDFDocument } from 'pdf-lib';
import type { StructElem } from './tags.ts';

export interface OutlineHeading {
  level: number;
  text: string;
  /** 0-based page index. */
  page: number;
  /** Top of the heading in points from the top of the page. */
  y: number;
  /** The heading's structure element: the bookmark points at it too (/SE). */
  elem?: StructElem;
}

interface OutlineNode {
  ref: PDFRef;
  dict: PDFDict;
  children: OutlineNode[];
}

function link(ctx: PDFDocument['context'], parent: PDFRef, nodes: OutlineNode[]): number {
  let count = 0;
  nodes.forEach((n, i) => {
    n.dict.set(PDFName.of('Parent'), parent);
    if (i > 0) n.dict.set(PDFName.of('Prev'), nodes[i - 1]!.ref);
    if (i < nodes.length - 1) n.dict.set(PDFName.of('Next'), nodes[i + 1]!.ref);
    if (n.children.length) {
      const inner = link(ctx, n.ref, n.children);
      n.dict.set(PDFName.of('First'), n.children[0]!.ref);
      n.dict.set(PDFName.of('Last'), n.children.at(-1)!.ref);
      n.dict.set(PDFName.of('Count'), ctx.obj(inner));
      count += inner;
    }
    ctx.assign(n.ref, n.dict);
    count++;
  });
  return count;
}

/**
 * Adds the outline of `headings` (levels 1–2) to the document; `objectOf` gives the object number
 * of a heading's structure element, for the bookmark's /SE.
 */
export function addOutline(pdf: PDFDocument, headings: readonly OutlineHeading[], objectOf?: (el: StructElem) => number | undefined): void {
  const items = headings.filter((h) => h.level <= 2);
  if (items.length === 0) return;
  const ctx = pdf.context;
  const pages = pdf.getPages();
  const top: OutlineNode[] = [];
  let parent: OutlineNode | null = null;
  for (const h of items) {
    const page = pages[h.page];
    if (!page) continue;
    // eslint-disable-next-line no-control-regex
    const title = h.text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
    const node: OutlineNode = {
      ref: ctx.nextRef(),
      dict: ctx.obj({ Title: PDFHexString.fromText(title), Dest: [page.ref, 'XYZ', null, Math.round(page.getHeight() - h.y + 6), null] }),
      children: [],
    };
    const se = h.elem && objectOf?.(h.elem);
    if (se !== undefined) node.dict.set(PDFName.of('SE'), PDFRef.of(se));
    if (h.level === 1 || !parent) {
      top.push(node);
      if (h.level === 1) parent = node;
    } else parent.children.push(node);
  }
  const root = ctx.nextRef();
  const count = link(ctx, root, top);
  ctx.assign(root, ctx.obj({ Type: 'Outlines', First: top[0]!.ref, Last: top.at(-1)!.ref, Count: count }));
  pdf.catalog.set(PDFName.of('Outlines'), root);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
