import type { ImportFile, PortfolioImport } from '../../../shared/import/index.ts';

/** Messages between the import page and its worker. */
export type ImportRequest = { id: number; files: ImportFile[] };

export type ImportResponse =
  | { type: 'progress'; fraction: number; text: string }
  | { type: 'done'; result: PortfolioImport }
  | { type: 'failed'; message: string };
