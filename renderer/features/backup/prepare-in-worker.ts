import type { PrepareBackup } from '../../db/backup.ts';
import type { BackupAnswer, BackupRequest } from './backup-protocol.ts';

/** Prepares an automatic backup in a worker that lives for this one backup. */
export const prepareInWorker: PrepareBackup = (reason, now) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
    worker.onmessage = (e: MessageEvent<BackupAnswer>) => {
      done();
      if (e.data.ok) resolve(e.data.prepared);
      else reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      done();
      reject(new Error(e.message || 'Sikkerhetskopien stoppet uventet.'));
    };
    worker.postMessage({ reason, now: now.toISOString() } satisfies BackupRequest);
  });
