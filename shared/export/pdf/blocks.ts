/** Text blocks: headings, paragraphs, lists, the key/value header box and call-outs. */
import type { CalloutBlock, HeadingBlock, KeyValueBlock, ListBlock, ParagraphBlock } from '../document.ts';
import { COLORS } from './layout.ts';
import type { Layout } from './layout.ts';

const BODY = { size: 10, leading: 14 };

const HEADINGS = {
  1: { size: 18, leading: 23, before: 4, after: 10 },
  2: { size: 13, leading: 17, before: 16, after: 6 },
  3: { size: 10.5, leading: 14, before: 10, after: 3 },
} as const;

export function drawHeading(l: Layout, b: HeadingBlock): void {
  const h = HEADINGS[b.level];
  const lines = l.wrap(b.text, 'bold', h.size, l.width);
  const height = lines.length * h.leading;
  // Keep the heading with at least three lines of what follows.
  l.ensure(h.before + height + h.after + 3 * BODY.leading);
  if (!l.atTop) l.y += h.before;
  l.headings.push({ level: b.level, text: b.text, page: l.pages.length - 1, y: l.y });
  l.lines(lines, { style: 'bold', size: h.size, leading: h.leading, color: b.level === 3 ? COLORS.text : COLORS.heading });
  if (b.level === 1) {
    l.page.line(l.left, l.y + 3, l.left + l.width, l.y + 3, COLORS.accent, 1.2);
    l.y += 4;
  }
  l.y += h.after;
}

export function drawParagraph(l: Layout, b: ParagraphBlock): void {
  const small = b.style === 'small' || b.style === 'muted';
  const size = small ? 8.5 : BODY.size;
  const leading = small ? 11.5 : BODY.leading;
  const style = b.style === 'bold' ? 'bold' : b.style === 'italic' ? 'italic' : 'regular';
  const lines = l.wrap(b.text, style, size, l.width);
  // Avoid a lone first line at the foot of a page.
  if (lines.length > 1) l.ensure(2 * leading);
  l.lines(lines, { style, size, leading, color: b.style === 'muted' ? COLORS.muted : COLORS.text });
  l.y += small ? 5 : 7;
}

export function drawList(l: Layout, b: ListBlock): void {
  const indent = b.ordered ? 18 : 14;
  b.items.forEach((item, i) => {
    const lines = l.wrap(item, 'regular', BODY.size, l.width - indent);
    l.ensure(Math.min(2, lines.length) * BODY.leading);
    const marker = b.ordered ? `${i + 1}.` : '•';
    l.page.text(l.left + 2, l.y + BODY.leading * 0.78, marker, 'regular', BODY.size, COLORS.text);
    l.lines(lines, { style: 'regular', size: BODY.size, leading: BODY.leading, color: COLORS.text, x: l.left + indent, width: l.width - indent });
    l.y += 2.5;
  });
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
  columns.forEach((col, c) => {
    const x = l.left + pad + c * (colWidth + gap);
    l.y = top + pad;
    for (const r of col) {
      const start = l.y;
      l.lines(r.key, { style: 'bold', size, leading, color: COLORS.heading, x, width: keyWidth });
      const afterKey = l.y;
      l.y = start;
      l.lines(r.value, { style: 'regular', size, leading, color: COLORS.text, x: x + keyWidth, width: colWidth - keyWidth });
      l.y = Math.max(l.y, afterKey) + 2;
    }
  });
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
  if (title.length) {
    l.lines(title, { style: 'bold', size: BODY.size, leading: BODY.leading, color: COLORS.heading, x, width: inner });
    l.y += 2;
  }
  l.lines(lines, { style: 'regular', size: BODY.size, leading: BODY.leading, color: COLORS.text, x, width: inner });
  l.y = (fits ? Math.max(l.y, top + height) : l.y + pad) + 10;
}
