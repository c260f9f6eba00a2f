import type { ExportJob } from './export-job.ts';

/** Messages between the export UI and its worker. */
export interface ExportRequest {
  job: ExportJob;
  /** URLs of the three Noto Sans faces, bundled with the app (same origin). */
  fontUrls: { regular: string; bold: string; italic: string };
}

export type ExportResponse =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'failed'; message: string };
