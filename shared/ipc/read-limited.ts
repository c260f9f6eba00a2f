import { IpcValidationError } from './contract.ts';

/** The handle calls {@link readRegularFile} needs; node:fs/promises' FileHandle fits. */
export interface LimitedHandle {
  stat(): Promise<{ isFile(): boolean; size: number }>;
  read(buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<{ bytesRead: number }>;
  close(): Promise<void>;
}

export interface LimitedFs {
  /** Opens for reading without blocking (O_NONBLOCK where the OS has it: a FIFO must not hang the open). */
  open(path: string): Promise<LimitedHandle>;
}

/** Refused because it is no regular file (a FIFO, a device such as /dev/zero, a folder). */
export class NotRegularFileError extends IpcValidationError {}
/** Refused because it holds more than the limit. */
export class FileTooLargeError extends IpcValidationError {}

/**
 * Reads a file the user picked: opens the path ONCE, checks on that handle that it is a regular
 * file, and reads at most `limit + 1` bytes (the extra byte tells "too large" without trusting the
 * size stat reports, which a growing file or a device can make wrong). A FIFO, a socket or
 * /dev/zero (even behind a link named .xlsx) is refused before anything is read.
 */
export async function readRegularFile(fs: LimitedFs, path: string, name: string, limit: number): Promise<Uint8Array> {
  const handle = await fs.open(path);
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new NotRegularFileError(`«${name}» er ikke en vanlig fil og kan ikke åpnes.`);
    if (st.size > limit) throw new FileTooLargeError(`Filen «${name}» er for stor (${Math.round(st.size / 1e6)} MB).`);
    // start at the reported size (plus the probe byte); grow only if the file turns out longer
    let buf = new Uint8Array(Math.min(limit, st.size) + 1);
    let got = 0;
    for (;;) {
      if (got === buf.length) {
        if (buf.length > limit) throw new FileTooLargeError(`Filen «${name}» er for stor (over ${Math.round(limit / 1e6)} MB).`);
        const bigger = new Uint8Array(Math.min(limit + 1, buf.length * 2));
        bigger.set(buf);
        buf = bigger;
      }
      const { bytesRead } = await handle.read(buf, got, buf.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    if (got > limit) throw new FileTooLargeError(`Filen «${name}» er for stor (over ${Math.round(limit / 1e6)} MB).`);
    return buf.slice(0, got);
  } finally {
    await handle.close().catch(() => undefined);
  }
}
