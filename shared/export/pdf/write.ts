/**
 * The PDF writer: lays a {@link DocumentModel} out on A4 pages and writes it with pdf-lib, with the
 * three Noto Sans faces embedded as subsets (only the glyphs used), a running header and footer with
 * "Side n av N", and title/author/subject/language metadata.
 *
 * Speed: text goes through {@link FastFont} (glyph codes and widths cached per character) and each
 * page is one content stream built as a string and deflated with fflate, instead of pdf-lib's
 * per-call `drawText` operators. See bench/cases/export.bench.ts.
 */
import fontkit from '@pdf-lib/fontkit';
import { zlibSync } from 'fflate';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import type { PDFRef } from 'pdf-lib';
import type { Block, DocumentModel } from '../document.ts';
import { BODY, drawCallout, drawHeading, drawKeyValue, drawList, drawParagraph, paragraphStart } from './blocks.ts';
import type { FontSet, PageCanvas } from './canvas.ts';
import { FONT_RESOURCE } from './canvas.ts';
import { chartStart, drawBarChart } from './chart.ts';
import { FastFont } from './fonts.ts';
import { COLORS, Layout } from './layout.ts';
import { addOutline } from './outline.ts';
import type { OutlineHeading } from './outline.ts';
import { FastStreamWriter } from './stream-writer.ts';
import { addXmp, writeStructure, xmpPacket } from './structure.ts';
import { drawTable, tableStart } from './table.ts';
import type { StructElem } from './tags.ts';
import { typesetBlock, typesetText } from './typeset.ts';

/** The font files (TrueType) of the three faces used. */
export interface PdfFontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
}

export interface WritePdfOptions {
  /** Called with 0–1 as layout and writing progress. */
  onProgress?: (fraction: number) => void;
}

/** ASCII text (content streams hold nothing else) to bytes, without TextEncoder (not in shared's lib). */
export function asciiBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0x7f;
  return out;
}

function rowCount(b: Block): number {
  return b.kind === 'table' ? b.rows.length + 1 : 1;
}

/** How much of `next` a heading before it keeps on its page. */
function keepHeight(l: Layout, next: Block | undefined): number {
  switch (next?.kind) {
    case 'paragraph':
      return paragraphStart(l, next);
    case 'table':
      return tableStart(l, next);
    case 'barChart':
      return chartStart(l, next);
    case 'heading':
      // A heading followed by a heading: keep both with a few lines of text.
      return 17 + 3 * BODY.leading;
    default:
      return 3 * BODY.leading;
  }
}

type Laid = { pages: PageCanvas[]; headings: OutlineHeading[]; structure: StructElem; tags: Layout['tags'] };

/** Where a block ended: its last page, and its height on that page. */
interface Placement {
  endPage: number;
  lastHeight: number;
}

function layoutPass(doc: DocumentModel, blocks: Block[], fonts: FontSet, breakBefore: ReadonlySet<number>, onProgress?: (fraction: number) => void): Laid & { placed: Placement[] } {
  const l = new Layout(fonts, doc.orientation);
  const totalUnits = blocks.reduce((s, b) => s + rowCount(b), 0) || 1;
  const placed: Placement[] = [];
  let done = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (breakBefore.has(i) && !l.atTop) l.newPage();
    const startPage = l.pages.length - 1;
    const startY = l.y;
    switch (b.kind) {
      case 'heading':
        drawHeading(l, b, keepHeight(l, blocks[i + 1]));
        break;
      case 'paragraph':
        drawParagraph(l, b);
        break;
      case 'list':
        drawList(l, b);
        break;
      case 'keyValue':
        drawKeyValue(l, b);
        break;
      case 'callout':
        drawCallout(l, b);
        break;
      case 'table':
        drawTable(l, b, (rows) => onProgress?.((done + rows) / totalUnits));
        break;
      case 'barChart':
        drawBarChart(l, b);
        break;
      case 'spacer':
        l.y = Math.min(l.y + Math.max(0, b.height), l.bottom);
        break;
      case 'pageBreak':
        if (!l.atTop) l.newPage(b.orientation ?? l.orientation);
        else if (b.orientation && b.orientation !== l.orientation) {
          l.pages.pop();
          l.newPage(b.orientation);
        }
        break;
    }
    const endPage = l.pages.length - 1;
    placed.push({ endPage, lastHeight: endPage > startPage ? l.y - l.top : l.y - startY });
    done += rowCount(b);
    onProgress?.(done / totalUnits);
  }
  return { pages: l.pages, headings: l.headings, structure: l.tags.root, tags: l.tags, placed };
}

/**
 * Blocks to start on a new page so that a short paragraph closing a section (one or two lines)
 * does not open a page alone: the block before it, when it fitted on the page before, moves with it.
 */
function strandedParagraphs(blocks: Block[], placed: Placement[]): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    const p = placed[i]!;
    const prev = placed[i - 1]!;
    const before = blocks[i - 1]!;
    const next = blocks[i + 1];
    // A paragraph of at most two lines (widow control never splits those) closing its section...
    if (b.kind !== 'paragraph' || p.lastHeight > 2 * 14 + 7.5) continue;
    if (next && next.kind !== 'heading' && next.kind !== 'pageBreak') continue;
    // ...that opened a page: the block before it ended on an earlier page...
    if (p.endPage <= prev.endPage || before.kind === 'heading' || before.kind === 'pageBreak' || before.kind === 'spacer') continue;
    // ...and that block shares its page with what came before, so moving it leaves no empty page.
    if (i < 2 || placed[i - 2]!.endPage !== prev.endPage) continue;
    out.add(i - 1);
  }
  return out;
}

