import type { PdfFontFiles } from '../../../shared/export/pdf/write.ts';
import { buildExport } from './build-export.ts';
import { isPdfJob } from './export-job.ts';
import type { ExportRequest, ExportResponse } from './export-protocol.ts';

// Builds exports off the UI thread and posts progress; the bytes are transferred back.
const scope = self as unknown as { postMessage: (m: ExportResponse, transfer?: Transferable[]) => void };

let fonts: Promise<PdfFontFiles> | null = null;
const fetchFont = async (url: string) => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Fant ikke skriften (${res.status}).`);
  return new Uint8Array(await res.arrayBuffer());
};

self.onmessage = async (e: MessageEvent<ExportRequest>) => {
  try {
    const { job, fontUrls } = e.data;
    if (isPdfJob(job)) {
      fonts ??= Promise.all([fetchFont(fontUrls.regular), fetchFont(fontUrls.bold), fetchFont(fontUrls.italic)]).then(([regular, bold, italic]) => ({ regular, bold, italic }));
    }
    const bytes = await buildExport(job, isPdfJob(job) ? await fonts! : null, (fraction) => scope.postMessage({ type: 'progress', fraction }));
    scope.postMessage({ type: 'done', bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (err) {
    fonts = null;
    scope.postMessage({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
};
