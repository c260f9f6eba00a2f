import { describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import type { Block, DocumentModel } from '../../../shared/export/document.ts';
import { fallbackFor } from '../../../shared/export/pdf/fonts.ts';
import { writePdf } from '../../../shared/export/pdf/write.ts';
import { readPdf, testFonts } from './support/pdf.ts';

function doc(blocks: Block[], orientation: DocumentModel['orientation'] = 'portrait'): DocumentModel {
  return {
    meta: { title: 'Prøvedokument æøå', author: 'Kari Nordmann', subject: 'Test av PDF', keywords: ['test'], language: 'nb-NO', createdAt: '2024-01-15T10:00:00Z' },
    running: { headerLeft: 'NUIT – sak 43/23', headerRight: 'Dato: 31. oktober 2023', footerLeft: 'Prøvedokument' },
    orientation,
    blocks,
  };
}

const longTable = (rows: number): Block => ({
  kind: 'table',
  caption: 'Tabell 1: Mange rader',
  columns: [
    { header: 'Nr', width: 0.5, align: 'right' },
    { header: 'Tiltak', width: 3 },
    { header: 'Beløp', width: 1, format: 'mnok' },
  ],
  rows: Array.from({ length: rows }, (_v, i) => ({ cells: [String(i + 1), `Tiltak ${i + 1} på Ørland`, (i + 1) * 1500] })),
});

describe('PDF writer', { timeout: 60_000 }, () => {
  it('writes headings, paragraphs, lists, tables and charts with æøå and Sámi letters, page numbers and metadata', async () => {
    const bytes = await writePdf(
      doc([
        { kind: 'heading', level: 1, text: 'Overskrift med æøå ÆØÅ' },
        { kind: 'keyValue', columns: 2, rows: [{ key: 'Til', value: 'NUIT' }, { key: 'Saksnummer', value: '43/23' }] },
        { kind: 'callout', title: 'Forslag til vedtak', text: 'NUIT støtter alternativ 2.' },
        { kind: 'paragraph', text: 'Sámi: Čáhcesuolu, Áltá, ŋ đ ŧ š ž.' },
        { kind: 'list', items: ['Første punkt', 'Andre punkt'], ordered: true },
        longTable(5),
        {
          kind: 'barChart', title: 'Figur 1: Status per segment', categories: ['Samstyre', 'Koordinere'], stacked: true,
          series: [{ name: 'Grønn', color: [0, 0.5, 0], values: [6, 5] }, { name: 'Gul', color: [1, 0.8, 0], values: [7, 10] }],
        },
      ]),
      testFonts(),
    );
    const pdf = await readPdf(bytes);
    expect(pdf.text).toContain('Overskrift med æøå ÆØÅ');
    expect(pdf.text).toContain('Čáhcesuolu, Áltá, ŋ đ ŧ š ž');
    expect(pdf.text).toContain('Forslag til vedtak');
    expect(pdf.text).toContain('Tiltak 3 på Ørland');
    expect(pdf.text).toContain('7,5'); // 7 500 kNOK as MNOK
    expect(pdf.text).toContain('Figur 1: Status per segment');
    expect(pdf.text).toMatch(/Side 1 av 1/);
    expect(pdf.text).toContain('NUIT – sak 43/23');
    expect(pdf.info['Title']).toBe('Prøvedokument æøå');
    expect(pdf.info['Author']).toBe('Kari Nordmann');
    expect(pdf.info['Subject']).toBe('Test av PDF');
    const loaded = await PDFDocument.load(bytes);
    expect(loaded.catalog.get(PDFName.of('Lang'))?.toString()).toContain('nb-NO');
    const [w, h] = [pdf.pages[0]!.width, pdf.pages[0]!.height];
    expect(Math.round(w)).toBe(595);
    expect(Math.round(h)).toBe(842);
  });

  it('embeds subsets of the fonts, not the whole 500 kB files', async () => {
    const bytes = await writePdf(doc([{ kind: 'paragraph', text: 'Kort tekst.' }]), testFonts());
    expect(bytes.length).toBeLessThan(120_000);
  });

  it('breaks long tables across pages, repeats the header and marks the caption as continued', async () => {
    const bytes = await writePdf(doc([longTable(200)]), testFonts());
    const pdf = await readPdf(bytes);
    expect(pdf.pages.length).toBeGreaterThan(3);
    pdf.pages.forEach((p, i) => {
      expect(p.text).toContain('Tiltak\n');
      expect(p.text).toContain(`Side ${i + 1} av ${pdf.pages.length}`);
      if (i > 0) expect(p.text).toContain('Tabell 1: Mange rader (forts.)');
    });
    for (let n = 1; n <= 200; n += 37) expect(pdf.text).toContain(`Tiltak ${n} på Ørland`);
  });

  it('never crashes on control characters, tabs, newlines, emoji, lone surrogates or missing glyphs, and keeps text on the page', async () => {
    const nasty = 'Linje 1\nLinje 2\r\nTab\there \u0000\u0007\u001b nul, minus \u2212 5, emoji 😀 👍🏽, ensom \ud800 surrogat, kinesisk 中文, ' + 'x'.repeat(3000);
    const bytes = await writePdf(
      doc([
        { kind: 'heading', level: 2, text: nasty },
        { kind: 'paragraph', text: nasty },
        { kind: 'list', items: [nasty] },
        { kind: 'keyValue', rows: [{ key: nasty, value: nasty }] },
        { kind: 'callout', text: nasty },
        { kind: 'table', columns: [{ header: nasty, width: 1 }, { header: 'B', width: 1 }], rows: [{ cells: [nasty, nasty] }, { cells: [Number.NaN, null] }] },
        { kind: 'barChart', title: nasty, categories: [nasty], stacked: false, series: [{ name: nasty, color: [0, 0, 1], values: [Number.POSITIVE_INFINITY] }] },
        { kind: 'spacer', height: 10_000 },
        { kind: 'pageBreak', orientation: 'landscape' },
        { kind: 'paragraph', text: 'Etter sideskift' },
      ]),
      testFonts(),
    );
    const pdf = await readPdf(bytes);
    expect(pdf.text).toMatch(/minus [\u2212\u2013] 5/);
    expect(pdf.text).toContain('Etter sideskift');
    expect(pdf.pages.at(-1)!.width).toBeGreaterThan(pdf.pages.at(-1)!.height);
    for (const page of pdf.pages) {
      for (const item of page.items) {
        expect(item.x).toBeGreaterThanOrEqual(0);
        expect(item.x + item.width).toBeLessThanOrEqual(page.width + 0.5);
        expect(item.y).toBeGreaterThanOrEqual(0);
        expect(item.y).toBeLessThanOrEqual(page.height);
      }
    }
  });

  it('never opens a page with a lone closing line: the block before it moves along; headings keep with the table after them', async () => {
    const table: Block = { kind: 'table', columns: [{ header: 'Kolonne', width: 1 }], rows: [{ cells: ['Rad en'] }, { cells: ['Rad to'] }] };
    const bytes = await writePdf(
      doc([
        { kind: 'heading', level: 1, text: 'Tittel' },
        { kind: 'spacer', height: 600 },
        table,
        { kind: 'paragraph', text: 'Siste linje i avsnittet.' },
        { kind: 'heading', level: 2, text: 'Neste del' },
        { kind: 'spacer', height: 520 },
        { kind: 'heading', level: 2, text: 'Overskrift over tabell' },
        { ...table, caption: 'Tabell 2: Holdes med overskriften' } as Block,
      ]),
      testFonts(),
    );
    const pdf = await readPdf(bytes);
    expect(pdf.pages[0]!.text).not.toContain('Rad en');
    expect(pdf.pages[1]!.text).toMatch(/Rad en[\s\S]*Siste linje i avsnittet\./);
    const withHeading = pdf.pages.find((p) => p.text.includes('Overskrift over tabell'))!;
    expect(withHeading.text).toContain('Tabell 2: Holdes med overskriften');
  });

  it('splits a table row taller than a page instead of clipping it', async () => {
    const tall = Array.from({ length: 150 }, (_v, i) => `Leveranse ${i + 1}`).join('\n');
    const bytes = await writePdf(doc([{ kind: 'table', columns: [{ header: 'Leveranser', width: 1 }], rows: [{ cells: [tall] }] }]), testFonts());
    const pdf = await readPdf(bytes);
    expect(pdf.pages.length).toBeGreaterThan(1);
    expect(pdf.text).toContain('Leveranse 1\n');
    expect(pdf.text).toContain('Leveranse 150');
  });

  it('replaces characters the font lacks with readable fallbacks', () => {
    expect(fallbackFor(0x2212)).toBe('–');
    expect(fallbackFor(0x09)).toBe(' ');
    expect(fallbackFor(0x07)).toBe('');
    expect(fallbackFor(0x1f600)).toBe('?');
  });

  it('reports progress up to 1', async () => {
    const seen: number[] = [];
    await writePdf(doc([longTable(1200)]), testFonts(), { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('PDF outline', { timeout: 60_000 }, () => {
  it('bookmarks level-1 headings with their level-2 headings under them', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const bytes = await writePdf(
      doc([
        { kind: 'heading', level: 1, text: 'Saken' },
        { kind: 'heading', level: 2, text: 'Forslag til vedtak' },
        { kind: 'heading', level: 3, text: 'Ikke i omrisset' },
        { kind: 'pageBreak' },
        { kind: 'heading', level: 2, text: 'Anbefaling\u0007' },
        { kind: 'heading', level: 1, text: 'Vedlegg: æøå' },
      ]),
      testFonts(),
    );
    const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    const outline = await pdf.getOutline();
    expect(outline.map((o) => [o.title, o.items.map((i) => i.title)])).toEqual([
      ['Saken', ['Forslag til vedtak', 'Anbefaling']],
      ['Vedlegg: æøå', []],
    ]);
    const dest = outline[0]!.items[1]!.dest as unknown[];
    expect(await pdf.getPageIndex(dest[0] as { num: number; gen: number })).toBe(1);
    await pdf.destroy();
    // Each bookmark also points at its heading's structure element.
    const loaded = await PDFDocument.load(bytes);
    const look = (o: unknown) => loaded.context.lookup(o as Parameters<typeof loaded.context.lookup>[0]) as PDFDict;
    const first = look(look(loaded.catalog.get(PDFName.of('Outlines'))).get(PDFName.of('First')));
    expect(look(first.get(PDFName.of('SE'))).get(PDFName.of('S'))?.toString()).toBe('/H1');
    const child = look(first.get(PDFName.of('First')));
    expect(look(child.get(PDFName.of('SE'))).get(PDFName.of('S'))?.toString()).toBe('/H2');
  });
});

describe('reproducible PDFs', { timeout: 60_000 }, () => {
  it('the same document and creation date give byte-identical files, with stable subset font names', async () => {
    const { exampleCase } = await import('./support/examples.ts');
    const { buildCaseDocument } = await import('../../../shared/export/case-document.ts');
    const model = buildCaseDocument(exampleCase(), { generatedAt: '2023-10-31T08:00:00Z' });
    const a = await writePdf(model, testFonts());
    const b = await writePdf(structuredClone(model), testFonts());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const loaded = await PDFDocument.load(a);
    const names = new Set<string>();
    for (const [, o] of loaded.context.enumerateIndirectObjects()) {
      const base = o instanceof PDFDict ? o.get(PDFName.of('BaseFont')) : undefined;
      if (base) names.add(base.toString().slice(1));
    }
    expect([...names].every((n) => /^[A-Z]{6}\+NotoSans-(Regular|Bold|Italic)$/.test(n)), [...names].join()).toBe(true);
    expect(new Set([...names].map((n) => n.slice(0, 6))).size).toBe(3);
    const later = await writePdf({ ...model, meta: { ...model.meta, createdAt: '2023-11-01T08:00:00Z' } }, testFonts());
    expect(Buffer.from(later).equals(Buffer.from(a))).toBe(false);
  });
});
