/**
 * The plain document model every PDF export is built from. Builders (case document, status report)
 * turn domain data into these blocks; writers (shared/export/pdf) turn blocks into pages. Keeping the
 * two steps apart lets the content be tested as data, without a PDF in between.
 *
 * Money in table cells is integer kNOK with a column format that says how to show it.
 */

/** An RGB colour, each channel 0–1. */
export type Rgb = readonly [number, number, number];

export type Align = 'left' | 'right' | 'center';

/**
 * How a cell value is shown.
 * - `text`: as given.
 * - `mnok`: integer kNOK shown as MNOK with one decimal ("40,7").
 * - `mnokSigned`: like `mnok` with "+" on increases ("+2,0", "-17,0").
 * - `integer`: a count ("1 234").
 * - `percent`: a percent number with one decimal ("-12,5 %").
 */
export type CellFormat = 'text' | 'mnok' | 'mnokSigned' | 'integer' | 'percent';

export type CellValue = string | number | null;

export interface TableColumn {
  header: string;
  /** Relative width; the writer scales the weights to the text width. */
  width: number;
  align?: Align;
  format?: CellFormat;
}

/** A grouping header cell above the column headers ("Alternativ 1" over three columns). */
export interface HeaderGroup {
  label: string;
  span: number;
}

export type RowStyle = 'normal' | 'subtotal' | 'total' | 'section' | 'muted';

export interface TableRow {
  cells: CellValue[];
  style?: RowStyle;
}

export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  style?: 'normal' | 'bold' | 'italic' | 'small' | 'muted';
}

/** A box of label/value pairs, like the header block of a NUIT case (Til, Dato, Saksnummer ...). */
export interface KeyValueBlock {
  kind: 'keyValue';
  rows: { key: string; value: string }[];
  /** Lay the pairs out in two columns side by side. */
  columns?: 1 | 2;
}

export interface ListBlock {
  kind: 'list';
  items: string[];
  ordered?: boolean;
}

/** Text in a box with an accent bar, e.g. "Forslag til vedtak". */
export interface CalloutBlock {
  kind: 'callout';
  title?: string;
  text: string;
}

export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: TableRow[];
  /** Optional group row above the column headers; spans must add up to the column count. */
  headerGroups?: HeaderGroup[];
  /** Shown above the table ("Tabell 1: ..."); repeated with "(forts.)" on following pages. */
  caption?: string;
  /** Small print below the table (units, sources, footnotes). */
  note?: string;
  /** Font size of the body; 9 by default. */
  fontSize?: number;
}

export interface ChartSeries {
  name: string;
  color: Rgb;
  values: number[];
  /** Colour of value labels drawn on this series' bars (dark text on light colours). */
  labelColor?: Rgb;
}

/** Horizontal bars per category, stacked or grouped; drawn as vector graphics. */
export interface BarChartBlock {
  kind: 'barChart';
  title: string;
  categories: string[];
  series: ChartSeries[];
  stacked: boolean;
  /** How values are written on the bars and axis. */
  format?: CellFormat;
  note?: string;
  /**
   * Alternative text for readers who cannot see the chart (tagged PDF). By default the writer
   * states the chart's kind, title and every value.
   */
  alt?: string;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
  /** Orientation of the pages from here on (default: unchanged). */
  orientation?: Orientation;
}

export interface SpacerBlock {
  kind: 'spacer';
  height: number;
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | KeyValueBlock
  | ListBlock
  | CalloutBlock
  | TableBlock
  | BarChartBlock
  | PageBreakBlock
  | SpacerBlock;

export type Orientation = 'portrait' | 'landscape';

/** Document properties written into the PDF's metadata. */
export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47, "nb-NO". */
  language: string;
  /** ISO timestamp used as creation and modification date (keeps output reproducible). */
  createdAt: string;
}

/** Text repeated on every page. Page numbers ("Side 2 av 9") are added by the writer. */
export interface RunningText {
  headerLeft: string;
  headerRight: string;
  footerLeft: string;
}

export interface DocumentModel {
  meta: DocumentMeta;
  running: RunningText;
  orientation: Orientation;
  blocks: Block[];
}

/** Every text a document shows, in order; used by tests and to check fonts before writing. */
export function documentTexts(doc: DocumentModel): string[] {
  const out: string[] = [doc.running.headerLeft, doc.running.headerRight, doc.running.footerLeft];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        out.push(b.text);
        break;
      case 'keyValue':
        for (const r of b.rows) out.push(r.key, r.value);
        break;
      case 'list':
        out.push(...b.items);
        break;
      case 'callout':
        if (b.title) out.push(b.title);
        out.push(b.text);
        break;
      case 'table':
        if (b.caption) out.push(b.caption);
        out.push(...b.columns.map((c) => c.header));
        for (const r of b.rows) for (const c of r.cells) if (typeof c === 'string') out.push(c);
        if (b.note) out.push(b.note);
        break;
      case 'barChart':
        out.push(b.title, ...b.categories, ...b.series.map((s) => s.name));
        break;
      default:
        break;
    }
  }
  return out;
}
