/**
 * What an export produces: a job in, bytes out. The writers (pdf-lib, fontkit, exceljs) live
 * behind this module, which only the export worker imports, so the UI thread never loads them.
 */
import { buildCaseDocument } from '../../../shared/export/case-document.ts';
import { initiativesCsv } from '../../../shared/export/csv.ts';
import type { PdfFontFiles } from '../../../shared/export/pdf/write.ts';
import { writePdf } from '../../../shared/export/pdf/write.ts';
import { buildStatusReport } from '../../../shared/export/status-report.ts';
import { writeCaseWorkbook } from '../../../shared/export/xlsx/case-workbook.ts';
import { writePortfolioWorkbook } from '../../../shared/export/xlsx/portfolio-workbook.ts';
import type { ExportJob } from './export-job.ts';

/** Builds a job's bytes; `fonts` is needed for PDF jobs only. */
export async function buildExport(job: ExportJob, fonts: PdfFontFiles | null, onProgress: (fraction: number) => void): Promise<Uint8Array> {
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
        ...(job.impact ? { impact: job.impact } : {}),
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
