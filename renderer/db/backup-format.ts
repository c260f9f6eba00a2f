/**
 * The backup file format: one file holding every table of the database, versioned and
 * integrity-checked. Layout (UTF-8):
 *
 *   HELSEPORTEFOLJE-SIKKERHETSKOPI\n
 *   {header JSON}\n
 *   {payload JSON}
 *
 * The header names the file format version, the database schema version, the payload's byte
 * length and its SHA-256. The checksum detects damage (a truncated or corrupted file), not
 * tampering: anyone who edits the file can recompute it, so restoring also checks every record
 * (backup-validate.ts). A truncated, damaged or foreign file is refused before anything is
 * written to the database.
 */

import { sha256 } from './backup-sha256.ts';

export const BACKUP_MAGIC = 'HELSEPORTEFOLJE-SIKKERHETSKOPI';
/** Version of this file layout. Bump when the layout (not the database schema) changes. */
export const BACKUP_FORMAT_VERSION = 1;
/** File extension of backup files (also in the IPC contract's name pattern). */
export const BACKUP_EXTENSION = 'hpbackup';

/** What the header says about the backup. */
export interface BackupHeader {
  formatVersion: number;
  /** The database schema version the tables were exported from. */
  schemaVersion: number;
  /** ISO time the backup was taken. */
  createdAt: string;
  /** Why it was taken ("før import", "daglig", "manuell"). */
  reason: string;
  /** Rows per table, shown before restoring. */
  counts: Record<string, number>;
  payloadBytes: number;
  /** Hex SHA-256 of the payload bytes. */
  sha256: string;
}

/** Every table's rows, by table name. */
export interface BackupSnapshot {
  schemaVersion: number;
  tables: Record<string, unknown[]>;
}

/** A backup that cannot be restored; the message is Norwegian and says why. */
export class BackupError extends Error {
  override name = 'BackupError';
}

const TYPE_KEY = '__hpType';

/** Typed arrays other than Uint8Array a record may hold, restored as the same type. */
const TYPED_ARRAYS: Record<string, { new (buffer: ArrayBuffer, offset: number, length: number): ArrayBufferView; BYTES_PER_ELEMENT: number }> = {
  Int8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array,
};

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

// JSON has no dates or bytes; tag them so a restore gives back exactly what was stored. Both
// functions run for every value, so the common case (a primitive) returns first.
function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  if (typeof value === 'string') {
    // A Date has already become a string through toJSON; the holder still has the Date.
    const raw = this[key];
    if (typeof raw === 'object' && raw !== null && Object.prototype.toString.call(raw) === '[object Date]') {
      return { [TYPE_KEY]: 'date', v: value };
    }
    return value;
  }
  if (typeof value !== 'object' || value === null) return value;
  // isView and the tag work across realms (values read from IndexedDB may come from another one).
  if (ArrayBuffer.isView(value)) {
    const kind = Object.prototype.toString.call(value).slice(8, -1);
    const bytes = toBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    return kind === 'Uint8Array' ? { [TYPE_KEY]: 'bytes', v: bytes } : { [TYPE_KEY]: 'bytes', t: kind, v: bytes };
  }
  if (Object.prototype.toString.call(value) === '[object ArrayBuffer]') return { [TYPE_KEY]: 'bytes', v: toBase64(new Uint8Array(value as ArrayBuffer)) };
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const v = value as Record<string, unknown>;
  const type = v[TYPE_KEY];
  if (type === undefined) return value;
  if (type === 'date' && typeof v.v === 'string') return new Date(v.v);
  if (type === 'bytes' && typeof v.v === 'string') {
    const bytes = fromBase64(v.v);
    const View = typeof v.t === 'string' ? TYPED_ARRAYS[v.t] : undefined;
    return View ? new View(bytes.buffer as ArrayBuffer, 0, bytes.byteLength / View.BYTES_PER_ELEMENT) : bytes;
  }
  return value;
}

