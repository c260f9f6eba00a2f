import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { BudgetCase } from '../../../shared/budget/model.ts';
import { buildCaseDocument } from '../../../shared/export/case-document.ts';
import type { Block, DocumentModel } from '../../../shared/export/document.ts';
import { writePdf } from '../../../shared/export/pdf/write.ts';
import { buildStatusReport } from '../../../shared/export/status-report.ts';
import type { PortfolioReport } from '../../../shared/portfolio/model.ts';
import { adjust, alternative, budgetCase, frame, line } from '../../helpers/budget-case.ts';
import { initiative, report } from '../../helpers/portfolio-builders.ts';
import { exampleCase, exampleReport } from './support/examples.ts';
import { testFonts } from './support/pdf.ts';
import { checkPdfUa, dumpStructure } from './support/pdf-ua.ts';
import type { PdfUaReport } from './support/pdf-ua.ts';

async function check(doc: DocumentModel): Promise<PdfUaReport> {
  const r = await checkPdfUa(await writePdf(doc, testFonts()));
  expect(r.problems, dumpStructure(r.root).join('\n')).toEqual([]);
  return r;
}

function doc(blocks: Block[]): DocumentModel {
  return {
    meta: { title: 'Prøve', author: 'Test', subject: 'Test', keywords: [], language: 'nb-NO', createdAt: '2024-01-15T10:00:00Z' },
    running: { headerLeft: 'NUIT – sak 1/24', headerRight: 'Dato: 15. januar 2024', footerLeft: 'Prøve' },
    orientation: 'portrait',
    blocks,
  };
}

/** A case with `n` alternatives over four areas, two actors and two years. */
function manyAlternatives(n: number): BudgetCase {
  const lines = ['pll', 'pps', 'pjd', 'pki'].flatMap((a, i) =>
    ['nhn', 'hdir'].flatMap((k, j) => [line(a, k, 2024, 20_000 + 7_000 * i + 3_000 * j, { followOnOpexKNok: 1_000 * i, deliverables: [`Leveranse ${a} ${k}`] }), line(a, k, 2025, 15_000 + 1_000 * i)]),
  );
  const alts = Array.from({ length: n }, (_v, i) =>
    alternative(`Alternativ ${i + 1} – kutt ${i + 1} prosent`, lines.map((l) => adjust(l.id, { change: { kind: 'cutPercent', percent: i + 1 } })), {
      consequences: [`Konsekvens ${i + 1}`],
      recommended: i === 1,
    }),
  );
  return { ...budgetCase([frame(2024, 150_000, { reserve: { kind: 'percent', percent: 10 } }), frame(2025, 130_000)], lines, alts), title: 'Mange alternativer' };
}

function bigReport(n: number): PortfolioReport {
  const segments = ['samstyre', 'koordinere', 'observere'] as const;
  const lights = ['green', 'yellow', 'red'] as const;
  return report({
    initiatives: Array.from({ length: n }, (_v, i) =>
      initiative({ nr: String(i + 1), name: `Tiltak ${i + 1} med et langt navn om samhandling`, segment: segments[i % 3]!, status: lights[i % 3]!, risk: lights[(i >> 1) % 3]! }),
    ),
  });
}

