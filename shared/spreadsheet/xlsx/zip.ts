/**
 * Opening an .xlsx archive safely. The central directory is parsed ONCE, here, and that one list is
 * what listing, the size limits, the CRC checks and extraction all use: no second parser can see
 * other entries. The archive is refused unless it is plain and consistent: one end record (no
 * ZIP64, no multi-disk), a directory whose count matches its records and lies inside the file,
 * unique part names (also ignoring case, as OPC requires), and for every entry read a local header
 * that agrees with the directory. Sizes are checked BEFORE anything is inflated; each entry
 * inflates into a buffer of exactly its declared size and must fill it and match its CRC-32.
 */
import { Inflate, inflateSync, strFromU8 } from 'fflate';
import { UnreadableFileError } from '../errors.ts';

export interface ZipLimits {
  /** Largest accepted .xlsx file, bytes. */
  maxFileBytes: number;
  /** Largest accepted total of ALL entries (uncompressed), bytes. */
  maxTotalBytes: number;
  /** Largest accepted single entry (uncompressed), bytes: well below V8's longest string (~512 MB). */
  maxEntryBytes: number;
  /** Most entries in the archive. */
  maxEntries: number;
  /** Largest accepted inflate ratio for an entry bigger than {@link ratioFloorBytes}. */
  maxRatio: number;
  ratioFloorBytes: number;
}

/**
 * 100k tiltak of 12 columns is about 60 MB of sheet XML at a ratio near 8; real spreadsheet XML
 * rarely compresses beyond 100:1, while bombs do 1000:1 and more.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxTotalBytes: 600 * 1024 * 1024,
  maxEntryBytes: 256 * 1024 * 1024,
  maxEntries: 10_000,
  maxRatio: 250,
  ratioFloorBytes: 4 * 1024 * 1024,
};

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  size: number;
  compression: number;
}

/**
 * Native inflate and CRC-32 where the host has them (Node's zlib in the CLI). Optional: without
 * one, fflate and the CRC below do the same work in JavaScript, which is all a browser offers
 * synchronously.
 */
export interface ZipCodec {
  /**
   * Inflates raw deflate data to exactly `size` bytes. Must refuse (throw) rather than produce
   * more than `size`, so a lying header cannot make it allocate more than was checked.
   */
  inflateRaw(data: Uint8Array, size: number): Uint8Array;
  crc32(data: Uint8Array): number;
}

const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

interface CentralEntry extends ZipEntryInfo {
  crc: number;
  flags: number;
  /** Offset of the local header. */
  offset: number;
}

/** A parsed, checked archive: the one directory every later step uses. */
export interface ZipDirectory {
  file: string;
  limits: ZipLimits;
  bytes: Uint8Array;
  entries: CentralEntry[];
  byName: Map<string, CentralEntry>;
}

const damaged = (file: string, why: string) => new UnreadableFileError(file, `${file}: filen er skadet eller avkortet (${why}).`);

const directories = new WeakMap<Uint8Array, ZipDirectory>();

/**
 * Parses and checks the central directory once per byte array (later calls return the same
 * result). Throws {@link UnreadableFileError} with a Norwegian message for anything it refuses.
 */
