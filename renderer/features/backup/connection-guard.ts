import { takeDailyBackupIfDue } from '../../db/backup.ts';
import { getDb } from '../../db/database.ts';
import type { HelseDatabase } from '../../db/database.ts';
import { getPlatform } from '../../platform/index.ts';
import { useNotices } from '../../store/notifications.ts';
import { prepareInWorker } from './prepare-in-worker.ts';

/**
 * Several windows or tabs on one database. IndexedDB transactions are atomic across them, so
 * concurrent writes cannot corrupt anything; what needs handling is (1) a newer app version
 * upgrading the schema while an old window is open, and (2) a restore in one window leaving the
 * others showing stale data. (A second Electron instance is stopped by the single-instance lock.)
 */
const CHANNEL = 'helseportefolje-data';

type Notify = (kind: 'info' | 'warning' | 'danger', text: string) => void;

/** Reloads the app: through the host where it has a way (Electron blocks page navigations). */
export function reloadApp(): void {
  const platform = getPlatform();
  if (platform.reload) void platform.reload();
  else window.location.reload();
}

/** Tells other windows that the whole database was replaced. */
export function announceRestore(): void {
  try {
    const ch = new BroadcastChannel(CHANNEL);
    ch.postMessage({ type: 'restored' });
    ch.close();
  } catch {
    // No BroadcastChannel (very old host): the other windows see the new data after a reload.
  }
}

/** Installs the handlers; returns a function that removes them (for tests). */
export function guardConnection(db: HelseDatabase, notify: Notify, reload: () => void): () => void {
  const onVersionChange = () => {
    // Another window opened a newer schema: close so it can upgrade, and ask for a reload.
    db.close();
    notify('warning', 'Helseportefølje er oppdatert i et annet vindu. Last inn siden på nytt (Ctrl+R) før du fortsetter.');
    return false;
  };
  const onBlocked = () => {
    notify('warning', 'Et annet vindu med Helseportefølje holder databasen åpen. Lukk de andre vinduene for å fullføre oppdateringen.');
  };
  db.on('versionchange', onVersionChange);
  db.on('blocked', onBlocked);
  let channel: BroadcastChannel | null = null;
  try {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (e: MessageEvent<{ type?: string }>) => {
      if (e.data?.type === 'restored') reload();
    };
  } catch {
    channel = null;
  }
  return () => {
    db.on('versionchange').unsubscribe(onVersionChange);
    db.on('blocked').unsubscribe(onBlocked);
    channel?.close();
  };
}

/** Called once at start-up: connection guards, then the day's automatic backup when idle. */
export function startDataSafety(): void {
  const notify: Notify = (kind, text) => useNotices.getState().notify(kind, text);
  guardConnection(getDb(), notify, reloadApp);
  setTimeout(() => {
    void takeDailyBackupIfDue({ prepare: prepareInWorker }).then((r) => {
      if (!r.ok) notify('warning', r.message);
    });
  }, 4000);
}