describe('tagged PDF (PDF/UA-1)', { timeout: 120_000 }, () => {
  it('the example case document: headings, tables with header cells, lists and a described figure', async () => {
    const r = await check(buildCaseDocument(exampleCase(), { generatedAt: '2023-10-31T08:00:00Z', workbookName: 'sak-43-23.xlsx' }));
    expect(r.headings[0]).toEqual({ level: 1 });
    for (const role of ['H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'THead', 'TBody', 'TR', 'TH', 'TD', 'Caption', 'Figure']) expect(r.roles[role] ?? 0).toBeGreaterThan(0);
    const figures: string[] = [];
    const walk = (n: NonNullable<PdfUaReport['root']>) => {
      if (n.role === 'Figure') figures.push(n.alt ?? '');
      n.children.forEach(walk);
    };
    walk(r.root!);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatch(/stolpediagram/);
    expect(figures[0]).toContain('Pasientens legemiddelliste: Estimater 103,0');
    // Running header and footer (4 texts a page) are artifacts, the rest is tagged.
    expect(r.artifactItems).toBeGreaterThanOrEqual(4 * 5);
  });

  it('the example status report, with its landscape appendix over several pages', async () => {
    const r = await check(buildStatusReport(exampleReport('portefolje-2022-09.xlsx'), exampleReport('portefolje-2022-05-rekonstruert.xlsx'), { generatedAt: '2022-09-30T00:00:00Z' }));
    expect(r.roles['Figure']).toBe(2);
  });

  it('a long status report: tables continued over many pages keep one structure, repeated headers are artifacts', async () => {
    const r = await check(buildStatusReport(bigReport(600), null, { generatedAt: '2024-01-01T00:00:00Z' }));
    // One THead per table, however many pages it runs over.
    expect(r.roles['THead']).toBe(r.roles['Table']! - 1); // the key/value header box has no THead
    // And an empty period: no tiltak, no dependencies, no D&F.
    await check(buildStatusReport(report({ initiatives: [] }), bigReport(3), { generatedAt: '2024-01-01T00:00:00Z' }));
  });

  it('a case with many alternatives, and an empty case', async () => {
    await check(buildCaseDocument(manyAlternatives(9), { generatedAt: '2024-01-01T00:00:00Z' }));
    const c = exampleCase();
    await check(
      buildCaseDocument(
        { ...c, alternatives: [], lines: [], notes: [], meta: { ...c.meta, proposedDecision: '', purpose: '', background: '', recommendation: '', caseOfficer: '' } },
        { generatedAt: '2024-01-01T00:00:00Z' },
      ),
    );
  });

  it('every block kind, empty texts and hostile input', async () => {
    const nasty = 'Linje 1\nLinje 2\tTab \u0000 minus \u2212 5 😀 ' + 'x'.repeat(500);
    await check(
      doc([
        { kind: 'heading', level: 1, text: 'Tittel' },
        { kind: 'paragraph', text: '' },
        { kind: 'keyValue', rows: [{ key: 'Til', value: '' }], columns: 2 },
        { kind: 'callout', title: 'Tittel', text: nasty },
        { kind: 'heading', level: 2, text: nasty },
        { kind: 'list', items: [nasty, ''], ordered: true },
        { kind: 'table', columns: [{ header: '', width: 1 }, { header: 'B', width: 1, format: 'mnok' }], headerGroups: [{ label: 'Gruppe', span: 5 }], rows: [{ cells: [nasty, -30] }, { cells: ['Seksjon'], style: 'section' }, { cells: [null, null] }] },
        { kind: 'table', columns: [{ header: 'Tom', width: 1 }], rows: [] },
        { kind: 'barChart', title: 'Figur 1: Tom', categories: [], series: [], stacked: true },
        { kind: 'barChart', title: nasty, categories: [nasty], stacked: false, series: [{ name: nasty, color: [0, 0, 1], values: [Number.NaN] }] },
        { kind: 'pageBreak', orientation: 'landscape' },
        { kind: 'heading', level: 1, text: 'Vedlegg' },
      ]),
    );
  });
});

describe('the PDF/UA checker', { timeout: 60_000 }, () => {
  const sample = () =>
    writePdf(
      doc([
        { kind: 'heading', level: 1, text: 'Tittel' },
        { kind: 'table', columns: [{ header: 'A', width: 1 }], rows: [{ cells: ['x'] }] },
        { kind: 'barChart', title: 'Figur 1: Prøve', categories: ['A'], stacked: false, series: [{ name: 'S', color: [0, 0, 1], values: [1] }] },
      ]),
      testFonts(),
    );

  /** Loads `bytes`, changes every structure element of role `role`, and saves. */
  async function alter(bytes: Uint8Array, role: string, change: (d: PDFDict) => void): Promise<Uint8Array> {
    const pdf = await PDFDocument.load(bytes);
    const look = (o: PDFObject | undefined) => (o instanceof PDFRef ? pdf.context.lookup(o) : o);
    const visit = (o: PDFObject | undefined) => {
      const d = look(o);
      if (!(d instanceof PDFDict)) return;
      if (look(d.get(PDFName.of('S')))?.toString() === `/${role}`) change(d);
      const k = look(d.get(PDFName.of('K')));
      for (const x of k instanceof PDFArray ? k.asArray() : [k]) visit(x);
    };
    visit((look(pdf.catalog.get(PDFName.of('StructTreeRoot'))) as PDFDict).get(PDFName.of('K')));
    return pdf.save();
  }

  it('passes our own output', async () => {
    expect((await checkPdfUa(await sample())).problems).toEqual([]);
  });

  it('fails an untagged PDF: catalog items, fonts and every text', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('Utagget tekst');
    const r = await checkPdfUa(await pdf.save());
    for (const p of ['MarkInfo', '/Lang', 'DisplayDocTitle', 'Metadata', 'StructTreeRoot', 'tittel', '/Tabs /S', 'ikke innebygd', 'verken i et strukturelement']) {
      expect(r.problems.join('\n')).toContain(p);
    }
  });

  it('fails a figure without alternative text, a table without header cells and a skipped heading level', async () => {
    const noAlt = await alter(await sample(), 'Figure', (d) => d.delete(PDFName.of('Alt')));
    expect((await checkPdfUa(noAlt)).problems).toContain('En figur mangler alternativ tekst (/Alt)');
    const noTh = await alter(await sample(), 'TH', (d) => d.set(PDFName.of('S'), PDFName.of('TD')));
    expect((await checkPdfUa(noTh)).problems).toContain('En tabell har ingen overskriftsceller (TH)');
    const skipped = await checkPdfUa(await writePdf(doc([{ kind: 'heading', level: 1, text: 'En' }, { kind: 'heading', level: 3, text: 'Tre' }]), testFonts()));
    expect(skipped.problems).toContain('Overskriftsnivå hoppes over: H1 → H3');
  });
});
