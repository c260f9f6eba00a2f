/**
 * Case-, accent- and whitespace-insensitive keys for headers and enum values:
 * "Er prosjektet aktivt?" → "er prosjektet aktivt", "Innsatsområde" → "innsatsomrade",
 * " GRØNN " → "gronn", "tiltak_nr" → "tiltak nr".
 */
const NORDIC: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a' };
const SIMPLE = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

export function normalizeKey(text: string): string {
  let s = text.toLowerCase();
  if (SIMPLE.test(s)) return s;
  s = s.replace(/[æøå]/g, (c) => NORDIC[c]!);
  // Unicode decomposition is the slow part; most Norwegian text needs none after the line above.
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/.test(s)) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return s.replace(/[\s\u00a0\u202f_.:;?!*()[\]/\\,'"-]+/g, ' ').trim();
}