/** True when a Date, typed array or ArrayBuffer occurs anywhere in `value` (or a key that looks like our tag). */
function hasSpecialValues(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (typeof v[i] === 'object' && v[i] !== null) stack.push(v[i]);
      continue;
    }
    if (ArrayBuffer.isView(v)) return true;
    const tag = Object.prototype.toString.call(v);
    if (tag === '[object Date]' || tag === '[object ArrayBuffer]') return true;
    for (const key in v) {
      if (key === TYPE_KEY) return true;
      const child = (v as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return false;
}

/**
 * Hex SHA-256: the platform's native digest where it works (Electron, browsers), else the
 * TypeScript one (same result; used e.g. under jsdom, whose buffers the native one refuses).
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  try {
    const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return sha256(bytes);
  }
}

/**
 * Writes backup file bytes from the tables' rows as they are read, one row at a time, so a big
 * database is never held as rows, one JSON text and its bytes all at once: the pre-import backup
 * of a 100k-tiltak period peaked at about three times the file's size in the worker that way.
 * Gives the same bytes as stringifying the whole snapshot.
 */
export class BackupEncoder {
  private readonly counts: Record<string, number> = {};
  private table: string | null = null;
  /** Encoded text so far, and text not yet encoded (encoded a megabyte at a time). */
  private readonly parts: Uint8Array[] = [];
  private pending: string[] = [];
  private pendingLength = 0;
  private readonly enc = new TextEncoder();

  constructor() {
    this.write('{"tables":{');
  }

  /** Starts the next table; its rows follow through {@link row}. */
  beginTable(name: string): void {
    this.endTable();
    this.write(`${Object.keys(this.counts).length > 0 ? ',' : ''}${JSON.stringify(name)}:[`);
    this.counts[name] = 0;
    this.table = name;
  }

  row(value: unknown): void {
    if (this.table === null) throw new Error('BackupEncoder: row() before beginTable()');
    // A replacer slows JSON.stringify several times over; use it only when something needs a tag.
    const json = (hasSpecialValues(value) ? JSON.stringify(value, replacer) : JSON.stringify(value)) ?? 'null';
    this.write(this.counts[this.table]! > 0 ? `,${json}` : json);
    this.counts[this.table]!++;
  }

  /** True when no table has a row. */
  get empty(): boolean {
    return Object.values(this.counts).every((n) => n === 0);
  }

  /** The file: header (with the payload's SHA-256) and payload, in one buffer. */
  async finish(schemaVersion: number, meta: { createdAt: string; reason: string }): Promise<Uint8Array> {
    this.endTable();
    this.write('}}');
    this.flush();
    const payloadBytes = this.parts.reduce((n, p) => n + p.length, 0);
    const head = (sha256: string) => {
      const header: BackupHeader = { formatVersion: BACKUP_FORMAT_VERSION, schemaVersion, createdAt: meta.createdAt, reason: meta.reason, counts: this.counts, payloadBytes, sha256 };
      return this.enc.encode(`${BACKUP_MAGIC}\n${JSON.stringify(header)}\n`);
    };
    // The header's length does not depend on the checksum's value (always 64 hex digits), so the
    // payload goes straight to its place and is hashed there.
    const placeholder = head('0'.repeat(64));
    const out = new Uint8Array(placeholder.length + payloadBytes);
    let at = placeholder.length;
    while (this.parts.length > 0) {
      const part = this.parts.shift()!;
      out.set(part, at);
      at += part.length;
    }
    out.set(head(await sha256Hex(out.subarray(placeholder.length))), 0);
    return out;
  }

  private endTable(): void {
    if (this.table !== null) this.write(']');
    this.table = null;
  }

  private write(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.pending.length > 0) this.parts.push(this.enc.encode(this.pending.join('')));
    this.pending = [];
    this.pendingLength = 0;
  }
}

/** Serialises a snapshot into backup file bytes. */
export async function encodeBackup(snapshot: BackupSnapshot, meta: { createdAt: string; reason: string }): Promise<Uint8Array> {
  const encoder = new BackupEncoder();
  for (const [name, rows] of Object.entries(snapshot.tables)) {
    encoder.beginTable(name);
    for (const row of rows) encoder.row(row);
  }
  return encoder.finish(snapshot.schemaVersion, meta);
}

function indexOfByte(bytes: Uint8Array, byte: number, from: number, limit: number): number {
  const end = Math.min(bytes.length, from + limit);
  for (let i = from; i < end; i++) if (bytes[i] === byte) return i;
  return -1;
}

