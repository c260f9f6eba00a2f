import { describe, expect, it } from 'vitest';
import { buildCaseDocument } from '../../../shared/export/case-document.ts';
import { writePdf } from '../../../shared/export/pdf/write.ts';
import { buildStatusReport } from '../../../shared/export/status-report.ts';
import { exampleCase, exampleReport } from './support/examples.ts';
import { testFonts } from './support/pdf.ts';
import { checkPdfUa, dumpStructure } from './support/pdf-ua.ts';

describe('tagged PDF (PDF/UA-1)', { timeout: 60_000 }, () => {
  it('the example case document passes the checker', async () => {
    const bytes = await writePdf(buildCaseDocument(exampleCase(), { generatedAt: '2023-10-31T08:00:00Z', workbookName: 'sak-43-23.xlsx' }), testFonts());
    const r = await checkPdfUa(bytes);
    expect(r.problems, dumpStructure(r.root).join('\n')).toEqual([]);
  });

  it('the example status report passes the checker', async () => {
    const bytes = await writePdf(
      buildStatusReport(exampleReport('portefolje-2022-09.xlsx'), exampleReport('portefolje-2022-05-rekonstruert.xlsx'), { generatedAt: '2022-09-30T00:00:00Z' }),
      testFonts(),
    );
    const r = await checkPdfUa(bytes);
    expect(r.problems, dumpStructure(r.root).join('\n')).toEqual([]);
  });
});