export function openZip(bytes: Uint8Array, file: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipDirectory {
  const known = directories.get(bytes);
  if (known && known.file === file && known.limits === limits) return known;
  if (bytes.length > limits.maxFileBytes) {
    throw new UnreadableFileError(file, `${file}: filen er for stor (${mb(bytes.length)}; grensen er ${mb(limits.maxFileBytes)}).`);
  }
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (v.getUint32(i, true) === 0x06054b50 && i + 22 + v.getUint16(i + 20, true) === bytes.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged(file, 'zip-arkivets innholdsliste mangler');
  if (eocd >= 20 && v.getUint32(eocd - 20, true) === 0x07064b50) {
    throw new UnreadableFileError(file, `${file}: zip-arkivet bruker ZIP64, som ikke støttes for arbeidsbøker. Lagre filen på nytt i Excel.`);
  }
  const disk = v.getUint16(eocd + 4, true);
  const cdDisk = v.getUint16(eocd + 6, true);
  const onDisk = v.getUint16(eocd + 8, true);
  const count = v.getUint16(eocd + 10, true);
  const cdSize = v.getUint32(eocd + 12, true);
  const cdStart = v.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdStart === 0xffffffff) {
    throw new UnreadableFileError(file, `${file}: zip-arkivet bruker ZIP64, som ikke støttes for arbeidsbøker. Lagre filen på nytt i Excel.`);
  }
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count) throw damaged(file, 'arkivet er delt over flere filer');
  if (cdStart + cdSize !== eocd) throw damaged(file, 'innholdslisten ligger ikke der arkivet sier');
  if (count > limits.maxEntries) throw new UnreadableFileError(file, `${file}: arkivet har for mange deler (${count}).`);
  const entries: CentralEntry[] = [];
  const byName = new Map<string, CentralEntry>();
  const folded = new Set<string>();
  let pos = cdStart;
  let total = 0;
  while (pos < eocd) {
    if (pos + 46 > eocd || v.getUint32(pos, true) !== 0x02014b50) throw damaged(file, 'innholdslisten er ødelagt');
    const flags = v.getUint16(pos + 8, true);
    const nameLen = v.getUint16(pos + 28, true);
    const extra = v.getUint16(pos + 30, true);
    const comment = v.getUint16(pos + 32, true);
    const next = pos + 46 + nameLen + extra + comment;
    if (next > eocd) throw damaged(file, 'innholdslisten er ødelagt');
    const e: CentralEntry = {
      // Names decoded as the writer meant: UTF-8 when flag bit 11 is set, else Latin-1.
      name: strFromU8(bytes.subarray(pos + 46, pos + 46 + nameLen), (flags & 0x800) === 0),
      flags,
      compression: v.getUint16(pos + 10, true),
      crc: v.getUint32(pos + 16, true),
      compressedSize: v.getUint32(pos + 20, true),
      size: v.getUint32(pos + 24, true),
      offset: v.getUint32(pos + 42, true),
    };
    pos = next;
    if (e.compressedSize === 0xffffffff || e.size === 0xffffffff || e.offset === 0xffffffff) {
      throw new UnreadableFileError(file, `${file}: zip-arkivet bruker ZIP64, som ikke støttes for arbeidsbøker. Lagre filen på nytt i Excel.`);
    }
    if (flags & 0x41) throw new UnreadableFileError(file, `${file}: arbeidsboken er kryptert eller passordbeskyttet. Fjern passordet i Excel og prøv igjen.`);
    if (e.offset + 30 > cdStart) throw damaged(file, `delen ${e.name} ligger utenfor arkivet`);
    const lower = e.name.toLowerCase();
    if (byName.has(e.name) || folded.has(lower)) {
      throw new UnreadableFileError(file, `${file}: arkivet har delen «${e.name}» mer enn én gang (også når store og små bokstaver ses som like), og avvises.`);
    }
    if (e.name.endsWith('/')) {
      if (e.size !== 0) throw damaged(file, `mappen ${e.name} har innhold`);
    } else if (e.size > 0 && e.crc === 0) {
      throw damaged(file, `delen ${e.name} mangler kontrollsum`);
    }
    folded.add(lower);
    byName.set(e.name, e);
    entries.push(e);
    total += e.size;
    if (e.compression !== 0 && e.compression !== 8) {
      throw new UnreadableFileError(file, `${file}: arkivet bruker en komprimering som ikke støttes (${e.compression}).`);
    }
    if (e.compression === 0 && e.size !== e.compressedSize) throw damaged(file, `størrelsene for ${e.name} stemmer ikke`);
    if (e.size > limits.maxEntryBytes) {
      throw new UnreadableFileError(file, `${file}: delen ${e.name} er for stor når den pakkes ut (${mb(e.size)}; grensen er ${mb(limits.maxEntryBytes)}).`);
    }
    const ratio = e.compressedSize > 0 ? e.size / e.compressedSize : Infinity;
    if (e.size > limits.ratioFloorBytes && ratio > limits.maxRatio) {
      throw new UnreadableFileError(file, `${file}: filen ser ut som en dekomprimeringsbombe (${e.name} pakkes ut ${Math.round(ratio)} ganger) og avvises.`);
    }
  }
  if (pos !== eocd) throw damaged(file, 'innholdslisten er ødelagt');
  if (entries.length !== count) throw damaged(file, `innholdslisten oppgir ${count} deler, men har ${entries.length}`);
  if (entries.length === 0) throw new UnreadableFileError(file, `${file}: zip-arkivet er tomt.`);
  if (total > limits.maxTotalBytes) {
    throw new UnreadableFileError(file, `${file}: arbeidsboken er for stor når den pakkes ut (${mb(total)}; grensen er ${mb(limits.maxTotalBytes)}).`);
  }
  // Entries may not overlap one another or the directory: each one's data ends before the next begins.
  const sorted = [...entries].sort((a, b) => a.offset - b.offset);
  for (let k = 0; k < sorted.length; k++) {
    const e = sorted[k]!;
    const end = k + 1 < sorted.length ? sorted[k + 1]!.offset : cdStart;
    const localNameLen = v.getUint16(e.offset + 26, true);
    const dataStart = e.offset + 30 + localNameLen + v.getUint16(e.offset + 28, true);
    if (v.getUint32(e.offset, true) !== 0x04034b50 || dataStart + e.compressedSize > end) throw damaged(file, `delen ${e.name} er ødelagt`);
    checkLocalHeader(v, bytes, e, file);
  }
  const dir: ZipDirectory = { file, limits, bytes, entries, byName };
  directories.set(bytes, dir);
  return dir;
}

