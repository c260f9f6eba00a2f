import { importWorkbooks, readSpreadsheet, UnreadableFileError } from '../../../shared/import/index.ts';
import type { ImportFile, ImportIssue, PortfolioImport, Workbook } from '../../../shared/import/index.ts';
import type { ImportResponse } from './import-protocol.ts';

/** As importPortfolio, reporting progress per file read and for the validation step. */
export function importPortfolioWithProgress(files: readonly ImportFile[], progress: (fraction: number, text: string) => void): PortfolioImport {
  const workbooks: Workbook[] = [];
  const unreadable: ImportIssue[] = [];
  const steps = files.length + 1;
  files.forEach((f, i) => {
    progress(i / steps, `Leser ${f.name} …`);
    try {
      workbooks.push(readSpreadsheet(f.bytes, f.name));
    } catch (e) {
      if (!(e instanceof UnreadableFileError)) throw e;
      unreadable.push({ severity: 'error', file: f.name, sheet: null, row: null, column: null, columnName: null, message: e.message });
    }
  });
  if (unreadable.length > 0) return { ok: false, unreadable: true, report: null, summary: null, errors: unreadable, warnings: [] };
  progress(files.length / steps, 'Kontrollerer tabellene …');
  const result = importWorkbooks(workbooks);
  progress(1, 'Ferdig');
  return result;
}

/**
 * Parses files in a Web Worker (off the UI thread); where workers are missing (tests), inline.
 * Bytes are copied to the worker, so the caller keeps its own for hashing.
 */
export function parseFiles(files: readonly ImportFile[], onProgress: (fraction: number, text: string) => void): Promise<PortfolioImport> {
  if (typeof Worker === 'undefined') {
    return new Promise((resolve, reject) => {
      // a tick first, so the UI shows "reading" before the synchronous parse
      setTimeout(() => {
        try {
          resolve(importPortfolioWithProgress(files, onProgress));
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      }, 0);
    });
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ImportResponse>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress(m.fraction, m.text);
      else {
        worker.terminate();
        if (m.type === 'done') resolve(m.result);
        else reject(new Error(m.message));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'Lesingen av filen stoppet uventet.'));
    };
    worker.postMessage({ files: files.map((f) => ({ name: f.name, bytes: f.bytes })) });
  });
}
