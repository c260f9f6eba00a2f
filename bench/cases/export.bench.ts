import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { zlibSync } from 'fflate';
import { PDFDocument, rgb } from 'pdf-lib';
import { measure } from '../harness.ts';
import type { BenchCase, BenchResult } from '../harness.ts';
import { parseCaseFile } from '../../shared/budget/case-file.ts';
import { buildCaseDocument } from '../../shared/export/case-document.ts';
import type { DocumentModel } from '../../shared/export/document.ts';
import { asciiBytes, writePdf } from '../../shared/export/pdf/write.ts';
import type { PdfFontFiles } from '../../shared/export/pdf/write.ts';
import { writeCaseWorkbook } from '../../shared/export/xlsx/case-workbook.ts';

// PDF: the same table report (9 000 rows × 8 cells, A4 landscape) written four ways in one run:
// our writer (cached glyph codes/widths, one deflated stream per page), pdfkit (dev dependency, for
// this comparison only: text per cell, widthOfString to right-align numbers, the same Noto Sans
// subset-embedded), naive pdf-lib (drawText per cell, widthOfTextAtSize: fontkit shapes on every
// call), and a floor that only builds and deflates equivalent content streams. Target: ours at most
// as slow as pdfkit, i.e. a 200-page report in about 2 s.
const root = fileURLToPath(new URL('../..', import.meta.url));
const font = (face: string) => new Uint8Array(readFileSync(`${root}assets/fonts/NotoSans-${face}.ttf`));
const fonts: PdfFontFiles = { regular: font('Regular'), bold: font('Bold'), italic: font('Italic') };

const ROWS = 9000;
const ROWS_PER_PAGE = 45;
const OWNERS = ['Helse Sør-Øst', 'Direktoratet for e-helse', 'Norsk helsenett', 'Helse Midt-Norge', 'Folkehelseinstituttet', 'KS'];
const row = (i: number) => [
  String(i + 1),
  OWNERS[i % OWNERS.length]!,
  `Tiltak ${i + 1} for måling av eksport, æøå`,
  ['Samstyre', 'Koordinere', 'Observere'][i % 3]!,
  ['Konsept', 'Planlegge', 'Gjennomføre'][i % 3]!,
  ['Grønn', 'Gul', 'Rød'][i % 3]!,
  ['Grønn', 'Gul', 'Rød'][(i >> 1) % 3]!,
  `${(i % 997) / 10}`.replace('.', ','),
];
const HEADERS = ['Nr', 'Aktør', 'Tiltak', 'Segment', 'Fase', 'Status', 'Risiko', 'MNOK'];
const X = [40, 75, 215, 470, 545, 625, 690, 760];

function tableDoc(): DocumentModel {
  return {
    meta: { title: 'Ytelsestest', author: 'bench', subject: 'bench', keywords: [], language: 'nb-NO', createdAt: '2024-01-01T00:00:00Z' },
    running: { headerLeft: 'Ytelsestest', headerRight: '', footerLeft: 'Ytelsestest' },
    orientation: 'landscape',
    blocks: [
      {
        kind: 'table',
        fontSize: 7,
        columns: HEADERS.map((header, i) => ({ header, width: [0.5, 2, 3.6, 1, 1.1, 0.8, 0.8, 0.7][i]!, align: i === 0 || i === 7 ? ('right' as const) : ('left' as const) })),
        rows: Array.from({ length: ROWS }, (_v, i) => ({ cells: row(i) })),
      },
    ],
  };
}

async function naivePdf(): Promise<number> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(fonts.regular, { subset: true });
  const bold = await pdf.embedFont(fonts.bold, { subset: true });
  let pages = 0;
  for (let start = 0; start < ROWS; start += ROWS_PER_PAGE) {
    const page = pdf.addPage([841.89, 595.28]);
    pages++;
    HEADERS.forEach((h, c) => page.drawText(h, { x: X[c]!, y: 550, size: 8, font: bold }));
    for (let r = 0; r < ROWS_PER_PAGE && start + r < ROWS; r++) {
      const cells = row(start + r);
      const y = 535 - r * 11;
      cells.forEach((text, c) => {
        const right = c === 0 || c === 7;
        const x = right ? X[c]! + 25 - regular.widthOfTextAtSize(text, 7) : X[c]!;
        page.drawText(text, { x, y, size: 7, font: regular, color: rgb(0.1, 0.1, 0.1) });
      });
    }
    page.drawText(`Side ${pages}`, { x: 760, y: 20, size: 8, font: regular });
  }
  await pdf.save();
  return pages;
}

interface PdfKitDoc {
  registerFont(name: string, data: Uint8Array): void;
  font(name: string): PdfKitDoc;
  fontSize(size: number): PdfKitDoc;
  widthOfString(text: string): number;
  text(text: string, x: number, y: number, options?: { lineBreak?: boolean }): PdfKitDoc;
  addPage(): PdfKitDoc;
  on(event: 'data', fn: (chunk: Uint8Array) => void): void;
  on(event: 'end', fn: () => void): void;
  end(): void;
}

