/**
 * Flows blocks onto A4 pages: a cursor moves down the page; a block that does not fit moves to
 * the next page (headings keep with what follows; tables break between rows and repeat their
 * header; a row or paragraph taller than a page is split by lines). Nothing is drawn outside the
 * text area, whatever the input.
 */
import type { Orientation, Rgb } from '../document.ts';
import { A4, PageCanvas } from './canvas.ts';
import type { FontSet, FontStyle } from './canvas.ts';
import type { OutlineHeading } from './outline.ts';
import { Tagger } from './tags.ts';

export const COLORS = {
  text: [0.1, 0.1, 0.12] as Rgb,
  heading: [0.02, 0.2, 0.34] as Rgb,
  accent: [0.02, 0.29, 0.47] as Rgb,
  muted: [0.38, 0.4, 0.43] as Rgb,
  rule: [0.72, 0.75, 0.78] as Rgb,
  ruleStrong: [0.25, 0.28, 0.32] as Rgb,
  headerFill: [0.9, 0.93, 0.95] as Rgb,
  boxFill: [0.95, 0.96, 0.97] as Rgb,
  calloutFill: [0.93, 0.96, 0.99] as Rgb,
  sectionFill: [0.96, 0.97, 0.98] as Rgb,
  white: [1, 1, 1] as Rgb,
};

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const MARGINS: Record<Orientation, Margins> = {
  portrait: { top: 74, bottom: 66, left: 64, right: 64 },
  landscape: { top: 62, bottom: 54, left: 50, right: 50 },
};

/** Splits text into lines no wider than `maxWidth`: on newlines, then spaces, then characters. */
export function wrapText(fonts: FontSet, text: string, style: FontStyle, size: number, maxWidth: number): string[] {
  const font = fonts[style];
  // Most table cells fit on one line: answer those without splitting anything.
  if (!/[\n\r\t]/.test(text) && font.width(text, size) <= maxWidth) return [text];
  const out: string[] = [];
  const paragraphs = text.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
  const space = font.width(' ', size);
  for (const para of paragraphs) {
    if (font.width(para, size) <= maxWidth) {
      out.push(para);
      continue;
    }
    // Bulleted lines ("• text") wrap with a hanging indent under the text, not the bullet.
    const bullet = /^(\s*[•\-–] )/.exec(para);
    if (bullet) {
      const pad = ' '.repeat(Math.max(1, Math.round(font.width(bullet[1]!, size) / space)));
      const padW = font.width(pad, size);
      const rest = wrapText(fonts, para.slice(bullet[1]!.length), style, size, maxWidth - padW);
      rest.forEach((line, i) => out.push((i === 0 ? bullet[1]! : pad) + line));
      continue;
    }
    let line = '';
    let lineW = 0;
    for (const word of para.split(' ')) {
      const w = font.width(word, size);
      if (line !== '' && lineW + space + w <= maxWidth) {
        line += ' ' + word;
        lineW += space + w;
        continue;
      }
      if (line !== '') out.push(line);
      if (w <= maxWidth) {
        line = word;
        lineW = w;
        continue;
      }
      // A word wider than the column (a URL, a long number): break it by characters.
      let part = '';
      let partW = 0;
      for (const ch of word) {
        const cw = font.width(ch, size);
        if (part !== '' && partW + cw > maxWidth) {
          out.push(part);
          part = '';
          partW = 0;
        }
        part += ch;
        partW += cw;
      }
      line = part;
      lineW = partW;
    }
    out.push(line);
  }
  return out;
}

/**
 * A wrapped line as drawn: every line but a block's last ends in a space, so text extraction and
 * screen readers, which join a structure element's lines, read "prioriteringer 2024" and not
 * "prioriteringer2024". The space is invisible at the line's end; alignment uses the line without it.
 */
export function joinable(line: string, more: boolean): string {
  return more && line !== '' && !line.endsWith(' ') ? `${line} ` : line;
}

export class Layout {
  readonly pages: PageCanvas[] = [];
  page!: PageCanvas;
  orientation: Orientation;
  margins!: Margins;
  /** Cursor: the top of the next thing to draw, in points from the top of the page. */
  y = 0;
  /** Headings as drawn, for the PDF's outline (bookmarks). */
  readonly headings: OutlineHeading[] = [];
  /** The structure tree being built (tagged PDF). */
  readonly tags = new Tagger();

  constructor(
    readonly fonts: FontSet,
    orientation: Orientation,
  ) {
    this.orientation = orientation;
    this.newPage();
  }

  get left(): number {
    return this.margins.left;
  }
  get width(): number {
    return this.page.size.width - this.margins.left - this.margins.right;
  }
  get top(): number {
    return this.margins.top;
  }
  get bottom(): number {
    return this.page.size.height - this.margins.bottom;
  }
  /** Height of the whole text area of a page. */
  get bodyHeight(): number {
    return this.bottom - this.top;
  }
  get remaining(): number {
    return this.bottom - this.y;
  }
  /** True when nothing has been drawn on the current page yet. */
  get atTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  newPage(orientation: Orientation = this.orientation): void {
    this.orientation = orientation;
    this.margins = MARGINS[orientation];
    this.page = new PageCanvas(A4[orientation], orientation, this.fonts, this.pages.length, this.tags);
    this.pages.push(this.page);
    this.y = this.margins.top;
  }

  /** Moves to a new page unless `height` fits below the cursor (or the page is still empty). */
  ensure(height: number): void {
    if (this.y + height > this.bottom && !this.atTop) this.newPage();
  }

  wrap(text: string, style: FontStyle, size: number, maxWidth: number): string[] {
    return wrapText(this.fonts, text, style, size, Math.max(maxWidth, size));
  }

  /**
   * Draws wrapped lines from the cursor, breaking to new pages as needed.
   * `x` and `width` default to the text area; `align` right-aligns or centres within the width.
   */
  lines(
    lines: string[],
    o: { style: FontStyle; size: number; leading: number; color: Rgb; x?: number; width?: number; align?: 'left' | 'right' | 'center'; continues?: boolean },
  ): void {
    const x0 = o.x ?? this.left;
    const w = o.width ?? this.width;
    lines.forEach((line, i) => {
      if (this.y + o.leading > this.bottom) this.newPage();
      const baseline = this.y + o.leading * 0.78;
      let x = x0;
      if (o.align && o.align !== 'left') {
        const lw = this.fonts[o.style].width(line, o.size);
        x = o.align === 'right' ? x0 + w - lw : x0 + (w - lw) / 2;
      }
      this.page.text(x, baseline, joinable(line, i < lines.length - 1 || o.continues === true), o.style, o.size, o.color);
      this.y += o.leading;
    });
  }
}
