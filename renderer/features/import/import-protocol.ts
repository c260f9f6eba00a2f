import type { BackupEntry } from '../../../shared/ipc/contract.ts';
import type { ImportFile } from '../../../shared/import/index.ts';
import type { PeriodListing } from '../../db/periods-repo.ts';
import type { ImportPreviewData, PreviewComparison } from './preview-data.ts';

/** Stores a previewed import: the period typed by the analyst (files without one), and whether to replace. */
export interface StoreRequest {
  importId: number;
  /** "2022-09" when the files name no period; ignored when they do. */
  periodKey: string | null;
  replace: boolean;
}

/** How storing went; failures carry the Norwegian message to show. */
export type StoreOutcome =
  | { kind: 'stored'; listing: PeriodListing }
  /** Stored already and `replace` was not asked for; `sameFiles` when it came from the very same files. */
  | { kind: 'exists'; existing: PeriodListing; sameFiles: boolean }
  | { kind: 'failed'; message: string };

/**
 * Messages from the import page to its worker. The files' bytes cross once, transferred; the
 * parsed report never crosses: the worker keeps it until it is stored or discarded.
 */
export type ToWorker =
  | { type: 'read'; job: number; files: ImportFile[] }
  /** `hostBackups`: the pre-import backup goes to the host's folder through the page (Electron); else to IndexedDB from the worker. */
  | { type: 'store'; job: number; request: StoreRequest; hostBackups: boolean }
  | { type: 'discard'; importId: number }
  /** The comparison again, for the period the analyst typed (files that name none). */
  | { type: 'compare'; job: number; importId: number; periodKey: string }
  | { type: 'backup-reply'; call: number; ok: true; entries?: BackupEntry[] }
  | { type: 'backup-reply'; call: number; ok: false; message: string };

/** Messages from the worker to the import page. */
export type FromWorker =
  | { type: 'progress'; job: number; fraction: number; text: string }
  | { type: 'preview'; job: number; preview: ImportPreviewData }
  | { type: 'stored'; job: number; outcome: StoreOutcome }
  | { type: 'compared'; job: number; comparison: PreviewComparison | null }
  | { type: 'failed'; job: number; message: string }
  /** The worker asks the page to use the host's backup folder, which only the page can reach. */
  | { type: 'backup-call'; call: number; op: 'write'; name: string; bytes: Uint8Array }
  | { type: 'backup-call'; call: number; op: 'list' }
  | { type: 'backup-call'; call: number; op: 'remove'; name: string };

/** Progress callback: fraction 0…1 and a Norwegian line of text. */
export type Progress = (fraction: number, text: string) => void;
