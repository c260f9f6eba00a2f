/** One input of the robustness corpus. */
export interface CorpusCase {
  /** Unique, e.g. "portefolje-2022-09/truncated-3". */
  id: string;
  /** The kind of damage, e.g. "truncated-3", "bitflip-12", "png-as-xlsx". */
  kind: string;
  /** Which real reader gets it: the portfolio report import, the budget case file, or the estimates workbook. */
  reader: 'report' | 'case-json' | 'estimates';
  files: { name: string; bytes: Uint8Array }[];
  /** True for unchanged seeds, which must import. */
  mustImport?: boolean;
  /**
   * True for a CSV cut exactly at a record boundary (before the line break): it is a valid,
   * shorter CSV, and nothing in the format (no length, no checksum) can tell it was cut.
   */
  cutAtRecordBoundary?: boolean;
  /**
   * What a correct reader does with a hostile input (corpus-hostile.ts): refuse it, import it, or
   * import it with at least one warning. Importing a "refuse" input is a wrong acceptance.
   */
  expect?: 'refuse' | 'import' | 'warn';
}

/** What happened to one input. */
export type Outcome =
  | { status: 'imported'; rows: number; warnings: number }
  | { status: 'refused'; messages: string[] }
  | { status: 'crashed'; error: string }
  | { status: 'hung' }
  | { status: 'out-of-memory' };

export interface CaseResult {
  id: string;
  kind: string;
  reader: CorpusCase['reader'];
  outcome: Outcome;
  /** Heap used by the reader's isolate after the case, MB. */
  heapMb: number;
  ms: number;
}
