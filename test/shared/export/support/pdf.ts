// Test support: fonts from assets/, and text extraction from PDFs with pdfjs-dist (legacy build for Node).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfFontFiles } from '../../../../shared/export/pdf/write.ts';

// From the repository root (vitest's working directory; import.meta.url is not a file URL under jsdom).
const fontDir = resolve('assets/fonts') + '/';

let fonts: PdfFontFiles | null = null;
export function testFonts(): PdfFontFiles {
  fonts ??= {
    regular: new Uint8Array(readFileSync(`${fontDir}NotoSans-Regular.ttf`)),
    bold: new Uint8Array(readFileSync(`${fontDir}NotoSans-Bold.ttf`)),
    italic: new Uint8Array(readFileSync(`${fontDir}NotoSans-Italic.ttf`)),
  };
  return fonts;
}

export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
}

export interface PdfPage {
  width: number;
  height: number;
  text: string;
  items: PdfTextItem[];
}

export interface PdfInfo {
  pages: PdfPage[];
  info: Record<string, unknown>;
  /** All text, pages joined with a form feed. */
  text: string;
}

/** Extracts text (and its positions) from every page. */
export async function readPdf(bytes: Uint8Array): Promise<PdfInfo> {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const view = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    const lines: string[] = [];
    for (const it of content.items) {
      if (!('str' in it)) continue;
      items.push({ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, width: it.width });
      lines.push(it.str);
    }
    pages.push({ width: view.width, height: view.height, text: lines.join('\n'), items });
  }
  const meta = await doc.getMetadata();
  await doc.destroy();
  return { pages, info: meta.info as Record<string, unknown>, text: pages.map((p) => p.text).join('\f') };
}
