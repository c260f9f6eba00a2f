import Dexie from 'dexie';
import type { Table } from 'dexie';
import type { BackupEntry } from '../../shared/ipc/contract.ts';
import type { BackupStore } from '../platform/platform.ts';

/** Name of the browser build's separate backup database (never the live one, so a wipe of one spares the other). */
export const BACKUP_DB_NAME = 'helseportefolje-sikkerhetskopier';

interface StoredBackup {
  name: string;
  /**
   * The file as a Blob, which IndexedDB keeps by reference. A Uint8Array is structured-cloned into
   * the request, two more copies of the file at once (writing the backup was the memory peak of a
   * 100k-tiltak import), and listing read every file. Copies written before hold `bytes`.
   */
  blob?: Blob;
  bytes?: Uint8Array;
  size: number;
  modifiedAt: string;
}

class BackupDatabase extends Dexie {
  files!: Table<StoredBackup, string>;
  constructor(name: string) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ files: 'name' });
  }
}

/** Automatic backups in the browser build: a separate IndexedDB database with one record per file. */
export function createIndexedDbBackupStore(name = BACKUP_DB_NAME): BackupStore {
  let db: BackupDatabase | null = null;
  const open = () => (db ??= new BackupDatabase(name));
  return {
    async write(fileName, bytes) {
      const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
      await open().files.put({ name: fileName, blob, size: bytes.length, modifiedAt: new Date().toISOString() });
    },
    async list(): Promise<BackupEntry[]> {
      const rows = await open().files.toArray();
      return rows
        .map((r) => ({ name: r.name, size: r.size, modifiedAt: r.modifiedAt }))
        .sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    },
    async read(fileName) {
      const row = await open().files.get(fileName);
      if (!row) throw new Error(`Fant ikke sikkerhetskopien «${fileName}».`);
      return row.blob ? new Uint8Array(await row.blob.arrayBuffer()) : (row.bytes ?? new Uint8Array(0));
    },
    async remove(fileName) {
      await open().files.delete(fileName);
    },
  };
}
