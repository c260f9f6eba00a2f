/**
 * An export as plain data: what the UI hands to the export worker (see build-export.ts for what
 * turns it into bytes). Light on purpose: the UI imports this, never the writers.
 */
import type { BudgetCase } from '../../../shared/budget/model.ts';
import type { PortfolioReport } from '../../../shared/portfolio/model.ts';

export type ExportJob =
  | {
      kind: 'casePdf';
      case: BudgetCase;
      generatedAt: string;
      author?: string;
      workbookName?: string;
      /** The newest stored portfolio period: each alternative then lists the tiltak its cuts touch. */
      impact?: { report: PortfolioReport; periodLabel: string };
    }
  | { kind: 'caseXlsx'; case: BudgetCase; generatedAt: string }
  | { kind: 'reportPdf'; report: PortfolioReport; previous: PortfolioReport | null; generatedAt: string; author?: string }
  | { kind: 'reportXlsx'; report: PortfolioReport }
  | { kind: 'reportCsv'; report: PortfolioReport };

/** True for the jobs that produce a PDF (and so need the fonts and get a preview). */
export const isPdfJob = (job: ExportJob) => job.kind === 'casePdf' || job.kind === 'reportPdf';

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
