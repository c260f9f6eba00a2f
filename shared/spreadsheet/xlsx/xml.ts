/**
 * A small, allocation-light scanner for the SpreadsheetML parts we read. Not a general XML parser:
 * it walks tags with indexOf, ignores namespace prefixes (x:row and row are the same), and decodes
 * entities only where text holds an '&'.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML entities and Excel's _xHHHH_ escapes. */
export function decodeXml(s: string): string {
  if (s.indexOf('&') >= 0) {
    s = s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e] ?? m;
    });
  }
  if (s.indexOf('_x') >= 0) {
    s = s.replace(/_x([0-9a-fA-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
  return s;
}

/** A tag found by {@link nextTag}. */
export interface Tag {
  /** Local name, namespace prefix removed. */
  name: string;
  close: boolean;
  selfClosing: boolean;
  /** Index of '<'. */
  start: number;
  /** Index just after '>'. */
  end: number;
  /** Range of the attribute text. */
  attrStart: number;
  attrEnd: number;
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

/** Next element tag at or after `pos` (skips comments, processing instructions, CDATA). */
export function nextTag(xml: string, pos: number): Tag | null {
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) return null;
    const c = xml.charCodeAt(lt + 1);
    if (c === 33 || c === 63) {
      // <!-- -->, <![CDATA[ ]]>, <!DOCTYPE>, <?xml ?>
      const endMark = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<![CDATA[', lt) ? ']]>' : '>';
      const e = xml.indexOf(endMark, lt + 2);
      if (e < 0) return null;
      pos = e + endMark.length;
      continue;
    }
    const close = c === 47;
    let i = close ? lt + 2 : lt + 1;
    const nameStart = i;
    let colon = -1;
    while (i < xml.length && !isNameEnd(xml.charCodeAt(i))) {
      if (xml.charCodeAt(i) === 58) colon = i;
      i++;
    }
    const gt = xml.indexOf('>', i);
    if (gt < 0) return null;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    return {
      name: xml.slice(colon >= 0 ? colon + 1 : nameStart, i),
      close,
      selfClosing,
      start: lt,
      end: gt + 1,
      attrStart: i,
      attrEnd: selfClosing ? gt - 1 : gt,
    };
  }
}

/** Attributes of a tag by local name (prefix removed), values decoded. */
export function attrs(xml: string, start: number, end: number): Record<string, string> {
  const out: Record<string, string> = {};
  let i = start;
  while (i < end) {
    const eq = xml.indexOf('=', i);
    if (eq < 0 || eq >= end) break;
    let nameStart = i;
    while (nameStart < eq && xml.charCodeAt(nameStart) <= 32) nameStart++;
    let nameEnd = eq;
    while (nameEnd > nameStart && xml.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
    let q = eq + 1;
    while (q < end && xml.charCodeAt(q) <= 32) q++;
    const quote = xml[q];
    if (quote !== '"' && quote !== "'") break;
    const close = xml.indexOf(quote, q + 1);
    if (close < 0) break;
    const raw = xml.slice(nameStart, nameEnd);
    const colon = raw.lastIndexOf(':');
    const name = colon >= 0 ? raw.slice(colon + 1) : raw;
    // xmlns declarations are not data
    if (!raw.startsWith('xmlns')) out[name] = decodeXml(xml.slice(q + 1, close));
    i = close + 1;
  }
  return out;
}

/** Text up to the next '<' (or a CDATA section) starting at `pos`, decoded; and where it ended. */
export function textAt(xml: string, pos: number): { text: string; end: number } {
  if (xml.startsWith('<![CDATA[', pos)) {
    const e = xml.indexOf(']]>', pos);
    return { text: xml.slice(pos + 9, e < 0 ? xml.length : e), end: e < 0 ? xml.length : e + 3 };
  }
  const lt = xml.indexOf('<', pos);
  const end = lt < 0 ? xml.length : lt;
  return { text: decodeXml(xml.slice(pos, end)), end };
}
