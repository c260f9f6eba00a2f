/**
 * Horizontal bar charts as vector graphics: stacked (status per segment) or grouped (alternatives
 * per service area). Every bar carries its value as text and the legend names each series, so
 * colour is never the only signal, and the chart survives black-and-white printing.
 */
import type { BarChartBlock } from '../document.ts';
import { formatCell } from '../format-cell.ts';
import { COLORS } from './layout.ts';
import type { Layout } from './layout.ts';

/** A round tick step for an axis up to `v` with about four intervals: 1, 2, 2.5, 5 × 10^k. */
export function niceStep(v: number, integer: boolean): number {
  if (!(v > 0)) return 1;
  const raw = v / 4;
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  let step = 10 * p;
  for (const m of [1, 2, 2.5, 5, 10]) {
    if (m * p >= raw) {
      step = m * p;
      break;
    }
  }
  return integer ? Math.max(1, Math.ceil(step)) : step;
}

/**
 * The figure's alternative text: what kind of chart, what it shows, and every value, so a
 * screen-reader user gets the same figures a sighted reader reads off the bars.
 */
export function chartAltText(b: BarChartBlock): string {
  if (b.alt?.trim()) return b.alt.trim();
  const fmt = b.format ?? 'integer';
  const title = b.title.replace(/^Figur\s*\d*\s*[:.]\s*/i, '').trim();
  const kind = b.stacked ? 'Liggende stablet stolpediagram' : 'Liggende stolpediagram';
  const perCat = b.categories.map((cat, i) => {
    const vals = b.series.map((s) => ({ name: s.name, v: Number.isFinite(s.values[i]) ? Math.max(0, s.values[i]!) : 0 }));
    const parts = vals.map((x) => `${x.name} ${formatCell(x.v, fmt)}`);
    if (b.stacked) parts.push(`i alt ${formatCell(vals.reduce((a, x) => a + x.v, 0), fmt)}`);
    return `${cat}: ${parts.join(', ')}`;
  });
  const body = perCat.length ? ` ${perCat.join('. ')}.` : ' Ingen verdier.';
  return `${kind}: ${title}.${body}`;
}

/** Layout constants and the heights the chart needs. */
function chartSize(l: Layout, b: BarChartBlock) {
  const S = b.series.length;
  const barH = b.stacked ? 15 : Math.max(7, Math.min(12, 30 / Math.max(S, 1)));
  const rowH = (b.stacked ? barH : barH * S + 2 * (S - 1)) + 9;
  const whole = 16 + 16 + 12 + b.categories.length * rowH + (b.note ? 14 : 0) + 12;
  const start = whole <= l.bodyHeight ? whole : 16 + 16 + 12 + Math.min(2, b.categories.length) * rowH;
  return { barH, rowH, start };
}

/** Height the chart needs on the page it starts on (all of it when it fits on a page). */
export function chartStart(l: Layout, b: BarChartBlock): number {
  return chartSize(l, b).start;
}

