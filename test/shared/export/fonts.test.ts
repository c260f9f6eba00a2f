import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { FastFont } from '../../../shared/export/pdf/fonts.ts';
import { testFonts } from './support/pdf.ts';

describe('FastFont', () => {
  it('measures like pdf-lib (without kerning) and encodes per character, subset glyph ids included', async () => {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(fontkit);
    const font = await pdf.embedFont(testFonts().regular, { subset: true });
    const fast = new FastFont(font);
    for (const text of ['Hei', 'æøå ÆØÅ', 'Čáhcesuolu ŋ đ ŧ', '1 234,5']) {
      const expected = [...text].reduce((s, ch) => s + font.widthOfTextAtSize(ch, 10), 0);
      expect(fast.width(text, 10)).toBeCloseTo(expected, 6);
    }
    const a = fast.encode('ab').hex;
    expect(a).toMatch(/^[0-9A-F]{8}$/);
    expect(fast.encode('ba').hex).toBe(a.slice(4) + a.slice(0, 4));
    // Missing glyphs and control characters never reach the font.
    expect(fast.encode('\u2212').hex).toBe(fast.encode('–').hex); // Noto Sans here lacks U+2212: en dash, as Norwegian print
    expect(fast.encode('\u0007').hex).toBe('');
    expect(fast.encode('😀').hex).toBe(fast.encode('?').hex);
  });

  it('falls back to pdf-lib’s public encoder when the subset internals are not there', async () => {
    const pdf = await PDFDocument.create();
    const helvetica = await pdf.embedFont(StandardFonts.Helvetica);
    const fast = new FastFont(helvetica, { hasGlyphForCodePoint: (cp) => cp >= 0x20 && cp < 0x7f });
    expect(fast.encode('Hei').hex).toBe(helvetica.encodeText('Hei').asString());
    expect(fast.encode('ø').hex).toBe(helvetica.encodeText('?').asString());
    expect(fast.width('Hei', 12)).toBeCloseTo(helvetica.widthOfTextAtSize('Hei', 12), 6);
  });
});
