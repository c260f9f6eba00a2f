/**
 * A page as two lists of PDF content-stream operators: graphics (fills, rules, bars) drawn first,
 * then all text in one text object. Coordinates given to the methods are in points from the TOP
 * left (how layout thinks); they are flipped to PDF's bottom-left origin here.
 */
import type { Orientation, Rgb } from '../document.ts';
import type { FastFont } from './fonts.ts';

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

export class PageCanvas {
  readonly gfx: string[] = [];
  readonly txt: string[] = [];
  private font = '';
  private fill = '';

  constructor(
    readonly size: PageSize,
    readonly orientation: Orientation,
    private readonly fonts: FontSet,
  ) {}

  /** Draws a single line of text with its baseline at `baseline` (from the top). */
  text(x: number, baseline: number, s: string, style: FontStyle, size: number, rgb: Rgb): number {
    const enc = this.fonts[style].encode(s);
    if (enc.hex.length === 0) return 0;
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
    this.txt.push(`1 0 0 1 ${n(x)} ${n(this.size.height - baseline)} Tm <${enc.hex}> Tj`);
    return enc.width * size;
  }

  /** A filled rectangle; `top` is its upper edge from the top of the page. */
  rect(x: number, top: number, w: number, h: number, rgb: Rgb): void {
    this.gfx.push(`${color(rgb)} rg ${n(x)} ${n(this.size.height - top - h)} ${n(w)} ${n(h)} re f`);
  }

  /** A stroked rectangle outline. */
  frame(x: number, top: number, w: number, h: number, rgb: Rgb, lineWidth: number): void {
    this.gfx.push(`${color(rgb)} RG ${n(lineWidth)} w ${n(x)} ${n(this.size.height - top - h)} ${n(w)} ${n(h)} re S`);
  }

  /** A straight line. */
  line(x1: number, y1: number, x2: number, y2: number, rgb: Rgb, lineWidth: number): void {
    const h = this.size.height;
    this.gfx.push(`${color(rgb)} RG ${n(lineWidth)} w ${n(x1)} ${n(h - y1)} m ${n(x2)} ${n(h - y2)} l S`);
  }

  /** The page's content stream. */
  content(): string {
    const g = this.gfx.length ? `q\n${this.gfx.join('\n')}\nQ\n` : '';
    const t = this.txt.length ? `BT\n${this.txt.join('\n')}\nET\n` : '';
    return g + t;
  }
}
