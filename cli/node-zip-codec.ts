/**
 * Node's zlib as the xlsx reader's {@link ZipCodec}: native inflate and CRC-32 start fast in a
 * one-shot CLI process, where fflate's JavaScript has not been optimised yet (a cold 10k-tiltak
 * workbook: about 130 ms in fflate, 20 ms here).
 */
import { Buffer, isAscii } from 'node:buffer';
import * as zlib from 'node:zlib';
import type { ZipCodec } from '../shared/spreadsheet/index.ts';

const utf8 = new TextDecoder();

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** Null where this Node has no zlib.crc32 (before 20.15): the reader then uses its own code. */
export const nodeZipCodec: ZipCodec | null = nativeCrc32
  ? {
      inflateRaw: (data, size) => {
        // maxOutputLength makes zlib throw rather than grow beyond the size that was checked; one
        // chunk a byte larger than that lets zlib inflate in one step, with no copying of chunks
        const out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(size, 1), chunkSize: Math.max(size + 1, zlib.constants.Z_MIN_CHUNK) });
        return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
      },
      crc32: (data) => nativeCrc32(data) >>> 0,
      // ASCII is its own Latin-1: a plain copy instead of UTF-8 decoding (a 4 MB sheet: ~3 ms, not ~20)
      decodeText: (data) => (isAscii(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1') : utf8.decode(data)),
    }
  : null;
