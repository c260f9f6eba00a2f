/**
 * A page as two lists of PDF content-stream operators: graphics (fills, rules, bars) drawn first,
 * then all text in one text object. Coordinates given to the methods are in points from the TOP
 * left (how layout thinks); they are flipped to PDF's bottom-left origin here.
 *
 * Tagging: each operator is wrapped in a marked-content sequence of its owner (see tags.ts): a
 * structure element gets an MCID on this page, an artifact gets /Artifact. Consecutive operators
 * of one owner share a sequence.
 */
import type { Orientation, Rgb } from '../document.ts';
import type { FastFont } from './fonts.ts';
import type { ContentOwner, StructElem, Tagger } from './tags.ts';

export type FontStyle = 'regular' | 'bold' | 'italic';

export interface FontSet {
  regular: FastFont;
  bold: FastFont;
  italic: FastFont;
}

/** Resource names of the three fonts in every page's resource dictionary. */
export const FONT_RESOURCE: Record<FontStyle, string> = { regular: 'F1', bold: 'F2', italic: 'F3' };

export interface PageSize {
  width: number;
  height: number;
}

export const A4: Record<Orientation, PageSize> = {
  portrait: { width: 595.28, height: 841.89 },
  landscape: { width: 841.89, height: 595.28 },
};

function n(v: number): string {
  // Two decimals is 1/36 mm: plenty, and keeps streams small.
  return (Math.round(v * 100) / 100).toString();
}

function color(c: Rgb): string {
  return `${n(c[0])} ${n(c[1])} ${n(c[2])}`;
}

const MINUS = '\u2212';

/** A PDF text string as hex UTF-16BE with BOM (for /ActualText). */
function utf16Hex(s: string): string {
  let h = 'FEFF';
  for (let i = 0; i < s.length; i++) h += s.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return h;
}

const ARTIFACT_TAG: Record<string, string> = {
  layout: '/Artifact BMC',
  header: '/Artifact <</Type /Pagination /Subtype /Header>> BDC',
  footer: '/Artifact <</Type /Pagination /Subtype /Footer>> BDC',
};

export class PageCanvas {
  readonly gfx: string[] = [];
  readonly txt: string[] = [];
  /** The structure element owning each MCID on this page (index = MCID): the page's ParentTree entry. */
  readonly mcids: StructElem[] = [];
  private font = '';
  private fill = '';
  private txtOwner: ContentOwner | null = null;
  private gfxOwner: ContentOwner | null = null;

  constructor(
    readonly size: PageSize,
    readonly orientation: Orientation,
    private readonly fonts: FontSet,
    /** 0-based page number. */
    readonly index: number,
    private readonly tags: Tagger,
  ) {}

  /** Opens the marked-content sequence of `owner` in `ops` (closing the one open); returns the new open owner. */
  private mark(ops: string[], open: ContentOwner | null, owner: ContentOwner): ContentOwner {
    if (owner === open) return owner;
    if (open !== null) ops.push('EMC');
    if (typeof owner === 'string') ops.push(ARTIFACT_TAG[owner]!);
    else {
      const mcid = this.mcids.length;
      this.mcids.push(owner);
      owner.kids.push({ page: this.index, mcid });
      ops.push(`/${owner.type} <</MCID ${mcid}>> BDC`);
    }
    return owner;
  }

  private graphic(op: string): void {
    this.gfxOwner = this.mark(this.gfx, this.gfxOwner, this.tags.graphicsOwner);
    this.gfx.push(op);
  }

  /** Draws a single line of text with its baseline at `baseline` (from the top). */
  text(x: number, baseline: number, s: string, style: FontStyle, size: number, rgb: Rgb): number {
    const font = this.fonts[style];
    const enc = font.encode(s);
    if (enc.hex.length === 0) return 0;
    this.txtOwner = this.mark(this.txt, this.txtOwner, this.tags.textOwner);
    const f = `/${FONT_RESOURCE[style]} ${n(size)} Tf`;
    if (f !== this.font) {
      this.txt.push(f);
      this.font = f;
    }
    const c = `${color(rgb)} rg`;
    if (c !== this.fill) {
      this.txt.push(c);
      this.fill = c;
    }
    const show = `1 0 0 1 ${n(x)} ${n(this.size.height - baseline)} Tm <${enc.hex}> Tj`;
    // The font draws U+2212 with another glyph (en dash): say what the text is for extraction and speech.
    if (s.includes(MINUS) && !font.covers(0x2212)) this.txt.push(`/Span <</ActualText <${utf16Hex(s)}>>> BDC ${show} EMC`);
    else this.txt.push(show);
    return enc.width * size;
  }

  /** A filled rectangle; `top` is its upper edge from the top of the page. */
  rect(x: number, top: number, w: number, h: number, rgb: Rgb): void {
    this.graphic(`${color(rgb)} rg ${n(x)} ${n(this.size.height - top - h)} ${n(w)} ${n(h)} re f`);
  }

  /** A stroked rectangle outline. */
  frame(x: number, top: number, w: number, h: number, rgb: Rgb, lineWidth: number): void {
    this.graphic(`${color(rgb)} RG ${n(lineWidth)} w ${n(x)} ${n(this.size.height - top - h)} ${n(w)} ${n(h)} re S`);
  }

  /** A straight line. */
  line(x1: number, y1: number, x2: number, y2: number, rgb: Rgb, lineWidth: number): void {
    const h = this.size.height;
    this.graphic(`${color(rgb)} RG ${n(lineWidth)} w ${n(x1)} ${n(h - y1)} m ${n(x2)} ${n(h - y2)} l S`);
  }

  /** The page's content stream. */
  content(): string {
    const g = this.gfx.length ? `q\n${this.gfx.join('\n')}\nEMC\nQ\n` : '';
    const t = this.txt.length ? `BT\n${this.txt.join('\n')}\nEMC\nET\n` : '';
    return g + t;
  }
}
