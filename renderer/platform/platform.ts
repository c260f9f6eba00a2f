import type { AppInfo, BackupEntry, FileKind, PickedFile, SaveFileResult } from '../../shared/ipc/contract.ts';

/** Where automatic backups are kept: files in the user's data folder, or a separate IndexedDB database. */
export interface BackupStore {
  write(name: string, bytes: Uint8Array): Promise<void>;
  /** Newest first. */
  list(): Promise<BackupEntry[]>;
  read(name: string): Promise<Uint8Array>;
  remove(name: string): Promise<void>;
}

/**
 * Everything the renderer needs from its host. In Electron it goes through the preload bridge
 * (native dialogs); in a plain browser through a file input and a download. Features call this,
 * never `window.helseportefolje` directly, so the same renderer runs in both.
 */
export interface Platform {
  kind: 'electron' | 'browser';
  /** Lets the user choose files; resolves with [] when cancelled. */
  openFiles(kind: FileKind, options?: { multiple?: boolean }): Promise<PickedFile[]>;
  /** Offers bytes to the user to save; resolves with null when cancelled. */
  saveFile(suggestedName: string, bytes: Uint8Array): Promise<SaveFileResult>;
  /** Version information for the "Om" dialog; null where the host has none to give. */
  appInfo(): Promise<AppInfo | null>;
  /** Reloads the app (Electron: through main, which blocks renderer navigations); absent → location.reload(). */
  reload?(): Promise<void>;
  /** Automatic backups; when absent, renderer/db/backup.ts uses a separate IndexedDB database. */
  backups?: BackupStore;
}
