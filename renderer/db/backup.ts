import type { BackupEntry } from '../../shared/ipc/contract.ts';
import { getPlatform } from '../platform/index.ts';
import type { BackupStore } from '../platform/platform.ts';
import { BACKUP_EXTENSION, BackupEncoder } from './backup-format.ts';
import { createIndexedDbBackupStore } from './backup-store.ts';
import { describeStorageError } from './backup-errors.ts';
import { getDb, SCHEMA_VERSION } from './database.ts';
import type { HelseDatabase } from './database.ts';

/** How many automatic backups are kept (the oldest beyond this are deleted). */
export const KEEP_AUTOMATIC_BACKUPS = 15;

let fallbackStore: BackupStore | null = null;

/** The host's backup folder, or (browser build) a separate IndexedDB database. */
export function backupStore(): BackupStore {
  return getPlatform().backups ?? (fallbackStore ??= createIndexedDbBackupStore());
}

/**
 * Encodes every table as it reads it, a row at a time, in one read transaction (a consistent
 * copy, without every row in memory at once).
 */
async function encodeDatabase(db: HelseDatabase, meta: { createdAt: string; reason: string }): Promise<{ bytes: Uint8Array; empty: boolean }> {
  const encoder = new BackupEncoder();
  await db.transaction('r', db.tables, async () => {
    for (const t of db.tables) {
      encoder.beginTable(t.name);
      await t.each((row) => encoder.row(row));
    }
  });
  return { bytes: await encoder.finish(db.verno || SCHEMA_VERSION, meta), empty: encoder.empty };
}

/** Bytes of a backup file of the whole database. */
export async function createBackupFile(reason: string, db: HelseDatabase = getDb(), now = new Date()): Promise<Uint8Array> {
  return (await encodeDatabase(db, { createdAt: now.toISOString(), reason })).bytes;
}

function slug(text: string): string {
  const ascii = text
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, 40) || 'kopi';
}

/** "auto-20261122-024501123-for-import.hpbackup": sorts by time, matches the IPC name pattern. */
export function automaticBackupName(reason: string, now: Date): string {
  const iso = now.toISOString(); // 2026-11-22T02:45:01.123Z
  const stamp = `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 23).replace(/[:.]/g, '')}`;
  return `auto-${stamp}-${slug(reason)}.${BACKUP_EXTENSION}`;
}

/** Name for a backup the user saves by hand. */
export function manualBackupName(now: Date): string {
  return `helseportefolje-sikkerhetskopi-${now.toISOString().slice(0, 10)}.${BACKUP_EXTENSION}`;
}

/** The automatic backups to delete so that only the newest `keep` remain. */
export function backupsToPrune(entries: readonly BackupEntry[], keep = KEEP_AUTOMATIC_BACKUPS): string[] {
  return entries
    .map((e) => e.name)
    .filter((n) => n.startsWith('auto-'))
    .sort()
    .reverse()
    .slice(keep);
}

export type BackupResult = { ok: true; name: string | null } | { ok: false; message: string };

/** An automatic backup taken (snapshot read and encoded) but not yet written to the store. */
export interface PreparedBackup {
  name: string;
  bytes: Uint8Array;
}

/**
 * The first half of an automatic backup: reads every table in one transaction and encodes the
 * file. Null when the database is empty (nothing to back up). Throws what the database throws.
 */
export async function prepareAutomaticBackup(reason: string, options: { db?: HelseDatabase; now?: Date } = {}): Promise<PreparedBackup | null> {
  const now = options.now ?? new Date();
  const { bytes, empty } = await encodeDatabase(options.db ?? getDb(), { createdAt: now.toISOString(), reason });
  return empty ? null : { name: automaticBackupName(reason, now), bytes };
}

/**
 * The second half: writes a prepared backup and deletes the oldest beyond {@link KEEP_AUTOMATIC_BACKUPS}.
 * Never throws. An import writes it while its own transaction runs: the snapshot already holds the
 * data as it was before.
 */
export async function writeAutomaticBackup(prepared: PreparedBackup | null, store: BackupStore = backupStore()): Promise<BackupResult> {
  if (!prepared) return { ok: true, name: null };
  try {
    await store.write(prepared.name, prepared.bytes);
    for (const old of backupsToPrune(await store.list())) await store.remove(old);
    return { ok: true, name: prepared.name };
  } catch (err) {
    return { ok: false, message: describeStorageError(err, 'den automatiske sikkerhetskopien') };
  }
}

/**
 * Takes a rolling automatic backup (e.g. `takeAutomaticBackup('før import')`) and deletes the
 * oldest beyond {@link KEEP_AUTOMATIC_BACKUPS}. Never throws: a failed backup is reported in the
 * result so the caller can tell the user; an empty database is not backed up (name null).
 */
export async function takeAutomaticBackup(
  reason: string,
  options: { db?: HelseDatabase; store?: BackupStore; now?: Date } = {},
): Promise<BackupResult> {
  let prepared: PreparedBackup | null;
  try {
    prepared = await prepareAutomaticBackup(reason, options);
  } catch (err) {
    return { ok: false, message: describeStorageError(err, 'den automatiske sikkerhetskopien') };
  }
  return writeAutomaticBackup(prepared, options.store ?? backupStore());
}

/** Prepares an automatic backup: here, or (the app) in a worker so the UI thread never encodes one. */
export type PrepareBackup = (reason: string, now: Date) => Promise<PreparedBackup | null>;

/** Takes the day's backup unless one was already taken today (local date). */
export async function takeDailyBackupIfDue(
  options: { db?: HelseDatabase; store?: BackupStore; now?: Date; prepare?: PrepareBackup } = {},
): Promise<BackupResult> {
  const store = options.store ?? backupStore();
  const now = options.now ?? new Date();
  const prepare = options.prepare ?? ((reason, at) => prepareAutomaticBackup(reason, { db: options.db, now: at }));
  let prepared: PreparedBackup | null;
  try {
    const today = automaticBackupName('x', now).slice(5, 13);
    const entries = await store.list();
    if (entries.some((e) => e.name.startsWith(`auto-${today}`))) return { ok: true, name: null };
    prepared = await prepare('daglig', now);
  } catch (err) {
    return { ok: false, message: describeStorageError(err, 'den daglige sikkerhetskopien') };
  }
  return writeAutomaticBackup(prepared, store);
}
