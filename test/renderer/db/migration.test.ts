import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { HelseDatabase, SCHEMA_VERSION, setDb } from '../../../renderer/db/database.ts';
import { loadProfile, saveProfile } from '../../../renderer/db/settings-repo.ts';

let counter = 0;
const freshName = () => `hp-test-${Date.now()}-${counter++}`;

afterEach(() => setDb(null));

describe('database schema', () => {
  it('upgrades data written by the first schema version', async () => {
    const name = freshName();
    // Exactly what version 1 of the app wrote: settings as bare key/value rows.
    const v1 = new Dexie(name);
    v1.version(1).stores({ settings: 'key' });
    await v1.table('settings').put({ key: 'profile', value: { name: 'Ola Nordmann', organisation: 'NHN' } });
    v1.close();

    const db = new HelseDatabase(name);
    setDb(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const row = await db.settings.get('profile');
    expect(row).toMatchObject({ key: 'profile', v: 1, updatedAt: new Date(0).toISOString() });
    expect(await loadProfile()).toEqual({ name: 'Ola Nordmann', organisation: 'NHN' });
    expect(db.tables.map((t) => t.name).sort()).toEqual(['caseVersions', 'cases', 'periodData', 'periods', 'savedViews', 'settings']);
    db.close();
  });

  it('stores and restores the profile, tolerating malformed records', async () => {
    const db = new HelseDatabase(freshName());
    setDb(db);
    expect(await loadProfile()).toEqual({ name: '', organisation: '' });
    await saveProfile({ name: '  Kari ', organisation: 'Helse Vest' });
    expect(await loadProfile()).toEqual({ name: 'Kari', organisation: 'Helse Vest' });
    await db.settings.put({ key: 'profile', value: 42, v: 1, updatedAt: 'x' });
    expect(await loadProfile()).toEqual({ name: '', organisation: '' });
    db.close();
  });
});