/** The local header must agree with the directory: name, method, and (without a data descriptor) CRC and sizes. */
function checkLocalHeader(v: DataView, bytes: Uint8Array, e: CentralEntry, file: string): void {
  const o = e.offset;
  const flags = v.getUint16(o + 6, true);
  const nameLen = v.getUint16(o + 26, true);
  const name = strFromU8(bytes.subarray(o + 30, o + 30 + nameLen), (flags & 0x800) === 0);
  const agrees =
    name === e.name &&
    v.getUint16(o + 8, true) === e.compression &&
    ((flags & 0x8) !== 0 || (v.getUint32(o + 14, true) === e.crc && v.getUint32(o + 18, true) === e.compressedSize && v.getUint32(o + 22, true) === e.size));
  if (!agrees) throw damaged(file, `delen ${e.name} stemmer ikke med innholdslisten`);
}

/** Lists the entries of a zip archive without inflating anything. */
export function listZip(bytes: Uint8Array, file: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntryInfo[] {
  return openZip(bytes, file, limits).entries;
}

/**
 * Inflates the entries `want` selects (from the one checked directory), each to exactly its
 * declared size, and compares each one's CRC-32. Returns entries by their name in the archive.
 */
export function unzipChecked(
  bytes: Uint8Array,
  file: string,
  want: (name: string) => boolean,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  codec?: ZipCodec,
): Map<string, Uint8Array> {
  const dir = openZip(bytes, file, limits);
  const out = new Map<string, Uint8Array>();
  const crc = codec ? codec.crc32 : crc32;
  for (const e of dir.entries) {
    if (e.name.endsWith('/') || !want(e.name)) continue;
    let data: Uint8Array;
    try {
      data = inflateEntry(bytes, e, codec);
    } catch {
      throw new UnreadableFileError(file, `${file}: filen er skadet eller avkortet (${e.name} kan ikke pakkes ut).`);
    }
    // fflate and zlib check no checksums: a damaged stream would give a silently wrong part
    if (crc(data) !== e.crc) throw new UnreadableFileError(file, `${file}: filen er skadet (kontrollsummen for ${e.name} stemmer ikke).`);
    out.set(e.name, data);
  }
  return out;
}

/** One entry's bytes, from its local header (already checked); throws when anything is off. */
function inflateEntry(bytes: Uint8Array, e: CentralEntry, codec: ZipCodec | undefined): Uint8Array {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = e.offset + 30 + v.getUint16(e.offset + 26, true) + v.getUint16(e.offset + 28, true);
  const data = bytes.subarray(start, start + e.compressedSize);
  if (e.compression === 0) return data.slice();
  if (e.size === 0) {
    if (inflateSync(data).length !== 0) throw new Error('size');
    return new Uint8Array(0);
  }
  // Into a buffer of exactly the declared size: a lying header cannot make either inflater allocate
  // more, and a stream that does not end exactly there is refused.
  const out = codec ? codec.inflateRaw(data, e.size) : inflateExact(data, e.size);
  if (out.length !== e.size) throw new Error('size');
  return out;
}

/**
 * Inflates in slices of input and stops as soon as the output would pass `size`: a stream that
 * says it is small but inflates to gigabytes costs at most one slice's worth of work beyond it.
 */
function inflateExact(data: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (at + chunk.length > size) throw new Error('too long');
    out.set(chunk, at);
    at += chunk.length;
    if (final) ended = true;
  });
  const SLICE = 256 * 1024;
  for (let i = 0; i < data.length; i += SLICE) inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
  if (!ended || at !== size) throw new Error('size');
  return out;
}

// CRC-32 by "slicing by 8": eight bytes per step through eight derived tables, a few times faster
// than one table lookup per byte on the megabytes of sheet XML a big report holds.
const CRC_TABLES = (() => {
  const t = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n]!;
    for (let k = 1; k < 8; k++) {
      c = t[c & 0xff]! ^ (c >>> 8);
      t[k * 256 + n] = c;
    }
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  const t = CRC_TABLES;
  let c = -1;
  let i = 0;
  const n8 = data.length - (data.length % 8);
  for (; i < n8; i += 8) {
    const lo = c ^ (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24));
    c =
      t[1792 + (lo & 0xff)]! ^
      t[1536 + ((lo >>> 8) & 0xff)]! ^
      t[1280 + ((lo >>> 16) & 0xff)]! ^
      t[1024 + (lo >>> 24)]! ^
      t[768 + data[i + 4]!]! ^
      t[512 + data[i + 5]!]! ^
      t[256 + data[i + 6]!]! ^
      t[data[i + 7]!]!;
  }
  for (; i < data.length; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
