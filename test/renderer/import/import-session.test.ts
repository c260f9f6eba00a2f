import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeBackup } from '../../../renderer/db/backup-format.ts';
import { snapshotDatabase } from '../../helpers/stored-records.ts';
import { HelseDatabase, SCHEMA_VERSION, setDb } from '../../../renderer/db/database.ts';
import { listPeriods, loadPeriod } from '../../../renderer/db/periods-repo.ts';
import { createImportSession } from '../../../renderer/features/import/import-session.ts';
import type { BackupStore } from '../../../renderer/platform/platform.ts';

// The import worker's work (import-session.ts), run in-process: what crosses to the page, and
// what is written when the analyst confirms.
const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(resolve('assets/examples', name))) });
const sept = () => file('portefolje-2022-09.xlsx');
const may = () => file('portefolje-2022-05-rekonstruert.xlsx');
const csv = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const quiet = () => {};

function memoryStore(): BackupStore & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    write: async (n, b) => void files.set(n, b),
    list: async () => [...files.keys()].sort().reverse().map((name) => ({ name, size: files.get(name)!.length, modifiedAt: '' })),
    read: async (n) => files.get(n)!,
    remove: async (n) => void files.delete(n),
  };
}

let n = 0;
let db: HelseDatabase;
beforeEach(() => {
  db = new HelseDatabase(`hp-import-session-${Date.now()}-${n++}`);
  setDb(db);
});
afterEach(() => {
  db.close();
  setDb(null);
});

