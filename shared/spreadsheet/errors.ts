/**
 * Thrown when a file cannot be read at all (corrupt, encrypted, legacy .xls, not a spreadsheet,
 * too large). The message is Norwegian and safe to show as is.
 */
export class UnreadableFileError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(message);
    this.name = 'UnreadableFileError';
    this.file = file;
  }
}

/**
 * A Norwegian message for an error that is not an {@link UnreadableFileError}: what reaches the
 * analyst or the CLI at a boundary (worker, command). Engine messages ("Invalid string length",
 * "Map maximum size exceeded", "Array buffer allocation failed") mean the file was too large or
 * too complex to hold in memory; anything else is an internal error, told without its English text.
 */
export function describeUnexpectedError(error: unknown, fileName?: string): string {
  if (error instanceof UnreadableFileError) return error.message;
  const text = error instanceof Error ? `${error.name}: ${error.message}` : '';
  const prefix = fileName ? `${fileName}: ` : '';
  if (/Invalid string length|Invalid array length|Invalid typed array length|Map maximum size|Set maximum size|Array buffer allocation failed|allocation failed|out of memory|Maximum call stack|RangeError/i.test(text)) {
    return `${prefix}filen er for stor eller for sammensatt til å leses (minnegrensen ble nådd). Ingenting er importert.`;
  }
  return `${prefix}en uventet feil stoppet lesingen. Ingenting er importert; prøv igjen, og meld fra om det gjentar seg.`;
}
