/**
 * Reads any spreadsheet file the user may pick, by its content (not its name): .xlsx, or CSV text.
 * Everything else gets a clear Norwegian {@link UnreadableFileError}: empty files, legacy .xls,
 * password-protected workbooks, corrupt archives, PDFs and other non-spreadsheets.
 */
import { readCsv } from './csv/read.ts';
import { UnreadableFileError } from './errors.ts';
import type { Workbook } from './workbook.ts';
import { readXlsx } from './xlsx/read.ts';
import type { ReadXlsxOptions } from './xlsx/read.ts';

/** Largest CSV accepted. */
const MAX_CSV_BYTES = 200 * 1024 * 1024;

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** True when the bytes contain `text` encoded as UTF-16LE (how CFB directory entries name streams). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < text.length; k++) if (bytes[i + 2 * k] !== text.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c < 9) return false;
  }
  return true;
}

/** Reads a workbook or CSV file into the generic model. */
export function readSpreadsheet(bytes: Uint8Array, fileName: string, options: ReadXlsxOptions = {}): Workbook {
  if (bytes.length === 0) throw new UnreadableFileError(fileName, `${fileName}: filen er tom.`);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return readXlsx(bytes, fileName, options);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (containsUtf16(bytes, 'EncryptedPackage')) {
      throw new UnreadableFileError(
        fileName,
        `${fileName}: arbeidsboken er passordbeskyttet. Fjern passordet i Excel (Fil → Info → Beskytt arbeidsbok) og prøv igjen.`,
      );
    }
    throw new UnreadableFileError(
      fileName,
      `${fileName}: filen er i det gamle Excel-formatet (.xls), som ikke støttes. Åpne den i Excel og lagre som .xlsx.`,
    );
  }
  if (startsWith(bytes, [0x50, 0x4b])) {
    throw new UnreadableFileError(fileName, `${fileName}: filen er skadet eller avkortet (zip-arkivet kan ikke leses).`);
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new UnreadableFileError(fileName, `${fileName}: filen er en PDF, ikke et regneark. Velg en Excel-arbeidsbok (.xlsx) eller en CSV-fil.`);
  }
  if (looksLikeText(bytes)) {
    if (/\.xls[xmb]?$/i.test(fileName)) {
      throw new UnreadableFileError(fileName, `${fileName}: filen heter ${fileName.slice(fileName.lastIndexOf('.'))}, men er ikke en Excel-arbeidsbok.`);
    }
    // Text is read as CSV only when the name says so (or says nothing): a .docx or .json is not a table.
    if (!/\.(csv|txt|tsv|tab)$/i.test(fileName) && /\.[a-z0-9]{1,5}$/i.test(fileName)) {
      throw new UnreadableFileError(fileName, `${fileName}: filen er ikke et regneark. Velg en Excel-arbeidsbok (.xlsx) eller en CSV-fil.`);
    }
    if (bytes.length > MAX_CSV_BYTES) throw new UnreadableFileError(fileName, `${fileName}: filen er for stor.`);
    return readCsv(bytes, fileName);
  }
  throw new UnreadableFileError(fileName, `${fileName}: filen er ikke et regneark. Velg en Excel-arbeidsbok (.xlsx) eller en CSV-fil.`);
}