describe('import session', () => {
  it('sends the page a compact preview: counts, issues and the diff against the stored period, never the rows', async () => {
    const session = createImportSession();
    const store = memoryStore();
    const first = await session.read([may()], quiet);
    expect(await session.store({ importId: first.importId, periodKey: null, replace: false }, store, quiet)).toMatchObject({ kind: 'stored' });

    const progress: string[] = [];
    const preview = await session.read([sept()], (_f, text) => progress.push(text));
    expect(progress).toEqual(['Leser portefolje-2022-09.xlsx …', 'Kontrollerer tabellene …', 'Ferdig']);
    expect(preview).toMatchObject({
      fileNames: ['portefolje-2022-09.xlsx'],
      ok: true,
      period: { key: '2022-09', label: 'September 2022' },
      summary: { initiatives: 46, active: 42 },
      focusAreas: expect.any(Number),
      warningCount: 1,
      comparison: { against: 'Mai 2022 (rekonstruert)', added: 10, ended: 1, changed: 1 },
    });
    expect(preview.comparison!.lines).toHaveLength(12);
    expect(preview).not.toHaveProperty('report');
    // what crosses postMessage stays small whatever the report's size
    expect(JSON.stringify(preview).length).toBeLessThan(10_000);
    // reading took no backup: that happens on confirmation
    expect(store.files.size).toBe(0);
  });

  it('on confirmation backs up the stored data, labelled with file and period, then stores the period', async () => {
    const session = createImportSession();
    const store = memoryStore();
    const a = await session.read([may()], quiet);
    await session.store({ importId: a.importId, periodKey: null, replace: false }, store, quiet);
    expect(store.files.size).toBe(0); // an empty database is not backed up
    const before = await snapshotDatabase(db);

    const b = await session.read([sept()], quiet);
    const progress: string[] = [];
    const outcome = await session.store({ importId: b.importId, periodKey: null, replace: false }, store, (_f, text) => progress.push(text));
    expect(outcome).toMatchObject({ kind: 'stored', listing: { id: '2022-09', summary: { initiatives: 46 } } });
    expect(progress).toEqual(['Tar sikkerhetskopi før import av portefolje-2022-09.xlsx …', 'Lagrer portefolje-2022-09.xlsx …']);
    const [name, bytes] = [...store.files][0]!;
    expect(name).toMatch(/^auto-\d{8}-\d{9}-for-import-av-portefolje-2022-09-xlsx-.*\.hpbackup$/);
    const { header, snapshot } = await decodeBackup(bytes!, SCHEMA_VERSION);
    expect(header.reason).toBe('Før import av portefolje-2022-09.xlsx (September 2022)');
    expect(snapshot.tables).toEqual(before.tables);
    expect((await listPeriods()).map((p) => p.id)).toEqual(['2022-05', '2022-09']);
    expect((await loadPeriod('2022-09'))!.initiatives).toHaveLength(46);
  });

  it('asks before replacing a stored period, without backing up first, and replaces when told to', async () => {
    const session = createImportSession();
    const store = memoryStore();
    const a = await session.read([sept()], quiet);
    await session.store({ importId: a.importId, periodKey: null, replace: false }, store, quiet);

    const b = await session.read([sept()], quiet);
    const asked = await session.store({ importId: b.importId, periodKey: null, replace: false }, store, quiet);
    expect(asked).toMatchObject({ kind: 'exists', existing: { id: '2022-09' }, sameFiles: true });
    expect(store.files.size).toBe(0);
    expect(await session.store({ importId: b.importId, periodKey: null, replace: true }, store, quiet)).toMatchObject({ kind: 'stored' });
    expect(store.files.size).toBe(1);
    expect(await listPeriods()).toHaveLength(1);
  });

  it('stores a file without a period under the one the analyst typed, and refuses without it', async () => {
    const session = createImportSession();
    const preview = await session.read([csv('t.csv', 'Nr;Aktør;Tiltaksnavn;Segment\n1;A;B;Samstyre\n')], quiet);
    expect(preview).toMatchObject({ ok: true, period: null });
    expect(await session.store({ importId: preview.importId, periodKey: null, replace: false }, memoryStore(), quiet)).toEqual({
      kind: 'failed',
      message: 'Perioden mangler: angi hvilken periode rapporten gjelder.',
    });
    const outcome = await session.store({ importId: preview.importId, periodKey: '2021-12', replace: false }, memoryStore(), quiet);
    expect(outcome).toMatchObject({ kind: 'stored', listing: { id: '2021-12', label: 'Desember 2021' } });
  });

  it('keeps nothing for a report with errors, and forgets a discarded import', async () => {
    const session = createImportSession();
    const bad = await session.read([csv('t.csv', 'Nr;Aktør;Tiltaksnavn;Segment\n1;A;;Samstyre\n')], quiet);
    expect(bad).toMatchObject({ ok: false, errorCount: 1, comparison: null });
    expect(await session.store({ importId: bad.importId, periodKey: '2021-12', replace: false }, memoryStore(), quiet)).toMatchObject({ kind: 'failed' });

    const good = await session.read([sept()], quiet);
    session.discard(good.importId);
    expect(await session.store({ importId: good.importId, periodKey: null, replace: false }, memoryStore(), quiet)).toEqual({
      kind: 'failed',
      message: 'Filene er ikke lenger lest inn. Velg dem på nytt.',
    });
    expect(await listPeriods()).toEqual([]);
  });

  it('reports a full disk in Norwegian and leaves the stored data as it was', async () => {
    const session = createImportSession();
    const a = await session.read([sept()], quiet);
    await session.store({ importId: a.importId, periodKey: null, replace: false }, memoryStore(), quiet);
    const before = await snapshotDatabase(db);
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.periodData.hook('creating', full);
    const b = await session.read([sept()], quiet);
    const outcome = await session.store({ importId: b.importId, periodKey: null, replace: true }, memoryStore(), quiet);
    expect(outcome).toEqual({
      kind: 'failed',
      message: 'Det er ikke mer lagringsplass på maskinen, så importen ble ikke lagret. Tidligere data er uendret. Frigjør plass på disken og prøv igjen.',
    });
    db.periodData.hook('creating').unsubscribe(full);
    expect(await snapshotDatabase(db)).toEqual(before);
  });
});
