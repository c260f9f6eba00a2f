import boldUrl from '../../../assets/fonts/NotoSans-Bold.ttf?url';
import italicUrl from '../../../assets/fonts/NotoSans-Italic.ttf?url';
import regularUrl from '../../../assets/fonts/NotoSans-Regular.ttf?url';
import type { PdfFontFiles } from '../../../shared/export/pdf/write.ts';
import { isPdfJob, runExportJob } from './export-jobs.ts';
import type { ExportJob } from './export-jobs.ts';
import type { ExportResponse } from './export-protocol.ts';

export const FONT_URLS = { regular: regularUrl, bold: boldUrl, italic: italicUrl };

/** For component tests (no Worker, no fetch of assets): fonts to use inline. */
let inlineFonts: PdfFontFiles | null = null;
export function setInlineExportFonts(f: PdfFontFiles | null): void {
  inlineFonts = f;
}

/**
 * Runs an export in a Web Worker (off the UI thread) and resolves with the bytes; where there is
 * no Worker (component tests), inline. `signal` stops the worker.
 */
export function runExport(job: ExportJob, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<Uint8Array> {
  if (typeof Worker === 'undefined') {
    return new Promise((resolve, reject) =>
      setTimeout(() => {
        runExportJob(job, isPdfJob(job) ? inlineFonts : null, onProgress).then(resolve, reject);
      }, 0),
    );
  }
  return new Promise((resolve, reject) => {
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
}
