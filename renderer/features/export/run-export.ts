import { createContext } from 'react';
import boldUrl from '../../../assets/fonts/NotoSans-Bold.ttf?url';
import italicUrl from '../../../assets/fonts/NotoSans-Italic.ttf?url';
import regularUrl from '../../../assets/fonts/NotoSans-Regular.ttf?url';
import type { ExportJob } from './export-job.ts';
import type { ExportResponse } from './export-protocol.ts';

const FONT_URLS = { regular: regularUrl, bold: boldUrl, italic: italicUrl };

/** Turns a job into bytes, reporting progress (0–1); `signal` cancels it. */
export type ExportRunner = (job: ExportJob, onProgress: (fraction: number) => void, signal?: AbortSignal) => Promise<Uint8Array>;

/** Runs an export in a Web Worker (off the UI thread) and resolves with the bytes; `signal` stops the worker. */
export const runInWorker: ExportRunner = (job, onProgress, signal) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('Eksporten ble avbrutt.', 'AbortError'));
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (e: MessageEvent<ExportResponse>) => {
      const m = e.data;
      if (m.type === 'progress') {
        onProgress(m.fraction);
        return;
      }
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      if (m.type === 'done') resolve(m.bytes);
      else reject(new Error(m.message));
    };
    worker.onerror = (e) => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(e.message || 'Eksporten stoppet uventet.'));
    };
    // Absolute URLs: the worker resolves relative ones against its own script, not the page.
    const abs = (u: string) => new URL(u, document.baseURI).href;
    worker.postMessage({ job, fontUrls: { regular: abs(FONT_URLS.regular), bold: abs(FONT_URLS.bold), italic: abs(FONT_URLS.italic) } });
  });

/**
 * Where exports run: the worker. A provider above the export buttons may hand in another runner
 * (component tests run jobs inline, where jsdom has no Worker).
 */
export const ExportRunnerContext = createContext<ExportRunner>(runInWorker);
