/**
 * Text blocks: headings, paragraphs, lists, the key/value header box and call-outs, each drawn
 * inside its structure element (H1–H3, P, L/LI/Lbl/LBody, Table of row headers, Div).
 */
import type { Rgb, CalloutBlock, HeadingBlock, KeyValueBlock, ListBlock, ParagraphBlock } from '../document.ts';
import type { FontStyle } from './canvas.ts';
import { COLORS } from './layout.ts';
import type { Layout } from './layout.ts';

export const BODY = { size: 10, leading: 14 };

type LineStyle = { style: FontStyle; size: number; leading: number; color: Rgb; x?: number; width?: number; continues?: boolean };

/**
 * Draws lines from the cursor across pages with neither an orphan (a lone first line at the foot
 * of a page) nor a widow (a lone last line at the head of the next).
 */
export function flowLines(l: Layout, lines: string[], o: LineStyle): void {
  let i = 0;
  while (i < lines.length) {
    const fit = Math.floor((l.bottom - l.y) / o.leading + 1e-6);
    const left = lines.length - i;
    if (fit >= left) {
      l.lines(lines.slice(i), o);
      return;
    }
    let take = left - fit === 1 ? fit - 1 : fit;
    if (take < 2) {
      if (!l.atTop) {
        l.newPage();
        continue;
      }
      take = Math.max(1, fit);
    }
    l.lines(lines.slice(i, i + take), { ...o, continues: true });
    i += take;
    l.newPage();
  }
}

const HEADINGS = {
  1: { size: 18, leading: 23, before: 4, after: 10 },
  2: { size: 13, leading: 17, before: 16, after: 6 },
  3: { size: 10.5, leading: 14, before: 10, after: 3 },
} as const;

/**
 * A heading, kept on one page with `keep` points of what follows (the start of the next block:
 * two lines of a paragraph, a table's caption, header and first row, a whole chart).
 */
export function drawHeading(l: Layout, b: HeadingBlock, keep = 3 * BODY.leading): void {
  const h = HEADINGS[b.level];
  const lines = l.wrap(b.text, 'bold', h.size, l.width);
  const height = lines.length * h.leading;
  const need = h.before + height + h.after + (b.level === 1 ? 4 : 0);
  l.ensure(need + (need + keep <= l.bodyHeight ? keep : 2 * BODY.leading));
  if (!l.atTop) l.y += h.before;
  const elem = l.tags.open(`H${b.level}`);
  l.headings.push({ level: b.level, text: b.text, page: l.pages.length - 1, y: l.y, elem });
  l.lines(lines, { style: 'bold', size: h.size, leading: h.leading, color: b.level === 3 ? COLORS.text : COLORS.heading });
  l.tags.close();
  if (b.level === 1) {
    l.page.line(l.left, l.y + 3, l.left + l.width, l.y + 3, COLORS.accent, 1.2);
    l.y += 4;
  }
  l.y += h.after;
}

/** Height a paragraph must have on the page it starts on (at most two lines). */
export function paragraphStart(l: Layout, b: ParagraphBlock): number {
  const { size, leading, style } = paragraphLook(b);
  return Math.min(2, l.wrap(b.text, style, size, l.width).length) * leading;
}

function paragraphLook(b: ParagraphBlock): { size: number; leading: number; style: FontStyle } {
  const small = b.style === 'small' || b.style === 'muted';
  return {
    size: small ? 8.5 : BODY.size,
    leading: small ? 11.5 : BODY.leading,
    style: b.style === 'bold' ? 'bold' : b.style === 'italic' ? 'italic' : 'regular',
  };
}

export function drawParagraph(l: Layout, b: ParagraphBlock): void {
  const { size, leading, style } = paragraphLook(b);
  const lines = l.wrap(b.text, style, size, l.width);
  l.tags.open('P');
  flowLines(l, lines, { style, size, leading, color: b.style === 'muted' ? COLORS.muted : COLORS.text });
  l.tags.close();
  l.y += b.style === 'small' || b.style === 'muted' ? 5 : 7;
}

