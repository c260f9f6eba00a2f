/** Wording shared by the case document's sections and the case workbook. */
import { formatMNok } from '../format/index.ts';

/** "40,7 MNOK" from kNOK. */
export const mnok = (k: number) => `${formatMNok(k)} MNOK`;

/** "Alternativ 2" from "Alternativ 2 – Redusere ..."; other names shortened. */
export function shortName(name: string): string {
  const m = /^(alternativ\s*\d+[a-z]?)\b/i.exec(name.trim());
  if (m) return m[1]!;
  // "Det som fulgte: vedtatt fordeling 2024" → "Vedtatt fordeling 2024".
  const followed = /^det som fulgte:\s*(.+)$/i.exec(name.trim());
  const t = followed ? followed[1]!.charAt(0).toUpperCase() + followed[1]!.slice(1) : name.trim();
  return t.length > 28 ? `${t.slice(0, 26)}…` : t;
}
