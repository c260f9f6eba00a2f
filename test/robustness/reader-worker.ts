/**
 * Runs one corpus input through the real readers, inside a worker thread so the harness can time
 * it out and bound its memory. Reports what happened; never lets an exception escape unreported.
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { parseCaseFile } from '../../shared/budget/case-file.ts';
import { readEstimatesWorkbook } from '../../shared/budget/workbook.ts';
import { formatIssue, importPortfolio } from '../../shared/import/index.ts';
import { readSpreadsheet, UnreadableFileError } from '../../shared/spreadsheet/index.ts';
import type { CorpusCase, Outcome } from './corpus-types.ts';

function run(c: CorpusCase): Outcome {
  try {
    if (c.reader === 'report') {
      const r = importPortfolio(c.files);
      if (r.ok && r.report) return { status: 'imported', rows: r.report.initiatives.length, warnings: r.warnings.length };
      return { status: 'refused', messages: r.errors.map(formatIssue) };
    }
    if (c.reader === 'case-json') {
      const r = parseCaseFile(new TextDecoder().decode(c.files[0]!.bytes));
      if (r.ok) return { status: 'imported', rows: r.case.lines.length, warnings: 0 };
      return { status: 'refused', messages: r.issues.map((i) => `${c.files[0]!.name}: ${i.path ? `${i.path}: ` : ''}${i.message}`) };
    }
    const file = c.files[0]!;
    let wb;
    try {
      wb = readSpreadsheet(file.bytes, file.name);
    } catch (e) {
      if (e instanceof UnreadableFileError) return { status: 'refused', messages: [e.message] };
      throw e;
    }
    const r = readEstimatesWorkbook(wb, { id: 'robusthet', now: '2026-01-01T00:00:00.000Z' });
    if (r.case) return { status: 'imported', rows: r.case.lines.length, warnings: r.issues.length };
    return { status: 'refused', messages: r.issues.map(formatIssue) };
  } catch (e) {
    return { status: 'crashed', error: e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 500) : String(e).slice(0, 500) };
  }
}

parentPort!.on('message', (c: CorpusCase) => {
  const start = performance.now();
  const outcome = run(c);
  const ms = performance.now() - start;
  parentPort!.postMessage({ outcome, ms, heapMb: getHeapStatistics().used_heap_size / 1e6 });
});
