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
