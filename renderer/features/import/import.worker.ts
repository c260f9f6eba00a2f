import type { BackupEntry } from '../../../shared/ipc/contract.ts';
import { describeUnexpectedError } from '../../../shared/spreadsheet/index.ts';
import type { BackupStore } from '../../platform/platform.ts';
import { createIndexedDbBackupStore } from '../../db/backup-store.ts';
import type { FromWorker, ToWorker } from './import-protocol.ts';
import { createImportSession } from './import-session.ts';

// The import worker: reads, validates, compares and stores (import-session.ts) off the UI thread.
// The page sends the files' bytes once and gets back a small preview and the outcome.
const scope = self as unknown as { postMessage: (m: FromWorker, transfer?: Transferable[]) => void };
const post = (m: FromWorker, transfer: Transferable[] = []) => scope.postMessage(m, transfer);
const session = createImportSession();

// Electron keeps backups in a folder only the page's bridge reaches: those calls go through the page.
let nextCall = 1;
const calls = new Map<number, { resolve: (entries: BackupEntry[]) => void; reject: (e: Error) => void }>();
function callPage(m: FromWorker & { type: 'backup-call' }, transfer: Transferable[] = []): Promise<BackupEntry[]> {
  return new Promise((resolve, reject) => {
    calls.set(m.call, { resolve, reject });
    post(m, transfer);
  });
}
const hostBackups: BackupStore = {
  write: async (name, bytes) => void (await callPage({ type: 'backup-call', call: nextCall++, op: 'write', name, bytes }, [bytes.buffer])),
  list: () => callPage({ type: 'backup-call', call: nextCall++, op: 'list' }),
  remove: async (name) => void (await callPage({ type: 'backup-call', call: nextCall++, op: 'remove', name })),
  read: () => Promise.reject(new Error('Sikkerhetskopier leses ikke under en import.')),
};
let ownBackups: BackupStore | null = null;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

self.onmessage = async (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  switch (m.type) {
    case 'read': {
      const progress = (fraction: number, text: string) => post({ type: 'progress', job: m.job, fraction, text });
      try {
        post({ type: 'preview', job: m.job, preview: await session.read(m.files, progress) });
      } catch (err) {
        // what reading throws beyond a located issue is an engine or internal error: never its English text
        post({ type: 'failed', job: m.job, message: describeUnexpectedError(err, m.files.length === 1 ? m.files[0]!.name : undefined) });
      }
      break;
    }
    case 'store': {
      const progress = (fraction: number, text: string) => post({ type: 'progress', job: m.job, fraction, text });
      const backups = m.hostBackups ? hostBackups : (ownBackups ??= createIndexedDbBackupStore());
      try {
        post({ type: 'stored', job: m.job, outcome: await session.store(m.request, backups, progress) });
      } catch (err) {
        post({ type: 'failed', job: m.job, message: message(err) });
      }
      break;
    }
    case 'discard':
      session.discard(m.importId);
      break;
    case 'compare':
      try {
        post({ type: 'compared', job: m.job, comparison: await session.compare(m.importId, m.periodKey) });
      } catch (err) {
        post({ type: 'failed', job: m.job, message: message(err) });
      }
      break;
    case 'backup-reply': {
      const call = calls.get(m.call);
      calls.delete(m.call);
      if (m.ok) call?.resolve(m.entries ?? []);
      else call?.reject(new Error(m.message));
      break;
    }
  }
};
