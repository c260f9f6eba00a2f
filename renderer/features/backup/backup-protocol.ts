/**
 * Messages between the app and the backup worker, which reads the database and encodes an
 * automatic backup off the UI thread (JSON and SHA-256 of every stored period take hundreds of
 * milliseconds with large periods). The bytes come back transferred, not copied.
 */
export interface BackupRequest {
  reason: string;
  /** ISO timestamp: when the backup is taken. */
  now: string;
}

export type BackupAnswer = { ok: true; prepared: { name: string; bytes: Uint8Array } | null } | { ok: false; message: string };
