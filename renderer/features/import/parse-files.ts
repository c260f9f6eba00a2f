import type { ImportFile, PortfolioImport } from '../../../shared/import/index.ts';
import type { ImportResponse } from './import-protocol.ts';
import { importPortfolioWithProgress } from './parse-core.ts';

export { importPortfolioWithProgress } from './parse-core.ts';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, { resolve: (r: PortfolioImport) => void; reject: (e: Error) => void; onProgress: (fraction: number, text: string) => void }>();

function failAll(message: string) {
  for (const w of waiting.values()) w.reject(new Error(message));
  waiting.clear();
}

/**
 * The parser worker, started once and kept: a second import finds its code loaded and compiled.
 * Started early (when the import page opens) so choosing a file does not wait for it.
 */
export function warmUpParser(): void {
  if (worker || typeof Worker === 'undefined') return;
  const w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<ImportResponse & { id: number }>) => {
    const m = e.data;
    const job = waiting.get(m.id);
    if (!job) return;
    if (m.type === 'progress') job.onProgress(m.fraction, m.text);
    else {
      waiting.delete(m.id);
      if (m.type === 'done') job.resolve(m.result);
      else job.reject(new Error(m.message));
    }
  };
  w.onerror = (e) => {
    // a crashed worker is replaced on the next import
    worker = null;
    w.terminate();
    failAll(e.message || 'Lesingen av filen stoppet uventet.');
  };
  worker = w;
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
  warmUpParser();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject, onProgress });
    worker!.postMessage({ id, files: files.map((f) => ({ name: f.name, bytes: f.bytes })) });
  });
}
