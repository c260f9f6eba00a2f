/** Older case files brought up to the current schema version before they are validated. */
import type { CaseFileIssue } from './case-file.ts';
import type { Provenance } from './model.ts';
import { CASE_SCHEMA_VERSION } from './model.ts';
import { legacySetAsides } from './set-asides.ts';

/** Brings an older (or unversioned) file up to the current version; an issue when it cannot. */
export function migrate(raw: Record<string, unknown>): { data: Record<string, unknown>; from: number | null } | CaseFileIssue {
  const v = raw['schemaVersion'];
  // Drafts written before the field existed had the version 1 shape; they only lacked the version.
  const version = v === undefined ? 0 : v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0 || (v !== undefined && version < 1)) {
    return { path: '$.schemaVersion', message: 'Ugyldig skjemaversjon.' };
  }
  if (version > CASE_SCHEMA_VERSION) {
    return {
      path: '$.schemaVersion',
      message: `Filen er laget med en nyere versjon av Helseportefølje (skjemaversjon ${version}); denne versjonen leser til og med ${CASE_SCHEMA_VERSION}.`,
    };
  }
  if (version === CASE_SCHEMA_VERSION) return { data: raw, from: null };
  const migrated = migrateV1ToV2(raw);
  if (!migrated.ok) return migrated.issue;
  return { data: { ...migrated.value, schemaVersion: CASE_SCHEMA_VERSION }, from: version };
}

/**
 * Version 1 → 2: each frame's `earmarkedKNok` and `reserve` become set-asides (an earmark
 * «Øremerket» and a reserve «Usikkerhetsavsetning», a percent of the frame less earmarks as
 * before), in the case and in every named version's snapshot. The other new fields get their
 * defaults from the schema. Odd values are reported, not guessed at.
 */
export function migrateV1ToV2(raw: Record<string, unknown>): Migrated {
  const top = migrateFramesV1(raw, '$');
  if (!top.ok) return top;
  const versions = raw['versions'];
  if (!Array.isArray(versions)) return top;
  const out: unknown[] = [];
  for (let i = 0; i < versions.length; i++) {
    const v: unknown = versions[i];
    const snap = isRecord(v) ? v['snapshot'] : undefined;
    if (!isRecord(v) || !isRecord(snap)) {
      out.push(v);
      continue;
    }
    const m = migrateFramesV1(snap, `$.versions[${i}].snapshot`);
    if (!m.ok) return m;
    out.push({ ...v, snapshot: m.value });
  }
  return { ok: true, value: { ...top.value, versions: out } };
}

type Migrated = { ok: true; value: Record<string, unknown> } | { ok: false; issue: CaseFileIssue };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isKNok(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function migrateFramesV1(content: Record<string, unknown>, at: string): Migrated {
  const frames = content['frames'];
  if (!Array.isArray(frames)) return { ok: true, value: content };
  const out: unknown[] = [];
  for (let i = 0; i < frames.length; i++) {
    const f: unknown = frames[i];
    if (!isRecord(f) || 'setAsides' in f) {
      out.push(f);
      continue;
    }
    const { earmarkedKNok = 0, reserve = { kind: 'fixed', kNok: 0 }, ...rest } = f;
    const path = `${at}.frames[${i}]`;
    const fail = (field: string, message: string): Migrated => ({ ok: false, issue: { path: `${path}.${field}`, message } });
    if (!isKNok(earmarkedKNok)) return fail('earmarkedKNok', 'Må være et helt, ikke-negativt tall (kNOK).');
    if (!isRecord(reserve)) return fail('reserve', 'Må være et objekt.');
    const kind = reserve['kind'];
    const p = reserve['percent'];
    const k = reserve['kNok'];
    let r: { kind: 'percent'; percent: number } | { kind: 'fixed'; kNok: number };
    if (kind === 'percent' && typeof p === 'number' && Number.isFinite(p) && p >= 0 && p <= 100) r = { kind: 'percent', percent: p };
    else if (kind === 'fixed' && isKNok(k)) r = { kind: 'fixed', kNok: k };
    else return fail('reserve', 'Ugyldig usikkerhetsavsetning: forventet prosent (0–100) eller fast beløp i hele kNOK.');
    const year = typeof rest['year'] === 'number' ? rest['year'] : i;
    // The frame's provenance covers its earmark and reserve too; the schema checks it afterwards.
    const source = (isRecord(rest['source']) ? rest['source'] : { kind: 'bruker' }) as unknown as Provenance;
    out.push({ ...rest, setAsides: legacySetAsides(year, earmarkedKNok, r, source) });
  }
  return { ok: true, value: { ...content, frames: out } };
}
