/**
 * Case-, accent- and whitespace-insensitive keys for headers and enum values:
 * "Er prosjektet aktivt?" → "er prosjektet aktivt", "Innsatsområde" → "innsatsomrade",
 * " GRØNN " → "gronn", "tiltak_nr" → "tiltak nr".
 */
const NORDIC: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a' };
const SEPARATORS = /[\s\u00a0\u202f_.:;?!*()[\]/\\,'"-]+/g;

export function normalizeKey(text: string): string {
  let s = text.toLowerCase().replace(/[æøå]/g, (c) => NORDIC[c]!);
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/.test(s)) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return s.replace(SEPARATORS, ' ').trim();
}