/**
 * Flows the blocks onto pages (no PDF objects yet); also returns the headings for the outline and
 * the structure tree of what was drawn. When a short closing paragraph would open a page alone,
 * the layout is run once more with the block before it moved to that page.
 */
export function layoutDocument(doc: DocumentModel, fonts: FontSet, onProgress?: (fraction: number) => void): Laid {
  const blocks = doc.blocks.map(typesetBlock);
  const first = layoutPass(doc, blocks, fonts, new Set(), onProgress);
  const moves = strandedParagraphs(blocks, first.placed);
  return moves.size ? layoutPass(doc, blocks, fonts, moves) : first;
}

function fitLine(fonts: FontSet, text: string, size: number, max: number): string {
  const first = text.replace(/\s+/g, ' ').trim();
  if (fonts.regular.width(first, size) <= max) return first;
  let s = first;
  while (s.length > 1 && fonts.regular.width(s + '…', size) > max) s = s.slice(0, -1);
  return s + '…';
}

/** Running header and footer (pagination artifacts), drawn once the page count is known. */
function drawRunning(doc: DocumentModel, fonts: FontSet, pages: PageCanvas[], tags: Layout['tags']): void {
  const size = 8;
  const running = { headerLeft: typesetText(doc.running.headerLeft), headerRight: typesetText(doc.running.headerRight), footerLeft: typesetText(doc.running.footerLeft) };
  pages.forEach((p, i) => tags.artifact(() => {
    const portrait = p.orientation === 'portrait';
    const left = portrait ? 64 : 50;
    const right = p.size.width - left;
    const headerBase = portrait ? 44 : 36;
    const footerBase = p.size.height - (portrait ? 34 : 26);
    const hr = fitLine(fonts, running.headerRight, size, (right - left) * 0.45);
    const hrw = fonts.regular.width(hr, size);
    const hl = fitLine(fonts, running.headerLeft, size, right - left - hrw - 16);
    tags.artifact(() => {
      p.text(left, headerBase, hl, 'regular', size, COLORS.muted);
      p.text(right - hrw, headerBase, hr, 'regular', size, COLORS.muted);
      p.line(left, headerBase + 6, right, headerBase + 6, COLORS.rule, 0.5);
    }, 'header');
    const num = `Side ${i + 1} av ${pages.length}`;
    const nw = fonts.regular.width(num, size);
    tags.artifact(() => {
      p.line(left, footerBase - 11, right, footerBase - 11, COLORS.rule, 0.5);
      p.text(left, footerBase, fitLine(fonts, running.footerLeft, size, right - left - nw - 16), 'regular', size, COLORS.muted);
      p.text(right - nw, footerBase, num, 'regular', size, COLORS.muted);
    }, 'footer');
  }));
}

const CREATOR = 'Helseportefølje';
const PRODUCER = 'Helseportefølje (pdf-lib)';

/** Writes the document as PDF bytes: tagged PDF (PDF/UA-1), see docs/export.md. */
export async function writePdf(doc: DocumentModel, files: PdfFontFiles, options: WritePdfOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  const [regular, bold, italic] = await Promise.all([
    pdf.embedFont(files.regular, { subset: true }),
    pdf.embedFont(files.bold, { subset: true }),
    pdf.embedFont(files.italic, { subset: true }),
  ]);
  const fonts: FontSet = {
    regular: new FastFont(regular),
    bold: new FastFont(bold),
    italic: new FastFont(italic),
  };
  const progress = options.onProgress;
  const { pages, headings, structure, tags } = layoutDocument(doc, fonts, progress ? (f) => progress(f * 0.7) : undefined);
  drawRunning(doc, fonts, pages, tags);
  // Deterministic subset names ("ABCDEF+NotoSans-Regular"), from the glyphs drawn.
  fonts.regular.nameSubset();
  fonts.bold.nameSubset();
  fonts.italic.nameSubset();

  const ctx = pdf.context;
  const fontDict = ctx.obj({
    [FONT_RESOURCE.regular]: regular.ref,
    [FONT_RESOURCE.bold]: bold.ref,
    [FONT_RESOURCE.italic]: italic.ref,
  });
  const resources: PDFRef = ctx.register(ctx.obj({ Font: fontDict, ProcSet: ['PDF', 'Text'] }));
  const pdfPages = pages.map((p, i) => {
    const page = pdf.addPage([p.size.width, p.size.height]);
    const bytes = zlibSync(asciiBytes(p.content()), { level: 6 });
    const stream = PDFRawStream.of(ctx.obj({ Filter: 'FlateDecode' }), bytes);
    page.node.set(PDFName.of('Contents'), ctx.register(stream));
    page.node.set(PDFName.of('Resources'), resources);
    if (progress && i % 20 === 0) progress(0.7 + (0.2 * i) / pages.length);
    return page;
  });

  const prepared = writeStructure(pdf, structure, pages, pdfPages);
  addOutline(pdf, headings, prepared.objectOf);

  const when = new Date(doc.meta.createdAt);
  const date = Number.isNaN(when.getTime()) ? new Date(0) : when;
  pdf.setTitle(doc.meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(doc.meta.author);
  pdf.setSubject(doc.meta.subject);
  pdf.setKeywords(doc.meta.keywords);
  pdf.setLanguage(doc.meta.language);
  pdf.setCreator(CREATOR);
  pdf.setProducer(PRODUCER);
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  addXmp(pdf, xmpPacket(doc.meta, date, PRODUCER, CREATOR));
  // What pdf.save() does for this document (embed the font subsets, write with object streams),
  // with the object streams deflated by fflate: see stream-writer.ts.
  await Promise.all([regular.embed(), bold.embed(), italic.embed()]);
  const out = await FastStreamWriter.of(pdf.context, prepared).serializeToBuffer();
  progress?.(1);
  return out;
}
