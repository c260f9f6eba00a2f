import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkerRunner, ImportCancelledError, ImportTimeoutError } from '../../../renderer/features/import/import-runner.ts';
import type { FromWorker, ToWorker } from '../../../renderer/features/import/import-protocol.ts';
import { setPlatform } from '../../../renderer/platform/index.ts';
import type { Platform } from '../../../renderer/platform/platform.ts';

// The page's side of the import worker, against a stand-in Worker (jsdom has none): what is sent,
// what is transferred, and how the worker's calls to the host's backup folder are answered.
class FakeWorker {
  static last: FakeWorker | null = null;
  sent: { message: ToWorker; transfer: Transferable[] }[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: ToWorker, transfer: Transferable[] = []) {
    this.sent.push({ message, transfer });
  }
  terminate() {
    this.terminated = true;
  }
  /** A message from the worker. */
  emit(m: FromWorker) {
    this.onmessage?.({ data: m } as MessageEvent<FromWorker>);
  }
}

const worker = () => FakeWorker.last!;
const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  FakeWorker.last = null;
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
  setPlatform(null);
});

describe('worker runner', () => {
  it('transfers the files once, reports progress and resolves with the preview', async () => {
    const runner = createWorkerRunner();
    const bytes = new Uint8Array([1, 2, 3]);
    const progress = vi.fn();
    const reading = runner.read([{ name: 'a.xlsx', bytes }], progress);
    const { message, transfer } = worker().sent[0]!;
    expect(message).toMatchObject({ type: 'read', files: [{ name: 'a.xlsx' }] });
    expect(transfer).toEqual([bytes.buffer]);
    const job = (message as ToWorker & { job: number }).job;
    worker().emit({ type: 'progress', job, fraction: 0.5, text: 'Leser a.xlsx …' });
    expect(progress).toHaveBeenCalledWith(0.5, 'Leser a.xlsx …');
    const preview = { importId: 7 } as never;
    worker().emit({ type: 'preview', job, preview });
    await expect(reading).resolves.toBe(preview);
  });

  it('replaces the worker after storing a big import, and keeps it after a small one', async () => {
    const runner = createWorkerRunner();
    const stored = (initiatives: number) => ({ kind: 'stored', listing: { summary: { initiatives, active: 0, dependencies: initiatives / 2, opexLines: initiatives / 10 } } }) as never;
    const store = async (initiatives: number) => {
      const storing = runner.store({ importId: 1, periodKey: null, replace: false }, () => {});
      const job = (worker().sent.at(-1)!.message as ToWorker & { job: number }).job;
      worker().emit({ type: 'stored', job, outcome: stored(initiatives) });
      await storing;
    };
    await store(10_000);
    const first = worker();
    expect(first.terminated).toBe(false);
    await store(100_000);
    expect(first.terminated).toBe(true);
    // the next import starts a new worker
    void runner.read([{ name: 'b.xlsx', bytes: new Uint8Array([1]) }], () => {});
    expect(worker()).not.toBe(first);
    expect(worker().sent[0]!.message).toMatchObject({ type: 'read' });
  });

  it('stores through the host backup folder when the platform has one, answering the worker’s calls', async () => {
    const files = new Map<string, Uint8Array>([['auto-old.hpbackup', new Uint8Array([9])]]);
    const platform: Platform = {
      kind: 'electron',
      openFiles: async () => [],
      saveFile: async () => null,
      appInfo: async () => null,
      backups: {
        write: async (n, b) => void files.set(n, b),
        list: async () => [...files.keys()].map((name) => ({ name, size: 1, modifiedAt: '' })),
        read: async (n) => files.get(n)!,
        remove: async (n) => void files.delete(n),
      },
    };
    setPlatform(platform);
    const runner = createWorkerRunner();
    const storing = runner.store({ importId: 7, periodKey: null, replace: false }, () => {});
    const sent = worker().sent[0]!.message as ToWorker & { type: 'store' };
    expect(sent).toMatchObject({ type: 'store', request: { importId: 7, periodKey: null, replace: false }, hostBackups: true });

    worker().emit({ type: 'backup-call', call: 1, op: 'write', name: 'auto-new.hpbackup', bytes: new Uint8Array([1]) });
    worker().emit({ type: 'backup-call', call: 2, op: 'list' });
    worker().emit({ type: 'backup-call', call: 3, op: 'remove', name: 'auto-old.hpbackup' });
    await flush();
    const replies = worker().sent.slice(1).map((s) => s.message);
    expect(replies).toContainEqual({ type: 'backup-reply', call: 1, ok: true });
    expect(replies).toContainEqual({ type: 'backup-reply', call: 2, ok: true, entries: expect.arrayContaining([expect.objectContaining({ name: 'auto-new.hpbackup' })]) });
    expect(replies).toContainEqual({ type: 'backup-reply', call: 3, ok: true });
    expect([...files.keys()]).toEqual(['auto-new.hpbackup']);

    const outcome = { kind: 'failed', message: 'x' } as const;
    worker().emit({ type: 'stored', job: sent.job, outcome });
    await expect(storing).resolves.toEqual(outcome);
  });

  it('lets the worker back up on its own in the browser build', () => {
    setPlatform({ kind: 'browser', openFiles: async () => [], saveFile: async () => null, appInfo: async () => null });
    void createWorkerRunner().store({ importId: 1, periodKey: '2022-09', replace: true }, () => {});
    expect(worker().sent[0]!.message).toMatchObject({ type: 'store', hostBackups: false });
  });

  it('cancel ends the worker and the read; the next read starts a new worker', async () => {
    const runner = createWorkerRunner();
    const reading = runner.read([{ name: 'a.xlsx', bytes: new Uint8Array([1]) }], () => {});
    const first = worker();
    runner.cancel();
    expect(first.terminated).toBe(true);
    await expect(reading).rejects.toBeInstanceOf(ImportCancelledError);
    void runner.read([{ name: 'b.xlsx', bytes: new Uint8Array([2]) }], () => {}).catch(() => {});
    expect(worker()).not.toBe(first);
  });

  it('a crashed worker fails the job with a Norwegian message, never the engine\'s English', async () => {
    const runner = createWorkerRunner();
    const reading = runner.read([{ name: 'a.xlsx', bytes: new Uint8Array([1]) }], () => {});
    worker().onerror?.({ message: 'Uncaught RangeError: Invalid string length', preventDefault: () => {} } as ErrorEvent);
    await expect(reading).rejects.toThrow(/for stor eller for sammensatt til å leses/);
    await expect(reading).rejects.not.toThrow(/Invalid string length/);
    expect(worker().terminated).toBe(true);
  });

  it('the watchdog ends a read that runs past the time limit, with a Norwegian message', async () => {
    vi.useFakeTimers();
    try {
      const runner = createWorkerRunner(1_000);
      const reading = runner.read([{ name: 'a.xlsx', bytes: new Uint8Array([1]) }], () => {});
      const first = worker();
      vi.advanceTimersByTime(999);
      expect(first.terminated).toBe(false);
      vi.advanceTimersByTime(1);
      expect(first.terminated).toBe(true);
      await expect(reading).rejects.toBeInstanceOf(ImportTimeoutError);
      await expect(reading).rejects.toThrow(/ble stoppet.*ingenting er lagret/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('the watchdog leaves a read that finished in time alone', async () => {
    vi.useFakeTimers();
    try {
      const runner = createWorkerRunner(1_000);
      const reading = runner.read([{ name: 'a.xlsx', bytes: new Uint8Array([1]) }], () => {});
      const job = (worker().sent[0]!.message as ToWorker & { job: number }).job;
      worker().emit({ type: 'preview', job, preview: { importId: 1 } as never });
      await expect(reading).resolves.toEqual({ importId: 1 });
      vi.advanceTimersByTime(5_000);
      expect(worker().terminated).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
