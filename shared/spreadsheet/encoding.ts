/**
 * Text encodings of the files we read: UTF-8 and UTF-16 (both byte orders), which the Office Open
 * XML parts may use, and which CSV files come in besides Windows-1252 (csv/read.ts).
 *
 * Written here rather than taken from TextDecoder: shared/ is typed without the DOM and Node
 * libraries, and the one decoder the spreadsheet code gets from a library (fflate's `strFromU8`)
 * knows only UTF-8 and replaces bytes it cannot read with U+FFFD without a word.
 */
import { strFromU8 } from 'fflate';

/** True when the bytes are well-formed UTF-8. */
export function isValidUtf8(b: Uint8Array): boolean {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xf0 && c <= 0xf4 ? 3 : c >= 0xe0 ? (c <= 0xef ? 2 : -1) : c >= 0xc2 ? 1 : -1;
    if (n < 0 || i + n >= b.length) return false;
    for (let k = 1; k <= n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return false;
    i += n + 1;
  }
  return true;
}

/** The UTF-16 byte order a byte-order mark at the start names, and the mark's length; null without one. */
export function utf16Order(bytes: Uint8Array): { le: boolean; skip: number } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { le: true, skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { le: false, skip: 2 };
  return null;
}

/** UTF-16 code units to text, from `skip` on; an odd last byte is dropped. */
export function decodeUtf16(bytes: Uint8Array, le: boolean, skip: number): string {
  const parts: string[] = [];
  const units = new Uint16Array(Math.min(8192, Math.max(0, (bytes.length - skip) >> 1)));
  let n = 0;
  for (let i = skip; i + 1 < bytes.length; i += 2) {
    units[n++] = le ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if (n === units.length) {
      parts.push(String.fromCharCode(...units));
      n = 0;
    }
  }
  parts.push(String.fromCharCode(...units.subarray(0, n)));
  return parts.join('');
}

/** Why an XML part could not be decoded (Norwegian, to follow "<file>: <part>: "). */
export class PartEncodingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PartEncodingError';
  }
}

/**
 * An XML part's text: UTF-16 when it starts so (with a byte-order mark or without one), else UTF-8
 * (a UTF-8 byte-order mark dropped). Bytes that are not UTF-8 are refused rather than read as
 * U+FFFD: a damaged part, or one saved in an encoding the format does not allow, would otherwise
 * change values without a word. Throws {@link PartEncodingError}.
 */
export function decodeXmlPart(bytes: Uint8Array): string {
  const bom = utf16Order(bytes);
  if (bom) return decodeUtf16(bytes, bom.le, bom.skip);
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return decodeUtf16(bytes, true, 0);
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return decodeUtf16(bytes, false, 0);
  const text = strFromU8(bytes);
  // U+FFFD is also a character a file may hold: only then are the bytes checked one by one
  if (text.indexOf('\ufffd') >= 0 && !isValidUtf8(bytes)) {
    const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(text.slice(0, 200))?.[1];
    throw new PartEncodingError(
      declared && !/^utf-?(8|16)$/i.test(declared)
        ? `teksten er lagret med tegnkodingen ${declared}, men Excel-filer skal bruke UTF-8 eller UTF-16. Åpne filen i Excel og lagre den på nytt.`
        : 'teksten inneholder bytes som ikke er gyldig UTF-8 (filen er skadet). Åpne filen i Excel og lagre den på nytt, eller hent den på nytt.',
    );
  }
  return text;
}
