import { execFileSync } from 'node:child_process';
import { constants, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileTooLargeError, NotRegularFileError, readRegularFile } from '../../shared/ipc/read-limited.ts';
import type { LimitedFs, LimitedHandle } from '../../shared/ipc/read-limited.ts';

// What main passes: one non-blocking open per file.
const nodeFs: LimitedFs = { open: (p) => open(p, constants.O_RDONLY | constants.O_NONBLOCK) };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hp-open-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('files:open reading', () => {
  it('reads a regular file whole', async () => {
    writeFileSync(join(dir, 'a.xlsx'), new Uint8Array([1, 2, 3]));
    expect(await readRegularFile(nodeFs, join(dir, 'a.xlsx'), 'a.xlsx', 10)).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('refuses a file over the limit', async () => {
    writeFileSync(join(dir, 'b.xlsx'), new Uint8Array(11));
    await expect(readRegularFile(nodeFs, join(dir, 'b.xlsx'), 'b.xlsx', 10)).rejects.toThrow(FileTooLargeError);
  });

  it.runIf(process.platform === 'linux')('refuses a FIFO named .xlsx without hanging', async () => {
    const fifo = join(dir, 'rapport.xlsx');
    execFileSync('mkfifo', [fifo]);
    await expect(readRegularFile(nodeFs, fifo, 'rapport.xlsx', 10)).rejects.toThrow(/«rapport\.xlsx» er ikke en vanlig fil/);
  });

  it.runIf(process.platform === 'linux')('refuses a link to /dev/zero without reading from it', async () => {
    const link = join(dir, 'null.xlsx');
    symlinkSync('/dev/zero', link);
    await expect(readRegularFile(nodeFs, link, 'null.xlsx', 10)).rejects.toThrow(NotRegularFileError);
  });

  it('reads at most limit + 1 bytes from a file that lies about its size, and opens it once', async () => {
    let opens = 0;
    let served = 0;
    const endless: LimitedHandle = {
      stat: async () => ({ isFile: () => true, size: 3 }),
      read: async (buf, off, len) => {
        buf.fill(7, off, off + len);
        served += len;
        return { bytesRead: len };
      },
      close: async () => undefined,
    };
    const fs: LimitedFs = { open: async () => (opens++, endless) };
    await expect(readRegularFile(fs, '/x', 'x.xlsx', 1000)).rejects.toThrow(FileTooLargeError);
    expect(opens).toBe(1);
    expect(served).toBeLessThanOrEqual(1001);
  });
});
