/**
 * Node's zlib as the xlsx reader's {@link ZipCodec}: native inflate and CRC-32 for the CLI, where
 * they are at hand (a 10k-tiltak workbook: about 130 ms in fflate cold, 20 ms here). The browser
 * has no synchronous native inflate, so the app uses fflate; both sit behind the same size and CRC
 * checks in zip.ts.
 */
import * as zlib from 'node:zlib';
import type { ZipCodec } from '../shared/spreadsheet/index.ts';

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
    }
  : null;
