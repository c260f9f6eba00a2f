/**
 * Opening an .xlsx archive safely. The sizes in the zip's central directory are checked BEFORE
 * anything is inflated, so a decompression bomb or an absurdly large workbook is refused up front;
 * fflate inflates each entry into a buffer of exactly the declared size, so a lying header cannot
 * make it allocate more than was checked.
 */
import { strFromU8, unzipSync } from 'fflate';
import { UnreadableFileError } from '../errors.ts';

export interface ZipLimits {
  /** Largest accepted .xlsx file, bytes. */
  maxFileBytes: number;
  /** Largest accepted total of the entries read (uncompressed), bytes. */
  maxTotalBytes: number;
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

/** Lists the entries of a zip archive without inflating anything. */
export function listZip(bytes: Uint8Array, file: string): ZipEntryInfo[] {
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries.push({ name: f.name, compressedSize: f.size, size: f.originalSize, compression: f.compression });
        return false;
      },
    });
  } catch {
    throw new UnreadableFileError(file, `${file}: filen er skadet eller avkortet (zip-arkivet kan ikke leses).`);
  }
  return entries;
}

/**
 * Inflates the entries `want` selects, after checking every selected entry's declared size and
 * ratio against `limits`. Returns entries by their name in the archive.
 */
export function unzipChecked(
  bytes: Uint8Array,
  file: string,
  want: (name: string) => boolean,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  codec?: ZipCodec,
): Map<string, Uint8Array> {
  if (bytes.length > limits.maxFileBytes) {
    throw new UnreadableFileError(file, `${file}: filen er for stor (${mb(bytes.length)}; grensen er ${mb(limits.maxFileBytes)}).`);
  }
  const entries = listZip(bytes, file).filter((e) => want(e.name));
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (e.compression !== 0 && e.compression !== 8) {
      throw new UnreadableFileError(file, `${file}: arkivet bruker en komprimering som ikke støttes (${e.compression}).`);
    }
    const ratio = e.compressedSize > 0 ? e.size / e.compressedSize : Infinity;
    if (e.size > limits.ratioFloorBytes && ratio > limits.maxRatio) {
      throw new UnreadableFileError(
        file,
        `${file}: filen ser ut som en dekomprimeringsbombe (${e.name} pakkes ut ${Math.round(ratio)} ganger) og avvises.`,
      );
    }
  }
  if (total > limits.maxTotalBytes) {
    throw new UnreadableFileError(file, `${file}: arbeidsboken er for stor når den pakkes ut (${mb(total)}; grensen er ${mb(limits.maxTotalBytes)}).`);
  }
  const central = centralDirectory(bytes);
  const out = new Map<string, Uint8Array>();
  try {
    if (codec && central.length > 0 && central.every((e) => !e.zip64)) {
      for (const e of central) if (want(e.name)) out.set(e.name, inflateEntry(bytes, e, codec));
    } else {
      const files = unzipSync(bytes, { filter: (f) => want(f.name) });
      for (const [name, data] of Object.entries(files)) out.set(name, data);
    }
  } catch {
    throw new UnreadableFileError(file, `${file}: filen er skadet eller avkortet (innholdet kan ikke pakkes ut).`);
  }
  // fflate checks no checksums: a damaged stream or a lying size header would give a silently
  // shortened part (and a partial import). Every writer stores a CRC-32; compare it.
  const crcs = new Map(central.map((e) => [e.name, e.crc]));
  const crc = codec ? codec.crc32 : crc32;
  for (const [name, data] of out) {
    const expected = crcs.get(name);
    if (expected !== undefined && crc(data) !== expected) {
      throw new UnreadableFileError(file, `${file}: filen er skadet (kontrollsummen for ${name} stemmer ikke).`);
    }
  }
  return out;
}

/** One entry's bytes through the codec, from its local header; throws when anything is off. */
function inflateEntry(bytes: Uint8Array, e: CentralEntry, codec: ZipCodec): Uint8Array {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.offset + 30 > bytes.length || v.getUint32(e.offset, true) !== 0x04034b50) throw new Error('local header');
  const start = e.offset + 30 + v.getUint16(e.offset + 26, true) + v.getUint16(e.offset + 28, true);
  const end = start + e.compressedSize;
  if (end > bytes.length) throw new Error('truncated');
  const data = bytes.subarray(start, end);
  const out = e.compression === 0 ? data.slice() : e.compression === 8 ? codec.inflateRaw(data, e.size) : null;
  if (!out || out.length !== e.size) throw new Error('size');
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

interface CentralEntry {
  name: string;
  crc: number;
  compression: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header. */
  offset: number;
  /** Sizes or offset live in a ZIP64 extra field (not read here; fflate handles those archives). */
  zip64: boolean;
}

/** The central directory's entries (the archive was already validated by fflate's listing). */
function centralDirectory(bytes: Uint8Array): CentralEntry[] {
  const out: CentralEntry[] = [];
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (v.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return out;
  let pos = v.getUint32(eocd + 16, true);
  const count = v.getUint16(eocd + 10, true);
  for (let k = 0; k < count && pos + 46 <= bytes.length && v.getUint32(pos, true) === 0x02014b50; k++) {
    const nameLen = v.getUint16(pos + 28, true);
    const extra = v.getUint16(pos + 30, true);
    const comment = v.getUint16(pos + 32, true);
    // Names decoded as fflate does: UTF-8 when flag bit 11 is set, else Latin-1.
    const utf8 = (v.getUint16(pos + 8, true) & 0x800) !== 0;
    const compressedSize = v.getUint32(pos + 20, true);
    const size = v.getUint32(pos + 24, true);
    const offset = v.getUint32(pos + 42, true);
    out.push({
      name: strFromU8(bytes.subarray(pos + 46, pos + 46 + nameLen), !utf8),
      crc: v.getUint32(pos + 16, true),
      compression: v.getUint16(pos + 10, true),
      compressedSize,
      size,
      offset,
      zip64: compressedSize === 0xffffffff || size === 0xffffffff || offset === 0xffffffff,
    });
    pos += 46 + nameLen + extra + comment;
  }
  return out;
}
