import { countNoun } from '../../../shared/format/index.ts';
import type { BackupEntry } from '../../../shared/ipc/contract.ts';
import { describeStorageError } from '../../db/backup-errors.ts';
import { BackupError } from '../../db/backup-format.ts';
import type { BackupHeader } from '../../db/backup-format.ts';
import { backupStore, createBackupFile, manualBackupName } from '../../db/backup.ts';

// Restoring validates every record with the case file's and the rows' schemas (zod): loaded when a
// restore is asked for, so the app's first view carries none of it.
const restoreModule = () => import('../../db/backup-restore.ts');
import { getPlatform } from '../../platform/index.ts';
import { announceRestore } from './connection-guard.ts';

/** What the dialog shows before the user confirms a restore. */
export interface RestoreCandidate {
  source: string;
  header: BackupHeader;
  /** Rows per table counted from the checked payload (what the restore will write). */
  counts: Record<string, number>;
  bytes: Uint8Array;
}

export type ActionResult<T = void> = { ok: true; value: T } | { ok: false; message: string };

/** «Sikkerhetskopi»: the whole database as one file the user saves where they like. */
export async function saveBackupFile(now = new Date()): Promise<ActionResult<string | null>> {
  try {
    const bytes = await createBackupFile('manuell', undefined, now);
    const saved = await getPlatform().saveFile(manualBackupName(now), bytes);
    return { ok: true, value: saved ? saved.savedAs : null };
  } catch (err) {
    return { ok: false, message: describeStorageError(err, 'sikkerhetskopien') };
  }
}

function refusal(err: unknown, source: string): string {
  if (err instanceof BackupError) return `${source}: ${err.message}`;
  return `${source}: filen kunne ikke leses som sikkerhetskopi.`;
}

/** Lets the user pick a backup file and checks it completely; nothing is written yet. */
export async function pickBackupFile(): Promise<ActionResult<RestoreCandidate | null>> {
  const files = await getPlatform().openFiles('backup');
  const file = files[0];
  if (!file) return { ok: true, value: null };
  try {
    const { header, counts } = await (await restoreModule()).inspectBackup(file.bytes);
    return { ok: true, value: { source: file.name, header, counts, bytes: file.bytes } };
  } catch (err) {
    return { ok: false, message: refusal(err, file.name) };
  }
}

/** Reads and checks one of the automatic backups. */
export async function openAutomaticBackup(entry: BackupEntry): Promise<ActionResult<RestoreCandidate>> {
  try {
    const bytes = await backupStore().read(entry.name);
    const { header, counts } = await (await restoreModule()).inspectBackup(bytes);
    return { ok: true, value: { source: entry.name, header, counts, bytes } };
  } catch (err) {
    return { ok: false, message: refusal(err, entry.name) };
  }
}

/** «Gjenopprett»: restores a checked candidate and tells other windows to reload. */
export async function restoreCandidate(candidate: RestoreCandidate): Promise<ActionResult> {
  try {
    await (await restoreModule()).restoreBackup(candidate.bytes);
    announceRestore();
    return { ok: true, value: undefined };
  } catch (err) {
    return { ok: false, message: describeStorageError(err, 'gjenopprettingen') };
  }
}

export async function listAutomaticBackups(): Promise<BackupEntry[]> {
  try {
    return await backupStore().list();
  } catch {
    return [];
  }
}

const REASONS: Record<string, string> = {
  manuell: 'Manuell',
  daglig: 'Daglig',
  'før import': 'Før import',
  'før gjenoppretting': 'Før gjenoppretting',
};

/** "22.11.2026 kl. 03:05" */
export function formatBackupTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const date = d.toLocaleDateString('nb-NO', { day: '2-digit', month: '2-digit', year: 'numeric' });
  const time = d.toLocaleTimeString('nb-NO', { hour: '2-digit', minute: '2-digit' });
  return `${date} kl. ${time}`;
}

export function reasonLabel(reason: string): string {
  return REASONS[reason] ?? reason;
}

/** "2026-03-01 08:00, før import" from an automatic backup's file name. */
export function describeEntry(entry: BackupEntry): string {
  const m = /^auto-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})\d*-(.+)\.hpbackup$/.exec(entry.name);
  if (!m) return entry.name;
  const when = formatBackupTime(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00Z`);
  const reason = m[6]!.replace(/-/g, ' ').replace(/^for /, 'før ');
  return `${when} – ${reasonLabel(reason)}`;
}

/** Rows per table in words: "2 perioder, 1 sak, 3 innstillinger". */
export function describeCounts(counts: Record<string, number>): string {
  const words: Record<string, [string, string]> = {
    periods: ['periode', 'perioder'],
    cases: ['sak', 'saker'],
    caseVersions: ['saksversjon', 'saksversjoner'],
    savedViews: ['lagret visning', 'lagrede visninger'],
    settings: ['innstilling', 'innstillinger'],
  };
  const parts = Object.entries(words)
    .filter(([table]) => (counts[table] ?? 0) > 0)
    .map(([table, [one, many]]) => countNoun(counts[table]!, one, many));
  return parts.length > 0 ? parts.join(', ') : 'ingen data';
}
