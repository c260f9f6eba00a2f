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

/** One past the serial of 31.12.9999, Excel's last date. */
export const MAX_DATE_SERIAL = 2_958_466;

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
  // Whole days (nearly every date cell) by arithmetic; times of day, and years outside
  // 1000–9999, through Date.
  if (Number.isInteger(days)) {
    const iso = civilDate(days + (date1904 ? EPOCH_1904 : EPOCH_1900) / MS_PER_DAY);
    if (iso !== null) return iso;
  }
  const ms = Math.round(days * MS_PER_DAY) + (date1904 ? EPOCH_1904 : EPOCH_1900);
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/**
 * Days since 1970-01-01 → "YYYY-MM-DD" in the proleptic Gregorian calendar (H. Hinnant's
 * days-to-civil), or null outside years 1000–9999.
 */
function civilDate(epochDays: number): string | null {
  const z = epochDays + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 1000 || y > 9999) return null;
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** ISO date (YYYY-MM-DD) → Excel 1900-system serial. */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const days = (Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1) - EPOCH_1900) / MS_PER_DAY;
  return days < 61 ? days - 1 : days;
}
