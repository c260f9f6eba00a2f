/**
 * Tables: column widths from relative weights, wrapped cells, header (and group header) repeated on
 * every page the table continues on, with the caption marked "(forts.)". A row taller than a page
 * is split between pages by lines, so nothing is ever clipped or drawn outside the text area.
 */
import type { Align, Rgb, TableBlock, TableRow } from '../document.ts';
import { formatCell } from '../format-cell.ts';
import type { FontStyle } from './canvas.ts';
import { COLORS } from './layout.ts';
import type { Layout } from './layout.ts';

interface PreparedRow {
  row: TableRow;
  /** Lines per cell (one entry for a section row). */
  cells: string[][];
  style: FontStyle;
  color: Rgb;
}

/**
 * Widens columns whose longest word (in the header or the first rows) would otherwise be broken
 * mid-word, taking the room from columns with slack, in proportion to their slack.
 */
function fitWidths(l: Layout, b: TableBlock, size: number, padX: number, widths: number[]): number[] {
  const need = b.columns.map((c, i) => {
    let w = 0;
    const measure = (text: string, style: FontStyle) => {
      for (const word of text.split(/\s+/)) w = Math.max(w, l.fonts[style].width(word, size));
    };
    measure(c.header, 'bold');
    for (const r of b.rows.slice(0, 300)) {
      if (r.style === 'section') continue;
      measure(formatCell(r.cells[i] ?? null, c.format), r.style === 'total' || r.style === 'subtotal' ? 'bold' : 'regular');
    }
    return Math.min(w + 2 * padX + 0.5, l.width * 0.4);
  });
  const out = widths.slice();
  for (let pass = 0; pass < 3; pass++) {
    const deficit = out.reduce((s, w, i) => s + Math.max(0, need[i]! - w), 0);
    if (deficit <= 0.01) break;
    const slack = out.map((w, i) => Math.max(0, w - need[i]!));
    const totalSlack = slack.reduce((s, v) => s + v, 0);
    if (totalSlack <= 0.01) break;
    const take = Math.min(deficit, totalSlack);
    for (let i = 0; i < out.length; i++) {
      if (out[i]! < need[i]!) out[i] = out[i]! + (take * (need[i]! - out[i]!)) / deficit;
      else out[i] = out[i]! - (take * slack[i]!) / totalSlack;
    }
  }
  return out;
}

