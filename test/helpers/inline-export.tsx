import type { ReactNode } from 'react';
import { buildExport } from '../../renderer/features/export/build-export.ts';
import { isPdfJob } from '../../renderer/features/export/export-job.ts';
import { ExportRunnerContext } from '../../renderer/features/export/run-export.ts';
import type { ExportRunner } from '../../renderer/features/export/run-export.ts';
import { testFonts } from '../shared/export/support/pdf.ts';

/**
 * Component tests run exports inline (jsdom has no Worker): the same job → bytes code the export
 * worker runs, with the fonts read from assets/, after a macrotask as a worker would answer.
 */
export const inlineExportRunner: ExportRunner = (job, onProgress) =>
  new Promise((resolve, reject) =>
    setTimeout(() => {
      buildExport(job, isPdfJob(job) ? testFonts() : null, onProgress).then(resolve, reject);
    }, 0),
  );

/** Wrap export buttons in this (e.g. `render(ui, { wrapper: InlineExports })`) to run exports inline. */
export function InlineExports(props: { children: ReactNode }) {
  return <ExportRunnerContext value={inlineExportRunner}>{props.children}</ExportRunnerContext>;
}