export function drawList(l: Layout, b: ListBlock): void {
  const indent = b.ordered ? 18 : 14;
  l.tags.open('L', { listNumbering: b.ordered ? 'Decimal' : 'Disc' });
  b.items.forEach((item, i) => {
    const lines = l.wrap(item, 'regular', BODY.size, l.width - indent);
    l.ensure(Math.min(2, lines.length) * BODY.leading);
    const marker = b.ordered ? `${i + 1}.` : '•';
    l.tags.open('LI');
    l.tags.open('Lbl');
    l.page.text(l.left + 2, l.y + BODY.leading * 0.78, marker, 'regular', BODY.size, COLORS.text);
    l.tags.close();
    l.tags.open('LBody');
    flowLines(l, lines, { style: 'regular', size: BODY.size, leading: BODY.leading, color: COLORS.text, x: l.left + indent, width: l.width - indent });
    l.tags.close();
    l.tags.close();
    l.y += 2.5;
  });
  l.tags.close();
  l.y += 5;
}

/** A shaded box of label/value pairs (the case header: Til, Møte, Dato, Saksnummer ...). */
export function drawKeyValue(l: Layout, b: KeyValueBlock): void {
  const size = 9.5;
  const leading = 13;
  const pad = 9;
  const cols = b.columns === 2 && b.rows.length > 1 ? 2 : 1;
  const perCol = Math.ceil(b.rows.length / cols);
  const gap = 16;
  const colWidth = (l.width - 2 * pad - (cols - 1) * gap) / cols;
  const keyWidth = Math.min(
    colWidth * 0.45,
    Math.max(...b.rows.map((r) => l.fonts.bold.width(r.key, size)), 30) + 14,
  );
  const columns: { key: string[]; value: string[] }[][] = [];
  for (let c = 0; c < cols; c++) {
    columns.push(
      b.rows.slice(c * perCol, (c + 1) * perCol).map((r) => ({
        key: l.wrap(r.key, 'bold', size, keyWidth - 6),
        value: l.wrap(r.value === '' ? '–' : r.value, 'regular', size, colWidth - keyWidth),
      })),
    );
  }
  const heights = columns.map((col) => col.reduce((s, r) => s + Math.max(r.key.length, r.value.length) * leading + 2, 0));
  const height = Math.max(...heights) + 2 * pad - 2;
  if (height <= l.bodyHeight) l.ensure(height);
  const top = l.y;
  if (height <= l.remaining) l.page.rect(l.left, top, l.width, height, COLORS.boxFill);
  // A table of row headers (key) and values: a screen reader announces "Dato: 31.10.2023".
  l.tags.open('Table');
  columns.forEach((col, c) => {
    const x = l.left + pad + c * (colWidth + gap);
    l.y = top + pad;
    for (const r of col) {
      const start = l.y;
      l.tags.open('TR');
      l.tags.open('TH', { scope: 'Row' });
      l.lines(r.key, { style: 'bold', size, leading, color: COLORS.heading, x, width: keyWidth });
      l.tags.close();
      const afterKey = l.y;
      l.y = start;
      l.tags.open('TD');
      l.lines(r.value, { style: 'regular', size, leading, color: COLORS.text, x: x + keyWidth, width: colWidth - keyWidth });
      l.tags.close();
      l.tags.close();
      l.y = Math.max(l.y, afterKey) + 2;
    }
  });
  l.tags.close();
  l.y = Math.max(l.y, top + height) + 12;
}

/** Text in a tinted box with an accent bar on the left (Forslag til vedtak). */
export function drawCallout(l: Layout, b: CalloutBlock): void {
  const pad = 9;
  const bar = 3;
  const inner = l.width - 2 * pad - bar;
  const title = b.title ? l.wrap(b.title, 'bold', BODY.size, inner) : [];
  const lines = l.wrap(b.text, 'regular', BODY.size, inner);
  const height = (title.length + lines.length) * BODY.leading + 2 * pad + (title.length ? 2 : 0);
  if (height <= l.bodyHeight) l.ensure(height);
  const top = l.y;
  const fits = height <= l.remaining;
  if (fits) {
    l.page.rect(l.left, top, l.width, height, COLORS.calloutFill);
    l.page.rect(l.left, top, bar, height, COLORS.accent);
  }
  l.y = top + pad;
  const x = l.left + bar + pad;
  l.tags.open('Div');
  if (title.length) {
    l.tags.open('P');
    l.lines(title, { style: 'bold', size: BODY.size, leading: BODY.leading, color: COLORS.heading, x, width: inner });
    l.tags.close();
    l.y += 2;
  }
  l.tags.open('P');
  l.lines(lines, { style: 'regular', size: BODY.size, leading: BODY.leading, color: COLORS.text, x, width: inner });
  l.tags.close();
  l.tags.close();
  l.y = (fits ? Math.max(l.y, top + height) : l.y + pad) + 10;
}
