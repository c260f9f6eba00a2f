import { BACKUP_NAME_PATTERN, IpcLimits, IpcValidationError } from '../../shared/ipc/contract.ts';
import type { BackupEntry } from '../../shared/ipc/contract.ts';

/**
 * The folder of automatic backups (userData/backups). Only names matching the contract's pattern
 * are ever read, written, listed or removed, so nothing else in the folder can be touched.
 */
export interface BackupDir {
  list(): Promise<BackupEntry[]>;
  read(name: string): Promise<Uint8Array>;
  /** Writes to a temporary file first and renames it, so a crash never leaves half a backup. */
  writeAtomic(name: string, bytes: Uint8Array): Promise<void>;
  remove(name: string): Promise<void>;
}

/** The file-system calls the folder needs; node:fs/promises fits, tests pass a temp dir. */
export interface BackupFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ size: number; mtimeMs: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array, options: { flush: boolean }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
}

function checkName(name: string): string {
  if (!BACKUP_NAME_PATTERN.test(name)) throw new IpcValidationError('ugyldig navn på sikkerhetskopi');
  return name;
}

/** How much the backup folder may hold; main enforces it whatever the renderer asks. */
export interface BackupDirLimits {
  maxCount: number;
  maxTotalBytes: number;
}

/** Twice the renderer's own rolling count (15), and room for that many large backups. */
export const DEFAULT_BACKUP_DIR_LIMITS: BackupDirLimits = { maxCount: 30, maxTotalBytes: 3 * 1024 * 1024 * 1024 };

export function createBackupDir(dir: string, fs: BackupFs, join: (...p: string[]) => string, limits: BackupDirLimits = DEFAULT_BACKUP_DIR_LIMITS): BackupDir {
  const at = (name: string) => join(dir, checkName(name));
  /** After a write: the oldest backups (never the one just written) go until count and size are within the limits. */
  const prune = async (keep: string, list: () => Promise<BackupEntry[]>) => {
    const entries = (await list()).sort((a, b) => (a.modifiedAt < b.modifiedAt ? -1 : a.modifiedAt > b.modifiedAt ? 1 : a.name < b.name ? -1 : 1));
    let count = entries.length;
    let total = entries.reduce((n, e) => n + e.size, 0);
    for (const e of entries) {
      if (count <= limits.maxCount && total <= limits.maxTotalBytes) break;
      if (e.name === keep) continue;
      await fs.rm(join(dir, e.name), { force: true });
      count--;
      total -= e.size;
    }
  };
  const self: BackupDir = {
    async list() {
      await fs.mkdir(dir, { recursive: true });
      const entries: BackupEntry[] = [];
      for (const name of await fs.readdir(dir)) {
        if (!BACKUP_NAME_PATTERN.test(name)) continue;
        const st = await fs.stat(join(dir, name)).catch(() => null);
        if (!st || !st.isFile()) continue;
        entries.push({ name, size: st.size, modifiedAt: new Date(st.mtimeMs).toISOString() });
      }
      return entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    },
    async read(name) {
      const path = at(name);
      const st = await fs.stat(path).catch(() => null);
      if (!st || !st.isFile()) throw new IpcValidationError(`Fant ikke sikkerhetskopien «${name}».`);
      if (st.size > IpcLimits.maxBackupBytes) throw new IpcValidationError(`Sikkerhetskopien «${name}» er for stor.`);
      return new Uint8Array(await fs.readFile(path));
    },
    async writeAtomic(name, bytes) {
      const path = at(name);
      await fs.mkdir(dir, { recursive: true });
      const tmp = `${path}.tmp`;
      if (bytes.length > Math.min(IpcLimits.maxBackupBytes, limits.maxTotalBytes)) throw new IpcValidationError('Sikkerhetskopien er for stor til å lagres i datamappen.');
      try {
        await fs.writeFile(tmp, bytes, { flush: true });
        await fs.rename(tmp, path);
      } catch (err) {
        await fs.rm(tmp, { force: true }).catch(() => undefined);
        const code = (err as { code?: string }).code;
        if (code === 'ENOSPC' || code === 'EDQUOT') {
          throw new IpcValidationError('Disken er full. Sikkerhetskopien ble ikke lagret; dataene dine er uendret.');
        }
        throw new IpcValidationError('Kunne ikke skrive sikkerhetskopien til datamappen.');
      }
      await prune(name, () => self.list());
    },
    async remove(name) {
      await fs.rm(at(name), { force: true });
    },
  };
  return self;
}
