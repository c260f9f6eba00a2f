import { importPortfolioWithProgress } from './parse-files.ts';
import type { ImportRequest, ImportResponse } from './import-protocol.ts';

// Parses picked files off the UI thread; the page shows the progress it posts.
const post = (m: ImportResponse) => (self as unknown as { postMessage: (m: ImportResponse) => void }).postMessage(m);

self.onmessage = (e: MessageEvent<ImportRequest>) => {
  try {
    const result = importPortfolioWithProgress(e.data.files, (fraction, text) => post({ type: 'progress', fraction, text }));
    post({ type: 'done', result });
  } catch (err) {
    post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
};
