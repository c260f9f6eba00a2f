import { getDb } from './database.ts';
import { restoreSetting, SETTING_FORMAT } from './restore.ts';

/** The analyst's profile, used in case documents (Saksbehandler, Fra). */
export interface Profile {
  name: string;
  organisation: string;
}

const PROFILE_KEY = 'profile';
const EMPTY_PROFILE: Profile = { name: '', organisation: '' };

function asProfile(value: unknown): Profile {
  if (typeof value !== 'object' || value === null) return EMPTY_PROFILE;
  const v = value as Record<string, unknown>;
  return {
    name: typeof v.name === 'string' ? v.name : '',
    organisation: typeof v.organisation === 'string' ? v.organisation : '',
  };
}

export async function loadSetting(key: string): Promise<unknown> {
  const row = restoreSetting(await getDb().settings.get(key));
  return row?.value;
}

export async function saveSetting(key: string, value: unknown): Promise<void> {
  await getDb().settings.put({ key, value, v: SETTING_FORMAT, updatedAt: new Date().toISOString() });
}

export async function loadProfile(): Promise<Profile> {
  return asProfile(await loadSetting(PROFILE_KEY));
}

export async function saveProfile(profile: Profile): Promise<void> {
  await saveSetting(PROFILE_KEY, { name: profile.name.trim(), organisation: profile.organisation.trim() });
}
