/** Which cell styles are dates: from styles.xml's cellXfs and numFmts, and Excel's built-in ids. */
import { attrs, nextTag } from './xml.ts';

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** True when a number format code shows a date or time (d, m, y, h, s outside quotes and brackets). */
export function isDateFormatCode(code: string): boolean {
  const stripped = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|m\]|s\]|hh\]|mm\]|ss\])[^\]]*\]/gi, '')
    .split(';')[0] ?? '';
  if (/general/i.test(stripped)) return false;
  return /[dmyhs]/i.test(stripped);
}

/** For each style index (the `s` attribute of a cell), whether it formats a date. */
export function readDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const result: boolean[] = [];
  let inCellXfs = false;
  let pos = 0;
  for (let tag = nextTag(xml, pos); tag; tag = nextTag(xml, pos)) {
    pos = tag.end;
    if (tag.name === 'numFmt' && !tag.close) {
      const a = attrs(xml, tag.attrStart, tag.attrEnd);
      custom.set(Number(a.numFmtId), a.formatCode ?? '');
    } else if (tag.name === 'cellXfs') {
      inCellXfs = !tag.close && !tag.selfClosing;
    } else if (tag.name === 'xf' && inCellXfs && !tag.close) {
      const id = Number(attrs(xml, tag.attrStart, tag.attrEnd).numFmtId ?? 0);
      const code = custom.get(id);
      result.push(code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id));
    }
  }
  return result;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * Excel serial date → ISO. The 1900 system counts the non-existent 29 Feb 1900 (serial 60), so
 * serials below 61 are shifted by a day. Time of day is kept when there is one.
 */
export function serialToIso(serial: number, date1904 = false): string {
  let days = serial;
  if (!date1904 && serial < 61 && serial >= 1) days += 1;
  const ms = Math.round(days * MS_PER_DAY) + (date1904 ? EPOCH_1904 : EPOCH_1900);
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** ISO date (YYYY-MM-DD) → Excel 1900-system serial. */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const days = (Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1) - EPOCH_1900) / MS_PER_DAY;
  return days < 61 ? days - 1 : days;
}
