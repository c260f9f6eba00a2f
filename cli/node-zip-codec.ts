/**
 * Node's zlib as the xlsx reader's {@link ZipCodec}: native inflate and CRC-32 start fast in a
 * one-shot CLI process, where fflate's JavaScript has not been optimised yet (a cold 10k-tiltak
 * workbook: about 130 ms in fflate, 20 ms here).
 */
import * as zlib from 'node:zlib';
import type { ZipCodec } from '../shared/import/index.ts';

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** Null where this Node has no zlib.crc32 (before 20.15): the reader then uses its own code. */
export const nodeZipCodec: ZipCodec | null = nativeCrc32
  ? {
      inflateRaw: (data, size) => {
        // maxOutputLength makes zlib throw rather than grow beyond the size that was checked
        const out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
        return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
      },
      crc32: (data) => nativeCrc32(data) >>> 0,
    }
  : null;
