import { prepareAutomaticBackup } from '../../db/backup.ts';
import { describeStorageError } from '../../db/backup-errors.ts';
import type { BackupAnswer, BackupRequest } from './backup-protocol.ts';

// Reads and encodes an automatic backup off the UI thread (see backup-protocol.ts).
const scope = self as unknown as { postMessage: (m: BackupAnswer, transfer: Transferable[]) => void };
self.onmessage = (e: MessageEvent<BackupRequest>) => {
  prepareAutomaticBackup(e.data.reason, { now: new Date(e.data.now) }).then(
    (prepared) => scope.postMessage({ ok: true, prepared }, prepared ? [prepared.bytes.buffer] : []),
    (err: unknown) => scope.postMessage({ ok: false, message: describeStorageError(err, 'den automatiske sikkerhetskopien') }, []),
  );
};
