/**
 * Fast text for pdf-lib. pdf-lib's `drawText` and `widthOfTextAtSize` run fontkit's OpenType shaping
 * on every call (~60 ms per page of table text, MEASUREMENTS.md). Latin text needs no shaping, so we
 * encode each character once (registering its glyph in the subset) and keep its hex code and width;
 * a string is then a concatenation of cached codes. Kerning is not applied, consistently in both
 * measuring and drawing, so what is measured is what is drawn.
 *
 * Any character the font lacks is replaced (see {@link fallbackFor}), never passed on: a missing
 * glyph would print as a box, and control characters would break the content stream.
 */
import type { PDFFont } from 'pdf-lib';

/** The part of a fontkit font we need to know which characters it covers. */
export interface GlyphCoverage {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** What a text run becomes: hex glyph codes for the content stream, and its width at 1 pt. */
export interface EncodedText {
  hex: string;
  /** Width at font size 1 (multiply by the size). */
  width: number;
}

/** Replacements tried in order when the font lacks a character. */
const FALLBACKS: Record<number, string> = {
  0x2212: '–', // minus sign: the en dash Norwegian print uses (the canvas adds ActualText U+2212)
  0x2010: '-',
  0x2011: '-',
  0x2012: '–',
  0x2015: '—',
  0x00ad: '', // soft hyphen: invisible unless at a break
  0x200b: '',
  0x200c: '',
  0x200d: '',
  0x2060: '',
  0xfeff: '',
  0x2028: ' ',
  0x2029: ' ',
  0x00a0: ' ',
  0x202f: ' ',
  0x2009: ' ',
  0x2007: ' ',
  0x2018: "'",
  0x2019: "'",
  0x201c: '"',
  0x201d: '"',
  0x201e: '"',
  0x2026: '...',
  0x2022: '-',
  0x2264: '<=',
  0x2265: '>=',
  0x2192: '->',
};

/** The characters to use instead of `cp` when the font lacks it ('' to drop it). */
export function fallbackFor(cp: number): string {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return cp === 0x09 ? ' ' : '';
  if (cp >= 0xd800 && cp <= 0xdfff) return '?'; // lone surrogate
  if (cp >= 0xfe00 && cp <= 0xfe0f) return ''; // variation selectors (emoji presentation)
  return FALLBACKS[cp] ?? '?';
}

/**
 * The parts of pdf-lib's (private) subset embedder used to register a glyph without running the
 * shaper. Checked at run time; when absent we fall back to the public `encodeText`.
 */
interface SubsetEmbedderInternals {
  font: GlyphCoverage & { unitsPerEm: number; glyphForCodePoint(cp: number): { id: number; advanceWidth: number } };
  subset: { includeGlyph(glyph: unknown): number };
  glyphs: unknown[];
  glyphIdMap: Map<number, number>;
  glyphCache: { invalidate(): void };
}

function internalsOf(pdfFont: PDFFont): SubsetEmbedderInternals | null {
  const e = (pdfFont as unknown as { embedder?: Partial<SubsetEmbedderInternals> }).embedder;
  if (!e || !e.font || !e.subset || !Array.isArray(e.glyphs) || !(e.glyphIdMap instanceof Map) || !e.glyphCache) return null;
  if (typeof e.font.glyphForCodePoint !== 'function' || typeof e.subset.includeGlyph !== 'function') return null;
  return e as SubsetEmbedderInternals;
}

/** Encodes and measures text in one embedded font, caching per character and per string. */
export class FastFont {
  private readonly bmpHex: (string | undefined)[] = new Array<string | undefined>(65536);
  private readonly bmpWidth = new Float64Array(65536).fill(-1);
  private readonly astral = new Map<number, EncodedText>();
  private readonly strings = new Map<string, EncodedText>();
  private readonly questionMark: EncodedText;
  private readonly internals: SubsetEmbedderInternals | null;
  private readonly coverage: GlyphCoverage;

  /**
   * `coverage` is needed only when pdf-lib's embedder internals are not available (then the
   * characters are encoded through the public, shaping `encodeText`).
   */
  constructor(
    readonly pdfFont: PDFFont,
    coverage?: GlyphCoverage,
  ) {
    this.internals = internalsOf(pdfFont);
    const cov = this.internals?.font ?? coverage;
    if (!cov) throw new Error('FastFont: fonten mangler tegnoversikt (fontkit).');
    this.coverage = cov;
    this.questionMark = this.encodeRaw('?');
  }

