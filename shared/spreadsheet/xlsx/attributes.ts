/**
 * The attributes the sheet reader needs from its two most common tags, `<c …>` and `<row …>`, read
 * from the character codes of the XML text in place: cells are nearly every tag of a sheet.
 */
import { attrs, decodeXml } from './xml.ts';

/** A cell's reference, style and type, as its `r`, `s` and `t` attributes give them. */
export interface CellAttributes {
  /** Its column from 0, or -1 without a reference. */
  col: number;
  /** The row its reference names (0 without one). */
  row: number;
  type: string;
  style: number;
}

/** Where {@link nextAttribute} found an attribute: its one-letter name (or 0) and its value's range. */
export interface Attribute {
  /** The name's character code when the name is one letter (after any prefix), else 0. */
  letter: number;
  from: number;
  to: number;
}

/**
 * The next `name="value"` (or 'value', white space around = as XML allows) at or after `i` in a tag's
 * attribute text ending at `end`, into `at`; returns where it ended, or -1 when there is none.
 * Walked character by character: tags are short, and two indexOf calls per attribute were a tenth
 * of a sheet's reading time.
 */
function nextAttribute(xml: string, i: number, end: number, at: Attribute): number {
  let eq = i;
  while (eq < end && xml.charCodeAt(eq) !== 61 /* = */) eq++;
  let open = eq + 1;
  while (open < end && xml.charCodeAt(open) <= 32) open++;
  const quote = xml.charCodeAt(open);
  if (eq >= end || (quote !== 34 && quote !== 39)) return -1;
  let close = open + 1;
  while (close < end && xml.charCodeAt(close) !== quote) close++;
  if (close >= end) return -1;
  let nameEnd = eq;
  while (nameEnd > i && xml.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
  const before = xml.charCodeAt(nameEnd - 2);
  at.letter = before <= 32 || before === 58 /* a prefix's : */ ? xml.charCodeAt(nameEnd - 1) : 0;
  at.from = open + 1;
  at.to = close;
  return close + 1;
}

/**
 * The r, s and t attributes of a `<c …>` tag, read from the character codes into `into`. Cells are
 * nearly every tag of a sheet, and building an attribute object and matching the reference with a
 * regex for each one doubled the reading time of a 10k-tiltak report (114 → 247 ms).
 */
export function cellAttributes(xml: string, start: number, end: number, into: CellAttributes, at: Attribute, decoded = false): void {
  let col = -1, row = 0, style = 0, type = 'n';
  /** An r, s or t that did not read (it may hold a reference). */
  let unread = false;
  for (let i = start; (i = nextAttribute(xml, i, end, at)) >= 0; ) {
    if (at.letter === 114 /* r */) {
      // letters then digits: "AB12" → column 27, row 12; anything else reads as no reference
      let k = at.from;
      let n = 0;
      for (let c = xml.charCodeAt(k) | 32; c >= 97 && c <= 122 && k - at.from < 7; c = xml.charCodeAt(++k) | 32) n = n * 26 + (c - 96);
      const digitsFrom = k;
      let r = 0;
      for (let c = xml.charCodeAt(k); c >= 48 && c <= 57 && k - digitsFrom < 12; c = xml.charCodeAt(++k)) r = r * 10 + (c - 48);
      if (k === at.to && digitsFrom > at.from && k > digitsFrom) {
        col = n - 1;
        row = r;
      } else unread = true;
    } else if (at.letter === 115 /* s */) {
      const n = Number(xml.slice(at.from, at.to));
      style = Number.isSafeInteger(n) && n >= 0 ? n : 0;
      unread ||= style !== n;
    } else if (at.letter === 116 /* t */) {
      type = xml.slice(at.from, at.to);
      // a reference takes four characters at least (&#9;)
      unread ||= type.length >= 4 && type !== 'inlineStr';
    }
  }
  into.col = col;
  into.row = row;
  into.style = style;
  into.type = type;
  // A value that did not read and holds a reference (`t="&#115;"`: valid XML, if no writer's habit)
  // is read again decoded; looking only then keeps the common path as it was. Each value is decoded
  // on its own, so a quote written as &quot; inside another attribute cannot end it early.
  if (unread && !decoded && hasReference(xml, start, end)) {
    const a = attrs(xml, start, end);
    const plain = ['r', 's', 't'].map((k) => (a[k] !== undefined && !a[k].includes('"') ? ` ${k}="${a[k]}"` : '')).join('');
    cellAttributes(plain, 0, plain.length, into, at, true);
  }
}

/** Whether the text from `from` to `to` holds an `&`. */
function hasReference(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 38) return true;
  return false;
}

/** The text of a `<row …>` tag's `r` attribute, if it has one (no object of all its attributes made). */
export function rowNumberText(xml: string, start: number, end: number, at: Attribute): string | undefined {
  for (let i = start; (i = nextAttribute(xml, i, end, at)) >= 0; ) {
    if (at.letter === 114 /* r */) return hasReference(xml, at.from, at.to) ? decodeXml(xml.slice(at.from, at.to)) : xml.slice(at.from, at.to);
  }
  return undefined;
}