export function drawTable(l: Layout, b: TableBlock, onProgress?: (rowsDone: number) => void): void {
  const size = b.fontSize ?? 9;
  const leading = Math.round(size * 1.3 * 10) / 10;
  const padX = 4;
  const padY = 2.6;
  const n = b.columns.length;
  const total = b.columns.reduce((s, c) => s + Math.max(c.width, 0.01), 0);
  const widths = fitWidths(l, b, size, padX, b.columns.map((c) => (Math.max(c.width, 0.01) / total) * l.width));
  const xs: number[] = [];
  widths.reduce((x, w) => (xs.push(x), x + w), l.left);
  const aligns: Align[] = b.columns.map((c) => c.align ?? (c.format && c.format !== 'text' ? 'right' : 'left'));
  const inner = (i: number) => Math.max(widths[i]! - 2 * padX, size);

  const headerLines = b.columns.map((c, i) => l.wrap(c.header, 'bold', size, inner(i)));
  const headerH = Math.max(1, ...headerLines.map((x) => x.length)) * leading + 2 * padY;
  const groupH = b.headerGroups ? leading + 2 * padY : 0;
  const captionSize = 9.5;
  const captionH = b.caption ? captionSize * 1.35 + 3 : 0;

  const drawCellLines = (lines: string[], i: number, top: number, style: FontStyle, color: Rgb) => {
    let baseline = top + padY + leading * 0.78;
    const x0 = xs[i]! + padX;
    const w = inner(i);
    for (const line of lines) {
      let x = x0;
      if (aligns[i] !== 'left') {
        const lw = l.fonts[style].width(line, size);
        x = aligns[i] === 'right' ? x0 + w - lw : x0 + (w - lw) / 2;
      }
      l.page.text(x, baseline, line, style, size, color);
      baseline += leading;
    }
  };

  const drawHeader = (continued: boolean) => {
    if (b.caption) {
      const cap = continued ? `${b.caption} (forts.)` : b.caption;
      const capLines = l.wrap(cap, 'bold', captionSize, l.width).slice(0, 1);
      l.lines(capLines, { style: 'bold', size: captionSize, leading: captionSize * 1.35, color: COLORS.heading });
      l.y += 3;
    }
    const top = l.y;
    l.page.rect(l.left, top, l.width, groupH + headerH, COLORS.headerFill);
    if (b.headerGroups) {
      let col = 0;
      for (const g of b.headerGroups) {
        const span = Math.max(1, Math.min(g.span, n - col));
        const x = xs[col]!;
        const w = widths.slice(col, col + span).reduce((s, v) => s + v, 0);
        if (g.label) {
          const label = l.wrap(g.label, 'bold', size, w - 2 * padX)[0] ?? '';
          const lw = l.fonts.bold.width(label, size);
          l.page.text(x + (w - lw) / 2, top + padY + leading * 0.78, label, 'bold', size, COLORS.heading);
          l.page.line(x + 3, top + groupH - 1, x + w - 3, top + groupH - 1, COLORS.rule, 0.6);
        }
        col += span;
      }
    }
    headerLines.forEach((lines, i) => drawCellLines(lines, i, top + groupH, 'bold', COLORS.heading));
    l.y = top + groupH + headerH;
    l.page.line(l.left, l.y, l.left + l.width, l.y, COLORS.ruleStrong, 0.8);
  };

  const prepare = (row: TableRow): PreparedRow => {
    const style: FontStyle = row.style === 'total' || row.style === 'subtotal' || row.style === 'section' ? 'bold' : 'regular';
    const color = row.style === 'muted' ? COLORS.muted : row.style === 'section' ? COLORS.heading : COLORS.text;
    if (row.style === 'section') {
      const text = formatCell(row.cells[0] ?? null);
      return { row, cells: [l.wrap(text, style, size, l.width - 2 * padX)], style, color };
    }
    const cells: string[][] = [];
    for (let i = 0; i < n; i++) cells.push(l.wrap(formatCell(row.cells[i] ?? null, b.columns[i]!.format), style, size, inner(i)));
    return { row, cells, style, color };
  };

  const heightOf = (p: PreparedRow) => Math.max(1, ...p.cells.map((c) => c.length)) * leading + 2 * padY;
  // Short tables are kept on one page; long ones start once the header and a first row fit.
  const head = b.rows.slice(0, 16).map(prepare);
  const headH = captionH + groupH + headerH + (b.note ? 14 : 0);
  const wholeH = b.rows.length <= 16 ? headH + head.reduce((s, p) => s + heightOf(p), 0) : Infinity;
  if (wholeH <= l.bodyHeight * 0.6) l.ensure(wholeH);
  else l.ensure(Math.min(headH + (head[0] ? heightOf(head[0]) : 0), l.bodyHeight));
  drawHeader(false);

  for (let r = 0; r < b.rows.length; r++) {
    const p = head[r] ?? prepare(b.rows[r]!);
    // A section heading row stays with the first row under it.
    if (p.row.style === 'section' && r + 1 < b.rows.length && !l.atTop) {
      const next = head[r + 1] ?? prepare(b.rows[r + 1]!);
      if (l.y + heightOf(p) + heightOf(next) > l.bottom && heightOf(p) + heightOf(next) <= l.bodyHeight - captionH - groupH - headerH) {
        l.newPage();
        drawHeader(true);
      }
    }
    let pending = p.cells;
    let firstSlice = true;
    while (pending.length) {
      const lineCount = Math.max(1, ...pending.map((c) => c.length));
      const rowH = lineCount * leading + 2 * padY;
      if (l.y + rowH > l.bottom) {
        const fitsFresh = rowH <= l.bodyHeight - captionH - groupH - headerH;
        const room = Math.floor((l.bottom - l.y - 2 * padY) / leading);
        if (fitsFresh || room < 2) {
          l.newPage();
          drawHeader(true);
          if (fitsFresh) continue;
        }
      }
      const room = Math.max(1, Math.floor((l.bottom - l.y - 2 * padY) / leading));
      const take = Math.min(lineCount, room);
      const slice = pending.map((c) => c.slice(0, take));
      pending = pending.some((c) => c.length > take) ? pending.map((c) => c.slice(take)) : [];
      const top = l.y;
      const h = take * leading + 2 * padY;
      if (p.row.style === 'section') {
        l.page.rect(l.left, top, l.width, h, COLORS.sectionFill);
        let baseline = top + padY + leading * 0.78;
        for (const line of slice[0]!) {
          l.page.text(l.left + padX, baseline, line, p.style, size, p.color);
          baseline += leading;
        }
      } else {
        if (p.row.style === 'subtotal') l.page.rect(l.left, top, l.width, h, COLORS.sectionFill);
        if (p.row.style === 'total' && firstSlice) l.page.line(l.left, top, l.left + l.width, top, COLORS.ruleStrong, 0.8);
        slice.forEach((lines, i) => drawCellLines(lines, i, top, p.style, p.color));
      }
      l.y = top + h;
      l.page.line(l.left, l.y, l.left + l.width, l.y, p.row.style === 'total' ? COLORS.ruleStrong : COLORS.rule, p.row.style === 'total' ? 0.8 : 0.35);
      firstSlice = false;
    }
    if (onProgress && r % 500 === 499) onProgress(r + 1);
  }
  if (b.note) {
    l.y += 3;
    l.lines(l.wrap(b.note, 'regular', 8, l.width), { style: 'regular', size: 8, leading: 10.5, color: COLORS.muted });
  }
  l.y += 10;
}