async function pdfkitPdf(): Promise<number> {
  // @ts-expect-error -- pdfkit publishes no types; the few calls used are typed by PdfKitDoc.
  const mod = (await import('pdfkit')) as { default: new (o: object) => PdfKitDoc };
  const doc = new mod.default({ size: 'A4', layout: 'landscape', margin: 0, autoFirstPage: true });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const done = new Promise<void>((resolve) => doc.on('end', resolve));
  doc.on('data', () => {});
  let pages = 0;
  for (let start = 0; start < ROWS; start += ROWS_PER_PAGE) {
    if (pages > 0) doc.addPage();
    pages++;
    doc.font('bold').fontSize(8);
    HEADERS.forEach((h, c) => doc.text(h, X[c]!, 40, { lineBreak: false }));
    doc.font('regular').fontSize(7);
    for (let r = 0; r < ROWS_PER_PAGE && start + r < ROWS; r++) {
      const cells = row(start + r);
      const y = 55 + r * 11;
      cells.forEach((text, c) => {
        const right = c === 0 || c === 7;
        doc.text(text, right ? X[c]! + 25 - doc.widthOfString(text) : X[c]!, y, { lineBreak: false });
      });
    }
    doc.fontSize(8).text(`Side ${pages}`, 760, 570, { lineBreak: false });
  }
  doc.end();
  await done;
  return pages;
}

/** Content streams of the same shape (positioned hex text runs), deflated; no fonts, no layout. */
function floorPdf(): number {
  let pages = 0;
  let bytes = 0;
  const hex = (s: string) => {
    let h = '';
    for (let i = 0; i < s.length; i++) h += s.charCodeAt(i).toString(16).padStart(4, '0');
    return h;
  };
  for (let start = 0; start < ROWS; start += ROWS_PER_PAGE) {
    const ops: string[] = ['BT'];
    for (let r = 0; r < ROWS_PER_PAGE && start + r < ROWS; r++) {
      row(start + r).forEach((text, c) => ops.push(`/F1 7 Tf 1 0 0 1 ${X[c]} ${535 - r * 11} Tm <${hex(text)}> Tj`));
    }
    ops.push('ET');
    bytes += zlibSync(asciiBytes(ops.join('\n')), { level: 6 }).length;
    pages++;
  }
  return bytes > 0 ? pages : 0;
}

const exampleCase = () => {
  const res = parseCaseFile(readFileSync(`${root}assets/examples/nuit-43-23-sak.json`, 'utf8'));
  if (!res.ok) throw new Error('eksempelsaken er ugyldig');
  return res.case;
};

export const cases: BenchCase[] = [
  {
    name: 'eksport: PDF-tabellrapport (vår / pdfkit / naiv pdf-lib / gulv)',
    run: async () => {
      const doc = tableDoc();
      // Pages counted once, outside the timing: parsing the tagged file back (~80 000 structure
      // elements) costs more than writing it.
      const ourPages = (await PDFDocument.load(await writePdf(doc, fonts), { updateMetadata: false })).getPageCount();
      const ours = await measure(() => writePdf(doc, fonts), 3);
      let floorPages = 0;
      const floor = await measure(() => (floorPages = floorPdf()), 3);
      let kitPages = 0;
      const kit = await measure(async () => (kitPages = await pdfkitPdf()), 3);
      // Naive pdf-lib takes ~60 ms a page: one run, no warm-up.
      const t0 = performance.now();
      const naivePages = await naivePdf();
      const naive = performance.now() - t0;
      const perPage = (ms: number, pages: number) => Number((ms / pages).toFixed(1));
      const results: BenchResult[] = [
        { name: `eksport: PDF ${ROWS} rader, vår skriver`, ms: ours, extra: { pages: ourPages, msPerPage: perPage(ours, ourPages), msPer1kRows: perPage(ours, ROWS / 1000) } },
        { name: `eksport: PDF ${ROWS} rader, pdfkit`, ms: kit, extra: { pages: kitPages, msPerPage: perPage(kit, kitPages), msPer1kRows: perPage(kit, ROWS / 1000) } },
        { name: `eksport: PDF ${ROWS} rader, naiv pdf-lib (drawText)`, ms: naive, extra: { pages: naivePages, msPerPage: perPage(naive, naivePages), msPer1kRows: perPage(naive, ROWS / 1000) } },
        { name: `eksport: PDF ${ROWS} rader, gulv (bare innholdsstrømmer)`, ms: floor, extra: { pages: floorPages, msPerPage: perPage(floor, floorPages) } },
      ];
      return results;
    },
  },
  {
    name: 'eksport: NUIT-sak 43/23 (PDF og Excel)',
    run: async () => {
      const c = exampleCase();
      const pdf = await measure(async () => writePdf(buildCaseDocument(c, { generatedAt: '2024-01-01T00:00:00Z' }), fonts), 5);
      const xlsx = await measure(() => writeCaseWorkbook(c), 5);
      return [
        { name: 'eksport: NUIT-saksdokument (PDF), eksempelsaken', ms: pdf },
        { name: 'eksport: saksarbeidsbok (exceljs), eksempelsaken', ms: xlsx },
      ];
    },
  },
];