  /** Encodes one character the font covers: registers its glyph in the subset. */
  private encodeRaw(s: string): EncodedText {
    const e = this.internals;
    if (e) {
      // What pdf-lib's CustomFontSubsetEmbedder.encodeText does per glyph, minus the shaping.
      const glyph = e.font.glyphForCodePoint(s.codePointAt(0)!);
      const id = e.subset.includeGlyph(glyph);
      e.glyphs[id - 1] = glyph;
      e.glyphIdMap.set(glyph.id, id);
      e.glyphCache.invalidate();
      return { hex: id.toString(16).toUpperCase().padStart(4, '0'), width: glyph.advanceWidth / e.font.unitsPerEm };
    }
    return { hex: this.pdfFont.encodeText(s).asString(), width: this.pdfFont.widthOfTextAtSize(s, 1) };
  }

  /** Hex code and width of one code point, resolving fallbacks; cached. */
  private glyph(cp: number): EncodedText {
    if (cp < 65536) {
      const w = this.bmpWidth[cp]!;
      if (w >= 0) return { hex: this.bmpHex[cp]!, width: w };
    } else {
      const hit = this.astral.get(cp);
      if (hit) return hit;
    }
    let enc: EncodedText;
    if (cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0) && !(cp >= 0xd800 && cp <= 0xdfff) && this.coverage.hasGlyphForCodePoint(cp)) {
      enc = this.encodeRaw(String.fromCodePoint(cp));
    } else {
      const fb = fallbackFor(cp);
      let hex = '';
      let width = 0;
      for (const ch of fb) {
        const c = ch.codePointAt(0)!;
        const g = c !== cp && this.coverage.hasGlyphForCodePoint(c) ? this.encodeRaw(ch) : this.questionMark;
        hex += g.hex;
        width += g.width;
      }
      enc = { hex, width };
    }
    if (cp < 65536) {
      this.bmpHex[cp] = enc.hex;
      this.bmpWidth[cp] = enc.width;
    } else this.astral.set(cp, enc);
    return enc;
  }

  /** Encodes a run of text (no line breaks expected; any control character is dropped). */
  encode(text: string): EncodedText {
    const hit = this.strings.get(text);
    if (hit) return hit;
    let hex = '';
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
        const lo = text.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
          i++;
        }
      }
      const w = cp < 65536 ? this.bmpWidth[cp]! : -1;
      if (w >= 0) {
        hex += this.bmpHex[cp]!;
        width += w;
      } else {
        const g = this.glyph(cp);
        hex += g.hex;
        width += g.width;
      }
    }
    const enc = { hex, width };
    // Bounded so a 100k-row appendix does not keep every distinct cell alive.
    if (this.strings.size < 50_000) this.strings.set(text, enc);
    return enc;
  }

  /** True when the font has a glyph for `cp`. */
  covers(cp: number): boolean {
    return this.coverage.hasGlyphForCodePoint(cp);
  }

  /**
   * Names the embedded subset `ABCDEF+PostScriptName`, the tag derived from the glyphs used (so the
   * same text gives the same name, and different subsets different tags). Call once drawing is
   * done. Without pdf-lib's internals pdf-lib keeps the name it was given at embedding.
   */
  nameSubset(): string | null {
    const e = this.internals as (SubsetEmbedderInternals & { customName?: string; fontName?: string }) | null;
    if (!e) return null;
    const font = (e.fontName ?? 'NotoSans').replace(/[^!-~]|[[\]()<>{}/%#]/g, '');
    // FNV-1a over the font's name and the subset's glyph ids, in subset order.
    let h = 0x811c9dc5;
    for (let i = 0; i < font.length; i++) h = Math.imul(h ^ font.charCodeAt(i), 0x01000193) >>> 0;
    for (const [gid, sid] of e.glyphIdMap) {
      h = Math.imul(h ^ gid, 0x01000193) >>> 0;
      h = Math.imul(h ^ sid, 0x01000193) >>> 0;
    }
    let tag = '';
    for (let i = 0; i < 6; i++) {
      tag += String.fromCharCode(65 + (h % 26));
      h = Math.floor(h / 26);
    }
    const name = `${tag}+${font}`;
    e.customName = name;
    return name;
  }

  /** Width of `text` at `size` pt. */
  width(text: string, size: number): number {
    return this.encode(text).width * size;
  }
}
