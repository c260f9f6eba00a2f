import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { readRegularFile } from '../shared/ipc/read-limited.ts';
import { IpcLimits, IpcValidationError } from '../shared/ipc/contract.ts';

/**
 * Reads an input file for a command the way the app's main process does: one non-blocking open,
 * a regular file only (a FIFO or /dev/zero is refused at once instead of hanging or growing), at
 * most the app's file limit. Throws an Error with a Norwegian message naming the file.
 */
export async function readInput(path: string, name: string): Promise<Uint8Array> {
  try {
    return await readRegularFile({ open: (p) => open(p, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)) }, path, name, IpcLimits.maxFileBytes);
  } catch (e) {
    if (e instanceof IpcValidationError) throw new Error(`${name}: ${e.message}`, { cause: e });
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT' ? `${name}: filen finnes ikke.` : code === 'EISDIR' ? `${name}: er en mappe, ikke en fil.` : code === 'EACCES' || code === 'EPERM' ? `${name}: mangler tilgang til filen.` : `${name}: filen kan ikke åpnes (${code ?? 'ukjent feil'}).`,
      { cause: e },
    );
  }
}
