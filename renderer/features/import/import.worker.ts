import { importPortfolioWithProgress } from './parse-core.ts';
import type { ImportRequest, ImportResponse } from './import-protocol.ts';

// Parses picked files off the UI thread; the page shows the progress it posts.
const post = (m: ImportResponse & { id: number }) => (self as unknown as { postMessage: (m: ImportResponse & { id: number }) => void }).postMessage(m);

self.onmessage = (e: MessageEvent<ImportRequest>) => {
  const { id } = e.data;
  try {
    const result = importPortfolioWithProgress(e.data.files, (fraction, text) => post({ id, type: 'progress', fraction, text }));
    post({ id, type: 'done', result });
  } catch (err) {
    post({ id, type: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
};
