import type { Table } from 'dexie';
import type { BackupStore } from '../platform/platform.ts';
import { BackupError, decodeBackup } from './backup-format.ts';
import type { BackupHeader, BackupSnapshot } from './backup-format.ts';
import { checkHeaderCounts, checkTables, countSnapshot, TABLES_BY_SCHEMA, validateSnapshot } from './backup-validate.ts';
import { takeAutomaticBackup } from './backup.ts';
import { getDb, SCHEMA_VERSION } from './database.ts';
import type { HelseDatabase } from './database.ts';

/**
 * Restoring a backup: decode, upgrade, check every record, and only then replace the database in
 * one transaction. Restore-only; taking backups lives in backup.ts.
 */

/** Upgrades a snapshot taken under an older schema the way database.ts upgrades stored data. */
export function upgradeSnapshot(snapshot: BackupSnapshot): BackupSnapshot {
  const tables = { ...snapshot.tables };
  if (snapshot.schemaVersion < 2 && tables.settings) {
    tables.settings = tables.settings.map((row) => {
      const r = row as Record<string, unknown>;
      return typeof r.v === 'number' ? r : { ...r, v: 1, updatedAt: new Date(0).toISOString() };
    });
  }
  // Tables a newer schema added start empty, as they do when database.ts upgrades.
  for (const name of TABLES_BY_SCHEMA[SCHEMA_VERSION] ?? []) tables[name] ??= [];
  return { schemaVersion: SCHEMA_VERSION, tables };
}

/**
 * Replaces the whole database with the snapshot in ONE read-write transaction: if anything fails
 * (a bad row, a full disk) IndexedDB aborts it and the live data stays exactly as it was. Every
 * table of the database must be in the snapshot (an absent one would be cleared, not restored).
 */
export async function replaceDatabase(snapshot: BackupSnapshot, db: HelseDatabase = getDb()): Promise<void> {
  const known = new Set(db.tables.map((t) => t.name));
  const unknown = Object.keys(snapshot.tables).filter((n) => !known.has(n));
  if (unknown.length > 0) throw new BackupError(`Sikkerhetskopien har ukjente tabeller (${unknown.join(', ')}).`);
  const missing = [...known].filter((n) => !Array.isArray(snapshot.tables[n]));
  if (missing.length > 0) throw new BackupError(`Sikkerhetskopien er ufullstendig: tabellen «${missing.join('», «')}» mangler. Ingenting er endret.`);
  await db.transaction('rw', db.tables, async () => {
    for (const t of db.tables) await t.clear();
    for (const [name, rows] of Object.entries(snapshot.tables)) {
      if (rows.length > 0) await (db.table(name) as Table<unknown, unknown>).bulkAdd(rows);
    }
  });
}

/** What a checked backup holds: its header, and rows per table counted from the payload. */
export interface InspectedBackup {
  header: BackupHeader;
  /** Counted from the payload (the header's own counts are checked against these, never shown). */
  counts: Record<string, number>;
  snapshot: BackupSnapshot;
}

/** Checks a backup file completely without touching the database; throws a Norwegian BackupError if unusable. */
export async function inspectBackup(bytes: Uint8Array): Promise<InspectedBackup> {
  const decoded = await decodeBackup(bytes, SCHEMA_VERSION);
  checkTables(decoded.snapshot);
  const counts = countSnapshot(decoded.snapshot);
  checkHeaderCounts(decoded.header.counts, counts);
  const snapshot = upgradeSnapshot(decoded.snapshot);
  validateSnapshot(snapshot);
  return { header: decoded.header, counts, snapshot };
}

/**
 * Restores a backup: verifies it completely first (every record as loading would check it), takes
 * an automatic backup of the current data ("før gjenoppretting"), then replaces everything in one
 * transaction. A corrupt, truncated, incomplete or wrong-version file is refused before anything is written.
 */
export async function restoreBackup(
  bytes: Uint8Array,
  options: { db?: HelseDatabase; store?: BackupStore; now?: Date } = {},
): Promise<{ header: BackupHeader; counts: Record<string, number> }> {
  const { header, counts, snapshot } = await inspectBackup(bytes);
  const db = options.db ?? getDb();
  const before = await takeAutomaticBackup('før gjenoppretting', options);
  if (!before.ok) throw new BackupError(`Gjenopprettingen ble avbrutt fordi dagens data ikke kunne sikkerhetskopieres først. ${before.message}`);
  await replaceDatabase(snapshot, db);
  return { header, counts };
}