function parseHeader(text: string): BackupHeader {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BackupError('Sikkerhetskopien er skadet (hodet kan ikke leses).');
  }
  const h = raw as Partial<BackupHeader> | null;
  if (
    !h ||
    typeof h.formatVersion !== 'number' ||
    typeof h.schemaVersion !== 'number' ||
    typeof h.createdAt !== 'string' ||
    typeof h.payloadBytes !== 'number' ||
    typeof h.sha256 !== 'string' ||
    typeof h.counts !== 'object' ||
    h.counts === null
  ) {
    throw new BackupError('Sikkerhetskopien er skadet (hodet mangler felt).');
  }
  return { ...h, reason: typeof h.reason === 'string' ? h.reason : '' } as BackupHeader;
}

/** Reads only the header (for listing backups); throws {@link BackupError} if it is not a backup. */
export function readBackupHeader(bytes: Uint8Array): { header: BackupHeader; payloadStart: number } {
  const dec = new TextDecoder('utf-8', { fatal: false });
  const magicEnd = indexOfByte(bytes, 0x0a, 0, BACKUP_MAGIC.length + 2);
  if (magicEnd < 0 || dec.decode(bytes.subarray(0, magicEnd)) !== BACKUP_MAGIC) {
    throw new BackupError('Filen er ikke en sikkerhetskopi fra Helseportefølje.');
  }
  const headerEnd = indexOfByte(bytes, 0x0a, magicEnd + 1, 64 * 1024);
  if (headerEnd < 0) throw new BackupError('Sikkerhetskopien er avkortet eller skadet.');
  const header = parseHeader(dec.decode(bytes.subarray(magicEnd + 1, headerEnd)));
  return { header, payloadStart: headerEnd + 1 };
}

/**
 * Verifies and decodes backup bytes. Refuses (with a Norwegian {@link BackupError}) a file that is
 * not a backup, of another format version, from a newer schema than `currentSchema`, truncated,
 * or whose content does not match its checksum.
 */
export async function decodeBackup(bytes: Uint8Array, currentSchema: number): Promise<{ header: BackupHeader; snapshot: BackupSnapshot }> {
  const { header, payloadStart } = readBackupHeader(bytes);
  if (header.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(`Sikkerhetskopien har formatversjon ${header.formatVersion}, som denne versjonen av appen ikke kan lese.`);
  }
  if (!Number.isInteger(header.schemaVersion) || header.schemaVersion < 1) {
    throw new BackupError('Sikkerhetskopien er skadet (ugyldig skjemaversjon).');
  }
  if (header.schemaVersion > currentSchema) {
    throw new BackupError('Sikkerhetskopien er laget med en nyere versjon av Helseportefølje. Oppdater appen før du gjenoppretter.');
  }
  const payload = bytes.subarray(payloadStart);
  if (payload.length !== header.payloadBytes) {
    throw new BackupError(
      payload.length < header.payloadBytes ? 'Sikkerhetskopien er avkortet (filen er ufullstendig).' : 'Sikkerhetskopien er skadet (uventet innhold på slutten).',
    );
  }
  if ((await sha256Hex(payload)) !== header.sha256) {
    throw new BackupError('Sikkerhetskopien er skadet: innholdet stemmer ikke med kontrollsummen.');
  }
  let parsed: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(payload);
    // Likewise a reviver: only when the file holds tagged values at all.
    parsed = text.includes(`"${TYPE_KEY}"`) ? JSON.parse(text, reviver) : JSON.parse(text);
  } catch {
    throw new BackupError('Sikkerhetskopien er skadet (innholdet kan ikke leses).');
  }
  const tables = (parsed as { tables?: unknown } | null)?.tables;
  if (typeof tables !== 'object' || tables === null || Array.isArray(tables)) {
    throw new BackupError('Sikkerhetskopien er skadet (tabellene mangler).');
  }
  const out: Record<string, unknown[]> = {};
  for (const [name, rows] of Object.entries(tables as Record<string, unknown>)) {
    if (!Array.isArray(rows) || rows.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) {
      throw new BackupError(`Sikkerhetskopien er skadet (tabellen «${name}» er ugyldig).`);
    }
    out[name] = rows as unknown[];
  }
  return { header, snapshot: { schemaVersion: header.schemaVersion, tables: out } };
}