/** Draws the chart: its title as a Caption, then a Figure (with alt text) of legend, axis and bars. */
export function drawBarChart(l: Layout, b: BarChartBlock): void {
  const size = 8.5;
  const fmt = b.format ?? 'integer';
  const cats = b.categories;
  const { barH, rowH, start } = chartSize(l, b);
  const labelW = Math.min(l.width * 0.32, Math.max(40, ...cats.map((c) => l.fonts.regular.width(c, size))) + 10);
  const totalW = 38;
  const x0 = l.left + labelW;
  const plotW = l.width - labelW - totalW;
  const values = (i: number) => b.series.map((s) => (Number.isFinite(s.values[i]) ? Math.max(0, s.values[i]!) : 0));
  const peak = Math.max(0, ...cats.map((_, i) => (b.stacked ? values(i).reduce((a, v) => a + v, 0) : Math.max(0, ...values(i)))));
  const step = niceStep(peak, fmt === 'integer');
  const max = Math.max(step, Math.ceil(peak / step - 1e-9) * step);
  const scale = plotW / max;
  const ticks: number[] = [];
  for (let t = 0; t <= max + 1e-9; t += step) ticks.push(t);

  // The whole chart moves to the next page when it fits there; a taller one starts once the
  // title, legend and axis fit with its first two bars.
  l.ensure(start);
  l.tags.open('Caption');
  l.lines(l.wrap(b.title, 'bold', 10, l.width), { style: 'bold', size: 10, leading: 14, color: COLORS.heading });
  l.tags.close();
  l.y += 3;
  l.tags.open('Figure', { alt: chartAltText(b) });
  let lx = x0;
  for (const s of b.series) {
    // A name too long for the legend's width is cut with "…" (the alt text has it whole).
    const lines = l.wrap(s.name.replace(/\s+/g, ' '), 'regular', size, l.left + l.width - x0 - 24);
    const name = lines.length > 1 ? `${lines[0]}…` : (lines[0] ?? '');
    const w = l.fonts.regular.width(name, size);
    if (lx + 12 + w > l.left + l.width) {
      lx = x0;
      l.y += 13;
    }
    l.page.rect(lx, l.y + 1.5, 8, 8, s.color);
    l.page.frame(lx, l.y + 1.5, 8, 8, COLORS.ruleStrong, 0.3);
    l.page.text(lx + 11, l.y + 9, name, 'regular', size, COLORS.text);
    lx += 11 + w + 14;
  }
  l.y += 16;
  const axisTop = l.y;
  for (const t of ticks) {
    const label = formatCell(Math.round(t * 10) / 10, fmt);
    const w = l.fonts.regular.width(label, 7.5);
    l.page.text(Math.min(x0 + t * scale - w / 2, l.left + l.width - w), axisTop + 8, label, 'regular', 7.5, COLORS.muted);
  }
  l.y += 12;

  cats.forEach((cat, i) => {
    l.ensure(rowH);
    const top = l.y;
    for (const t of ticks) l.page.line(x0 + t * scale, top, x0 + t * scale, top + rowH, t === 0 ? COLORS.ruleStrong : COLORS.rule, t === 0 ? 0.6 : 0.25);
    const label = l.wrap(cat, 'regular', size, labelW - 8)[0] ?? '';
    const barsH = rowH - 9;
    l.page.text(l.left, top + 4.5 + barsH / 2 + size * 0.35, label, 'regular', size, COLORS.text);
    const vals = values(i);
    if (b.stacked) {
      let x = x0;
      const y = top + 4.5;
      vals.forEach((v, s) => {
        const w = v * scale;
        if (w <= 0) return;
        const series = b.series[s]!;
        l.page.rect(x, y, w, barH, series.color);
        const text = formatCell(v, fmt);
        const tw = l.fonts.bold.width(text, size);
        if (tw + 4 <= w) l.page.text(x + (w - tw) / 2, y + barH / 2 + size * 0.35, text, 'bold', size, series.labelColor ?? COLORS.white);
        x += w;
      });
      const sum = vals.reduce((a, v) => a + v, 0);
      l.page.text(x + 4, y + barH / 2 + size * 0.35, formatCell(sum, fmt), 'bold', size, COLORS.text);
    } else {
      vals.forEach((v, s) => {
        const y = top + 4.5 + s * (barH + 2);
        const w = v * scale;
        if (w > 0) l.page.rect(x0, y, w, barH, b.series[s]!.color);
        l.page.text(x0 + w + 3, y + barH / 2 + 7.5 * 0.35, formatCell(v, fmt), 'regular', 7.5, COLORS.text);
      });
    }
    l.y = top + rowH;
  });
  l.tags.close();
  if (b.note) {
    l.y += 3;
    l.tags.open('P');
    l.lines(l.wrap(b.note, 'regular', 8, l.width), { style: 'regular', size: 8, leading: 10.5, color: COLORS.muted });
    l.tags.close();
  }
  l.y += 12;
}
