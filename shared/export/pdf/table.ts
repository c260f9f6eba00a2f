/**
 * Tables: column widths from relative weights, wrapped cells, header (and group header) repeated on
 * every page the table continues on, with the caption marked "(forts.)". A row taller than a page
 * is split between pages by lines, so nothing is ever clipped or drawn outside the text area.
 */
import type { Align, Rgb, TableBlock, TableRow } from '../document.ts';
import { formatCell } from '../format-cell.ts';
import type { FontStyle } from './canvas.ts';
import { COLORS, joinable } from './layout.ts';
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

/** Column geometry and header measures of a table, shared by drawing and keep-with-next. */
function geometry(l: Layout, b: TableBlock) {
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
  const startH = wholeH <= l.bodyHeight * 0.6 ? wholeH : Math.min(headH + (head[0] ? heightOf(head[0]) : 0), l.bodyHeight);
  return { size, leading, padX, padY, n, widths, xs, aligns, inner, headerLines, headerH, groupH, captionSize, captionH, prepare, heightOf, head, startH };
}

/** Height the table needs on the page it starts on (all of a short table; else caption, header, first row). */
export function tableStart(l: Layout, b: TableBlock): number {
  return geometry(l, b).startH;
}

/**
 * Draws a table as a tagged Table: Caption, THead (TH with column scope; group headers span their
 * columns), TBody of TR/TD; a first column with an empty header holds row headers (TH, row scope).
 * Headers and captions repeated on later pages are artifacts.
 */
export function drawTable(l: Layout, b: TableBlock, onProgress?: (rowsDone: number) => void): void {
  const g = geometry(l, b);
  const { size, leading, padX, padY, n, widths, xs, aligns, inner, headerLines, headerH, groupH, captionSize, captionH, prepare, heightOf, head } = g;
  const rowHeaders = n > 1 && b.columns[0]!.header.trim() === '';
  // `more`: the cell continues on the next page (a row split by lines).
  const drawCellLines = (lines: string[], i: number, top: number, style: FontStyle, color: Rgb, more = false) => {
    let baseline = top + padY + leading * 0.78;
    const x0 = xs[i]! + padX;
    const w = inner(i);
    for (let j = 0; j < lines.length; j++) {
      const line = lines[j]!;
      let x = x0;
      if (aligns[i] !== 'left') {
        const lw = l.fonts[style].width(line, size);
        x = aligns[i] === 'right' ? x0 + w - lw : x0 + (w - lw) / 2;
      }
      l.page.text(x, baseline, joinable(line, more || j < lines.length - 1), style, size, color);
      baseline += leading;
    }
  };

  const tags = l.tags;
  const drawHeaderRows = (top: number, tagged: boolean) => {
    // Repeated headers are artifacts: no structure elements for them.
    const t = tagged ? tags : null;
    l.page.rect(l.left, top, l.width, groupH + headerH, COLORS.headerFill);
    if (b.headerGroups) {
      t?.open('TR');
      let col = 0;
      for (const grp of b.headerGroups) {
        if (col >= n) break;
        const span = Math.max(1, Math.min(grp.span, n - col));
        const x = xs[col]!;
        const w = widths.slice(col, col + span).reduce((s, v) => s + v, 0);
        t?.open('TH', { scope: 'Column', ...(span > 1 ? { colSpan: span } : {}) });
        if (grp.label) {
          const label = l.wrap(grp.label, 'bold', size, w - 2 * padX)[0] ?? '';
          const lw = l.fonts.bold.width(label, size);
          l.page.text(x + (w - lw) / 2, top + padY + leading * 0.78, label, 'bold', size, COLORS.heading);
          l.page.line(x + 3, top + groupH - 1, x + w - 3, top + groupH - 1, COLORS.rule, 0.6);
        }
        t?.close();
        col += span;
      }
      // Spans that fall short of the column count: the rest are empty header cells.
      for (; col < n; col++) t?.add('TH', { scope: 'Column' });
      t?.close();
    }
    t?.open('TR');
    headerLines.forEach((lines, i) => {
      t?.open('TH', { scope: 'Column' });
      drawCellLines(lines, i, top + groupH, 'bold', COLORS.heading);
      t?.close();
    });
    t?.close();
  };

  const drawHeader = (continued: boolean) => {
    if (b.caption) {
      const cap = continued ? `${b.caption} (forts.)` : b.caption;
      const capLines = l.wrap(cap, 'bold', captionSize, l.width).slice(0, 1);
      const draw = () => l.lines(capLines, { style: 'bold', size: captionSize, leading: captionSize * 1.35, color: COLORS.heading });
      if (continued) tags.artifact(draw, 'header');
      else {
        tags.open('Caption');
        draw();
        tags.close();
      }
      l.y += 3;
    }
    const top = l.y;
    if (continued) tags.artifact(() => drawHeaderRows(top, false), 'header');
    else {
      tags.open('THead');
      drawHeaderRows(top, true);
      tags.close();
    }
    l.y = top + groupH + headerH;
    l.page.line(l.left, l.y, l.left + l.width, l.y, COLORS.ruleStrong, 0.8);
  };

  l.ensure(g.startH);
  tags.open('Table');
  drawHeader(false);
  tags.open('TBody');

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
    tags.open('TR');
    const cellTags = p.row.style === 'section'
      ? [tags.add('TD', n > 1 ? { colSpan: n } : {})]
      : p.cells.map((_c, i) => tags.add(i === 0 && rowHeaders ? 'TH' : 'TD', i === 0 && rowHeaders ? { scope: 'Row' } : {}));
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
        tags.within(cellTags[0]!, () => {
          const lines = slice[0]!;
          lines.forEach((line, j) => {
            l.page.text(l.left + padX, baseline, joinable(line, j < lines.length - 1 || (pending[0]?.length ?? 0) > 0), p.style, size, p.color);
            baseline += leading;
          });
        });
      } else {
        if (p.row.style === 'subtotal') l.page.rect(l.left, top, l.width, h, COLORS.sectionFill);
        if (p.row.style === 'total' && firstSlice) l.page.line(l.left, top, l.left + l.width, top, COLORS.ruleStrong, 0.8);
        slice.forEach((lines, i) => tags.within(cellTags[i]!, () => drawCellLines(lines, i, top, p.style, p.color, (pending[i]?.length ?? 0) > 0)));
      }
      l.y = top + h;
      l.page.line(l.left, l.y, l.left + l.width, l.y, p.row.style === 'total' ? COLORS.ruleStrong : COLORS.rule, p.row.style === 'total' ? 0.8 : 0.35);
      firstSlice = false;
    }
    tags.close();
    if (onProgress && r % 500 === 499) onProgress(r + 1);
  }
  tags.close();
  tags.close();
  if (b.note) {
    l.y += 3;
    tags.open('P');
    l.lines(l.wrap(b.note, 'regular', 8, l.width), { style: 'regular', size: 8, leading: 10.5, color: COLORS.muted });
    tags.close();
  }
  l.y += 10;
}
