/**
 * Turns storage failures into messages an analyst can act on. A full disk or an exceeded browser
 * quota surfaces as QuotaExceededError (possibly wrapped by Dexie as `inner`).
 */

function names(err: unknown): string[] {
  const out: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const n = (e as { name?: unknown }).name;
    if (typeof n === 'string') out.push(n);
    e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return out;
}

/** True when the error (or the error it wraps) says the disk or the storage quota is full. */
export function isQuotaError(err: unknown): boolean {
  return names(err).some((n) => n === 'QuotaExceededError') || /quota|ENOSPC|Disken er full/i.test(String((err as Error)?.message ?? ''));
}

/** A Norwegian message for a failed save; `what` names what was being saved ("importen"). */
export function describeStorageError(err: unknown, what: string): string {
  if (isQuotaError(err)) {
    return `Det er ikke mer lagringsplass på maskinen, så ${what} ble ikke lagret. Tidligere data er uendret. Frigjør plass på disken og prøv igjen.`;
  }
  if (names(err).includes('BackupError') && err instanceof Error) return err.message;
  return `Noe gikk galt, så ${what} ble ikke lagret. Tidligere data er uendret.`;
}
