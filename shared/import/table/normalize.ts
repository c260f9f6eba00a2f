/**
 * Case-, accent- and whitespace-insensitive keys for headers and enum values:
 * "Er prosjektet aktivt?" → "er prosjektet aktivt", "Innsatsområde" → "innsatsomrade",
 * " GRØNN " → "gronn", "tiltak_nr" → "tiltak nr".
 */
const NORDIC: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a' };
const SEPARATORS = /[\s\u00a0\u202f_.:;?!*()[\]/\\,'"-]+/g;
const WHITESPACE = /\s/;

/** ASCII separators, by code: the ASCII part of {@link SEPARATORS}. */
const ASCII_SEPARATOR = new Uint8Array(128);
for (const ch of ' \t\n\v\f\r_.:;?!*()[]/\\,\'"-') ASCII_SEPARATOR[ch.charCodeAt(0)] = 1;

/** The general rule, with Unicode decomposition; {@link normalizeKey} falls back to it. */
export function normalizeKeySlow(text: string): string {
  let s = text.toLowerCase().replace(/[æøå]/g, (c) => NORDIC[c]!);
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/.test(s)) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return s.replace(SEPARATORS, ' ').trim();
}

export function normalizeKey(text: string): string {
  // Called for every name and enum cell of a report, so the common case (ASCII letters, digits,
  // separators, æ ø å) is one pass over the lower-cased text that copies unchanged runs as slices;
  // anything else takes the general rule.
  const s = text.toLowerCase();
  const len = s.length;
  let out = '';
  let from = 0;
  let afterSpace = true; // leading separators are dropped
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      afterSpace = false;
      continue;
    }
    if (c === 32 && !afterSpace) {
      afterSpace = true;
      continue;
    }
    let rep: string;
    if (c < 128) {
      if (ASCII_SEPARATOR[c] !== 1) return normalizeKeySlow(text);
      rep = ' ';
    } else if (c === 0xe6) rep = 'ae';
    else if (c === 0xf8) rep = 'o';
    else if (c === 0xe5) rep = 'a';
    else if (WHITESPACE.test(s[i]!)) rep = ' ';
    else return normalizeKeySlow(text);
    out += s.slice(from, i);
    from = i + 1;
    if (rep === ' ') {
      if (!afterSpace) out += ' ';
      afterSpace = true;
    } else {
      out += rep;
      afterSpace = false;
    }
  }
  if (from === 0) return afterSpace && len > 0 ? s.slice(0, len - 1) : s;
  out += s.slice(from);
  return out.endsWith(' ') ? out.slice(0, -1) : out;
}
