/**
 * Text printed by the CLI comes partly from files (file, sheet and cell text). Control characters,
 * line and paragraph separators and bidirectional overrides are shown escaped, so a name cannot
 * start a new line that reads "Resultat: gyldig rapport" or reorder what the terminal shows.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
