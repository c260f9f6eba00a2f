/**
 * Case-, accent- and whitespace-insensitive keys for headers and enum values:
 * "Er prosjektet aktivt?" → "er prosjektet aktivt", "Innsatsområde" → "innsatsomrade",
 * " GRØNN " → "gronn", "tiltak_nr" → "tiltak nr".
 */
export function normalizeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s\u00a0\u202f_.:;?!*()[\]/\\,'"-]+/g, ' ')
    .trim();
}
