import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useRef, useState } from 'react';
import type { BackupEntry } from '../../../shared/ipc/contract.ts';
import './backup.css';
import { KEEP_AUTOMATIC_BACKUPS } from '../../db/backup.ts';
import { useNotices } from '../../store/notifications.ts';
import {
  describeCounts,
  describeEntry,
  formatBackupTime,
  listAutomaticBackups,
  openAutomaticBackup,
  pickBackupFile,
  reasonLabel,
  restoreCandidate,
  saveBackupFile,
} from './backup-actions.ts';
import type { RestoreCandidate } from './backup-actions.ts';
import { reloadApp } from './connection-guard.ts';

/**
 * «Sikkerhetskopi»: save the whole database as one checked file, or restore one (a saved file or
 * one of the automatic backups). A restore is confirmed first, and the current data is itself
 * backed up automatically before it is replaced.
 */
export function BackupDialog({ reload = reloadApp }: { reload?: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [entries, setEntries] = useState<BackupEntry[]>([]);
  const [candidate, setCandidate] = useState<RestoreCandidate | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const notify = useNotices((s) => s.notify);

  const refresh = useCallback(async () => setEntries(await listAutomaticBackups()), []);

  const openDialog = () => {
    setCandidate(null);
    setError(null);
    dialogRef.current?.showModal();
    void refresh();
  };

  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await task();
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    run(async () => {
      const r = await saveBackupFile();
      if (!r.ok) setError(r.message);
      else if (r.value) notify('success', `Sikkerhetskopien er lagret som «${r.value}».`);
    });

  const pick = () =>
    run(async () => {
      const r = await pickBackupFile();
      if (!r.ok) setError(r.message);
      else if (r.value) setCandidate(r.value);
    });

  const pickAutomatic = (entry: BackupEntry) =>
    run(async () => {
      const r = await openAutomaticBackup(entry);
      if (!r.ok) setError(r.message);
      else setCandidate(r.value);
    });

  const confirmRestore = () =>
    run(async () => {
      if (!candidate) return;
      const r = await restoreCandidate(candidate);
      if (!r.ok) {
        setError(r.message);
        return;
      }
      notify('success', 'Dataene er gjenopprettet. Appen lastes inn på nytt.');
      dialogRef.current?.close();
      reload();
    });

  return (
    <>
      <Button variant="tertiary" data-size="sm" onClick={openDialog}>
        Sikkerhetskopi
      </Button>
      <Dialog ref={dialogRef} closedby="any" aria-labelledby="backup-title" className="backup-dialog">
        <Heading level={2} data-size="xs" id="backup-title">
          Sikkerhetskopi
        </Heading>
        <Paragraph data-size="sm">
          Lagre alle data (perioder, saker, visninger og innstillinger) i én fil, eller gjenopprett fra en tidligere kopi.
          Appen tar også automatiske kopier før hver import og gjenoppretting og én gang om dagen, og beholder de{' '}
          {KEEP_AUTOMATIC_BACKUPS} nyeste.
        </Paragraph>
        <Paragraph data-size="sm" className="muted">
          Kontrollsummen i filen avslører skade (en avkortet eller ødelagt fil), men beskytter ikke mot at noen endrer
          filen med vilje. Gjenopprett bare kopier du selv har tatt vare på.
        </Paragraph>
        {error && (
          <Paragraph data-size="sm" role="alert" className="backup-dialog__error">
            {error}
          </Paragraph>
        )}
        {candidate ? (
          <section aria-label="Bekreft gjenoppretting">
            <Paragraph data-size="sm">
              <strong>{candidate.source}</strong>
              <br />
              Tatt {formatBackupTime(candidate.header.createdAt)} ({reasonLabel(candidate.header.reason)}):{' '}
              {describeCounts(candidate.counts)}.
            </Paragraph>
            <Paragraph data-size="sm">
              Alt som ligger i appen nå, erstattes. Dagens data tas vare på i en automatisk sikkerhetskopi først.
            </Paragraph>
            <div className="backup-dialog__actions">
              <Button data-color="danger" onClick={() => void confirmRestore()} disabled={busy}>
                Gjenopprett
              </Button>
              <Button variant="secondary" onClick={() => setCandidate(null)} disabled={busy}>
                Avbryt
              </Button>
            </div>
          </section>
        ) : (
          <>
            <div className="backup-dialog__actions">
              <Button onClick={() => void save()} disabled={busy}>
                Lagre sikkerhetskopi …
              </Button>
              <Button variant="secondary" onClick={() => void pick()} disabled={busy}>
                Gjenopprett fra fil …
              </Button>
            </div>
            <Heading level={3} data-size="2xs">
              Automatiske sikkerhetskopier
            </Heading>
            {entries.length === 0 ? (
              <Paragraph data-size="sm" className="muted">
                Ingen ennå. Den første tas før neste import, eller i løpet av dagen.
              </Paragraph>
            ) : (
              <ul className="backup-dialog__list">
                {entries.map((e) => (
                  <li key={e.name}>
                    <span>{describeEntry(e)}</span>
                    <Button variant="tertiary" data-size="sm" onClick={() => void pickAutomatic(e)} disabled={busy}>
                      Velg
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        <Button variant="tertiary" onClick={() => dialogRef.current?.close()}>
          Lukk
        </Button>
      </Dialog>
    </>
  );
}
