/**
 * Print typography applied to every text the PDF writer draws, so builders and analysts' own text
 * get it alike: a minus sign (U+2212) instead of a hyphen before a number, a no-break space between
 * a number and its unit or per cent ("−100 %" never breaks), and no signed zero ("-0,0" → "0,0").
 * Hyphens inside words and ranges ("2023-2024", "Sør-Øst") are left alone.
 */
import type { Block, CellValue } from '../document.ts';

const MINUS = /(^|[\s([{/:;=~<>≈])-(?=\d)/g;
const NEG_ZERO = /(^|[^\d,.])[-\u2212](0(?:,0+)?)(?![\d,.])/g;
const UNIT = /(\d) (%|‰|MNOK|kNOK|NOK|mrd\.|mill\.|millioner|milliarder|kr\b)/g;

/** The typeset form of one text. */
export function typesetText(s: string): string {
  if (!/\d/.test(s)) return s;
  return s.replace(MINUS, '$1\u2212').replace(NEG_ZERO, '$1$2').replace(UNIT, '$1\u00a0$2');
}

const cell = (v: CellValue): CellValue => (typeof v === 'string' ? typesetText(v) : v);

/** The block with every text typeset (numbers in table cells are formatted by format-cell.ts). */
export function typesetBlock(b: Block): Block {
  switch (b.kind) {
    case 'heading':
    case 'paragraph':
      return { ...b, text: typesetText(b.text) };
    case 'keyValue':
      return { ...b, rows: b.rows.map((r) => ({ key: typesetText(r.key), value: typesetText(r.value) })) };
    case 'list':
      return { ...b, items: b.items.map(typesetText) };
    case 'callout':
      return { ...b, text: typesetText(b.text), ...(b.title !== undefined ? { title: typesetText(b.title) } : {}) };
    case 'table':
      return {
        ...b,
        ...(b.caption !== undefined ? { caption: typesetText(b.caption) } : {}),
        ...(b.note !== undefined ? { note: typesetText(b.note) } : {}),
        columns: b.columns.map((c) => ({ ...c, header: typesetText(c.header) })),
        rows: b.rows.map((r) => (r.cells.some((c) => typeof c === 'string') ? { ...r, cells: r.cells.map(cell) } : r)),
      };
    case 'barChart':
      return {
        ...b,
        title: typesetText(b.title),
        categories: b.categories.map(typesetText),
        ...(b.note !== undefined ? { note: typesetText(b.note) } : {}),
        ...(b.alt !== undefined ? { alt: typesetText(b.alt) } : {}),
      };
    default:
      return b;
  }
}
