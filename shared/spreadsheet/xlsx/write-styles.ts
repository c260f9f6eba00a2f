/**
 * Cell styles for the xlsx writer: named styles and free combinations, collected while the sheets
 * are written and emitted as styles.xml at the end (each distinct combination once).
 */

/** A combination of style properties. Colours are "RRGGBB". */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points (11 by default). */
  size?: number;
  color?: string;
  /** Solid background colour. */
  fill?: string;
  /** An Excel number format code, e.g. "#,##0.0" or "0.0%". */
  numFmt?: string;
  wrap?: boolean;
  /** A thin line under the cell (header rows). */
  borderBottom?: boolean;
}

/** The styles the app's workbooks share. */
export type StyleName = 'header' | 'title' | 'note' | 'bold' | 'wrap' | 'date' | 'mnok' | 'integer' | 'percent';

const NAMED: Record<StyleName, CellStyle> = {
  header: { bold: true, fill: 'DDE7F0', borderBottom: true, wrap: true },
  title: { bold: true, size: 14, color: '05345A' },
  note: { italic: true, color: '5F6670' },
  bold: { bold: true },
  wrap: { wrap: true },
  date: { numFmt: 'dd\\.mm\\.yyyy' },
  mnok: { numFmt: '#,##0.0' },
  integer: { numFmt: '#,##0' },
  percent: { numFmt: '0.0%' },
};

/** Excel's built-in number formats that we use, by code. */
const BUILTIN_NUMFMT: Record<string, number> = { General: 0, '#,##0': 3, '0%': 9, '0.00%': 10, '@': 49 };

interface Xf {
  style: CellStyle;
  quotePrefix: boolean;
}

/** Hands out cellXfs indexes; index 0 is the default style. */
export class StyleRegistry {
  readonly xfs: Xf[] = [{ style: {}, quotePrefix: false }];
  private readonly byKey = new Map<string, number>([['{}|false', 0]]);
  // asked for once per cell: remember named styles and style objects already seen
  private readonly byName = new Map<string, number>();
  private readonly byObject = [new WeakMap<CellStyle, number>(), new WeakMap<CellStyle, number>()] as const;

  /** The cellXfs index for a style; `quotePrefix` keeps formula-looking text as text. */
  index(ref: StyleName | CellStyle | undefined, quotePrefix = false): number {
    if (ref === undefined && !quotePrefix) return 0;
    const seen = typeof ref === 'string' ? this.byName.get(`${ref}|${quotePrefix}`) : ref ? this.byObject[quotePrefix ? 1 : 0].get(ref) : undefined;
    if (seen !== undefined) return seen;
    const i = this.lookup(ref, quotePrefix);
    if (typeof ref === 'string') this.byName.set(`${ref}|${quotePrefix}`, i);
    else if (ref) this.byObject[quotePrefix ? 1 : 0].set(ref, i);
    return i;
  }

  private lookup(ref: StyleName | CellStyle | undefined, quotePrefix: boolean): number {
    const style = ref === undefined ? {} : typeof ref === 'string' ? NAMED[ref] : ref;
    const key = `${JSON.stringify(style, Object.keys(style).sort())}|${quotePrefix}`;
    let i = this.byKey.get(key);
    if (i === undefined) {
      i = this.xfs.length;
      this.xfs.push({ style, quotePrefix });
      this.byKey.set(key, i);
    }
    return i;
  }
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const argb = (rgb: string) => `FF${rgb.replace(/^#/, '').toUpperCase()}`;

/** Distinct strings in the order first added, each with its index (style parts, shared strings). */
export class UniqueList {
  readonly items: string[] = [];
  private readonly at = new Map<string, number>();
  constructor(initial: readonly string[] = []) {
    for (const x of initial) this.add(x);
  }
  add(xml: string): number {
    let i = this.at.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(xml);
      this.at.set(xml, i);
    }
    return i;
  }
}

/** styles.xml for every style the registry handed out. */
export function buildStylesXml(registry: StyleRegistry): string {
  const fonts = new UniqueList(['<font><sz val="11"/><name val="Calibri"/></font>']);
  const fills = new UniqueList(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  const borders = new UniqueList(['<border><left/><right/><top/><bottom/><diagonal/></border>']);
  const numFmts: string[] = [];
  const numFmtIds = new Map<string, number>();
  const xfs = registry.xfs.map(({ style: s, quotePrefix }) => {
    const font = fonts.add(
      `<font>${s.bold ? '<b/>' : ''}${s.italic ? '<i/>' : ''}<sz val="${s.size ?? 11}"/>${s.color ? `<color rgb="${argb(s.color)}"/>` : ''}<name val="Calibri"/></font>`,
    );
    const fill = s.fill ? fills.add(`<fill><patternFill patternType="solid"><fgColor rgb="${argb(s.fill)}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const border = s.borderBottom ? borders.add('<border><left/><right/><top/><bottom style="thin"><color rgb="FF5A6B7B"/></bottom><diagonal/></border>') : 0;
    let numFmt = quotePrefix ? 49 : 0;
    if (s.numFmt) {
      numFmt = BUILTIN_NUMFMT[s.numFmt] ?? numFmtIds.get(s.numFmt) ?? 164 + numFmts.length;
      if (numFmt >= 164 && !numFmtIds.has(s.numFmt)) {
        numFmtIds.set(s.numFmt, numFmt);
        numFmts.push(`<numFmt numFmtId="${numFmt}" formatCode="${attr(s.numFmt)}"/>`);
      }
    }
    const apply = [
      numFmt ? ' applyNumberFormat="1"' : '',
      font ? ' applyFont="1"' : '',
      fill ? ' applyFill="1"' : '',
      border ? ' applyBorder="1"' : '',
      s.wrap ? ' applyAlignment="1"' : '',
      quotePrefix ? ' quotePrefix="1"' : '',
    ].join('');
    const alignment = s.wrap ? '<alignment wrapText="1" vertical="top"/>' : '';
    return `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${apply}${alignment ? `>${alignment}</xf>` : '/>'}`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '') +
    `<fonts count="${fonts.items.length}">${fonts.items.join('')}</fonts>` +
    `<fills count="${fills.items.length}">${fills.items.join('')}</fills>` +
    `<borders count="${borders.items.length}">${borders.items.join('')}</borders>` +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
  );
}
