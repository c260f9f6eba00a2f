/**
 * Case-, accent- and whitespace-insensitive keys for headers and enum values:
 * "Er prosjektet aktivt?" → "er prosjektet aktivt", "Innsatsområde" → "innsatsomrade",
 * " GRØNN " → "gronn", "tiltak_nr" → "tiltak nr".
 */
const NORDIC: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a' };
const SEPARATORS = /[\s\u00a0\u202f_.:;?!*()[\]/\\,'"-]+/g;
/** Lower-case text that is already a key: ASCII letters and digits in words with single spaces. */
const ALREADY_A_KEY = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

export function normalizeKey(text: string): string {
  const lower = text.toLowerCase();
  // most names and values are keys once lower-cased ("Tiltak 12") or once æøå are folded ("Grønn",
  // "Ny løsning for måling"): skip the rest, whose regex replaces made a fifth of a 10k import's garbage
  if (ALREADY_A_KEY.test(lower)) return lower;
  let s = lower.replace(/[æøå]/g, (c) => NORDIC[c]!);
  if (ALREADY_A_KEY.test(s)) return s;
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/.test(s)) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return s.replace(SEPARATORS, ' ').trim();
}
