import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { importPortfolio } from '../../../shared/import/index.ts';
import type { PortfolioReport } from '../../../shared/portfolio/model.ts';
import { describeStorageError, isQuotaError } from '../../../renderer/db/backup-errors.ts';
import { decodeBackup } from '../../../renderer/db/backup-format.ts';
import { backupStore } from '../../../renderer/db/backup.ts';
import { snapshotDatabase } from '../../helpers/stored-records.ts';
import { HelseDatabase, SCHEMA_VERSION, setDb } from '../../../renderer/db/database.ts';
import { listPeriods, savePeriod } from '../../../renderer/db/periods-repo.ts';
import type { Provenance } from '../../../renderer/db/periods-repo.ts';
import { createImportSession } from '../../../renderer/features/import/import-session.ts';
import { setPlatform } from '../../../renderer/platform/index.ts';
import type { Platform } from '../../../renderer/platform/platform.ts';

let counter = 0;
const dbs: HelseDatabase[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  setDb(null);
  setPlatform(null);
});

function setup(): { db: HelseDatabase; store: Map<string, Uint8Array> } {
  const db = new HelseDatabase(`hp-import-safety-${Date.now()}-${counter++}`);
  dbs.push(db);
  setDb(db);
  const store = new Map<string, Uint8Array>();
  const platform: Platform = {
    kind: 'electron',
    openFiles: async () => [],
    saveFile: async () => null,
    appInfo: async () => null,
    backups: {
      write: async (n, b) => void store.set(n, b),
      list: async () => [...store.keys()].sort().reverse().map((name) => ({ name, size: store.get(name)!.length, modifiedAt: '' })),
      read: async (n) => store.get(n)!,
      remove: async (n) => void store.delete(n),
    },
  };
  setPlatform(platform);
  return { db, store };
}

function exampleReport(): PortfolioReport {
  const bytes = new Uint8Array(readFileSync('assets/examples/portefolje-2022-09.xlsx'));
  const r = importPortfolio([{ name: 'portefolje-2022-09.xlsx', bytes }]);
  if (!r.report?.period) throw new Error('eksempelrapporten mangler periode');
  return r.report;
}

const provenance: Provenance = { files: [{ name: 'portefolje-2022-09.xlsx', sha256: 'ab'.repeat(32), bytes: 1 }], importedAt: '2026-01-01T00:00:00.000Z' };

describe('import and stored data', () => {
  it('an injected failure in the middle of an import leaves the database exactly as before', async () => {
    const { db } = setup();
    const report = exampleReport();
    await savePeriod(report, provenance);
    await db.settings.put({ key: 'profile', value: { name: 'Kari' }, v: 1, updatedAt: '2026-01-01T00:00:00.000Z' });
    const before = await snapshotDatabase(db);
    // Replacing the period deletes its rows and writes the new ones; fail after some rows are written.
    let written = 0;
    const failMidway = () => {
      if (++written === 2) throw new Error('injisert feil midt i importen');
    };
    db.periodData.hook('creating', failMidway);
    const changed = { ...report, initiatives: report.initiatives.slice(0, 3) };
    await expect(savePeriod(changed, provenance, { replace: true })).rejects.toThrow(/injisert feil/);
    db.periodData.hook('creating').unsubscribe(failMidway);
    expect(written).toBeGreaterThanOrEqual(2);
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it('a full disk during an import gives a Norwegian message and keeps the earlier data', async () => {
    const { db } = setup();
    await savePeriod(exampleReport(), provenance);
    const before = await snapshotDatabase(db);
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.periods.hook('creating', full);
    db.periods.hook('updating', full);
    let caught: unknown;
    try {
      await savePeriod(exampleReport(), provenance, { replace: true });
    } catch (e) {
      caught = e;
    }
    expect(isQuotaError(caught)).toBe(true);
    expect(describeStorageError(caught, 'importen')).toBe(
      'Det er ikke mer lagringsplass på maskinen, så importen ble ikke lagret. Tidligere data er uendret. Frigjør plass på disken og prøv igjen.',
    );
    expect(await snapshotDatabase(db)).toEqual(before);
    expect((await listPeriods()).map((p) => p.id)).toEqual(['2022-09']);
  });

  it('takes an automatic backup of the existing data before each import, in the host backup store', async () => {
    const { db, store } = setup();
    const session = createImportSession();
    const read = () => session.read([{ name: 'portefolje-2022-09.xlsx', bytes: new Uint8Array(readFileSync('assets/examples/portefolje-2022-09.xlsx')) }], () => {});
    const first = await read();
    await session.store({ importId: first.importId, periodKey: null, replace: false }, backupStore(), () => {}); // empty database: nothing to back up
    expect(store.size).toBe(0);
    const before = await snapshotDatabase(db);
    const second = await read();
    await session.store({ importId: second.importId, periodKey: null, replace: true }, backupStore(), () => {});
    expect([...store.keys()]).toEqual([expect.stringMatching(/^auto-\d{8}-\d{9}-for-import-av-portefolje-2022-09-xlsx-.*\.hpbackup$/)]);
    const { header, snapshot } = await decodeBackup([...store.values()][0]!, SCHEMA_VERSION);
    expect(header.reason).toBe('Før import av portefolje-2022-09.xlsx (September 2022)');
    expect(snapshot.tables).toEqual(before.tables);
  });
});
