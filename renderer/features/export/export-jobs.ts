/**
 * What an export produces, as plain data in and bytes out, so the same code runs in the export
 * worker and (where there is no Worker, e.g. component tests) inline.
 */
import type { BudgetCase } from '../../../shared/budget/model.ts';
import { buildCaseDocument } from '../../../shared/export/case-document.ts';
import { initiativesCsv } from '../../../shared/export/csv.ts';
import type { PdfFontFiles } from '../../../shared/export/pdf/write.ts';
import { writePdf } from '../../../shared/export/pdf/write.ts';
import { buildStatusReport } from '../../../shared/export/status-report.ts';
import { writeCaseWorkbook } from '../../../shared/export/xlsx/case-workbook.ts';
import { writePortfolioWorkbook } from '../../../shared/export/xlsx/portfolio-workbook.ts';
import type { PortfolioReport } from '../../../shared/portfolio/model.ts';

export type ExportJob =
  | { kind: 'casePdf'; case: BudgetCase; generatedAt: string; author?: string; workbookName?: string }
  | { kind: 'caseXlsx'; case: BudgetCase; generatedAt: string }
  | { kind: 'reportPdf'; report: PortfolioReport; previous: PortfolioReport | null; generatedAt: string; author?: string }
  | { kind: 'reportXlsx'; report: PortfolioReport }
  | { kind: 'reportCsv'; report: PortfolioReport };

/** True for the jobs that produce a PDF (and so need the fonts and get a preview). */
export const isPdfJob = (job: ExportJob) => job.kind === 'casePdf' || job.kind === 'reportPdf';

/** Runs a job; `fonts` is needed for PDF jobs only. */
export async function runExportJob(job: ExportJob, fonts: PdfFontFiles | null, onProgress: (fraction: number) => void): Promise<Uint8Array> {
  const needFonts = () => {
    if (!fonts) throw new Error('Skriftene til PDF-en mangler.');
    return fonts;
  };
  switch (job.kind) {
    case 'casePdf': {
      const doc = buildCaseDocument(job.case, {
        generatedAt: job.generatedAt,
        ...(job.author ? { author: job.author } : {}),
        ...(job.workbookName ? { workbookName: job.workbookName } : {}),
      });
      return writePdf(doc, needFonts(), { onProgress });
    }
    case 'reportPdf':
      return writePdf(buildStatusReport(job.report, job.previous, { generatedAt: job.generatedAt, ...(job.author ? { author: job.author } : {}) }), needFonts(), { onProgress });
    case 'caseXlsx': {
      onProgress(0.2);
      const bytes = await writeCaseWorkbook(job.case, { generatedAt: job.generatedAt });
      onProgress(1);
      return bytes;
    }
    case 'reportXlsx': {
      const total = Math.max(1, job.report.initiatives.length + job.report.dependencies.length + job.report.opex.length);
      const bytes = writePortfolioWorkbook(job.report, { onRows: (rows) => onProgress(Math.min(0.99, rows / total)) });
      onProgress(1);
      return bytes;
    }
    case 'reportCsv':
      onProgress(1);
      return initiativesCsv(job.report);
  }
}

/** File-name-safe text: keeps letters (æøå too), digits, spaces and - _ . ( ). */
export function safeName(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[/\\:*?"<>|\u0000-\u001f]/g, '-').replace(/\s+/g, ' ').trim().slice(0, 100) || 'eksport';
}

/** Suggested file name for a job's output. */
export function fileNameFor(job: ExportJob): string {
  switch (job.kind) {
    case 'casePdf':
    case 'caseXlsx': {
      const n = job.case.meta.caseNumber ? `NUIT-sak ${job.case.meta.caseNumber.replace('/', '-')} – ` : '';
      return safeName(`${n}${job.case.title}`) + (job.kind === 'casePdf' ? '.pdf' : '.xlsx');
    }
    case 'reportPdf':
      return safeName(`Statusrapport portefølje ${job.report.period?.key ?? ''}`) + '.pdf';
    case 'reportXlsx':
      return safeName(`Portefølje ${job.report.period?.key ?? ''}`) + '.xlsx';
    case 'reportCsv':
      return safeName(`Tiltak ${job.report.period?.key ?? ''}`) + '.csv';
  }
}
