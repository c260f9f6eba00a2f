import type { ImportIssue, PortfolioImport } from '../../../shared/import/index.ts';
import type { InitiativeChange, PeriodComparison } from '../../../shared/portfolio/compare.ts';
import type { ReportingPeriod } from '../../../shared/portfolio/model.ts';
import { parsePeriodInput } from '../../../shared/portfolio/model.ts';
import type { ReportSummary } from '../../../shared/portfolio/summary.ts';

/** A period key as the analyst types it: "2022-09". */
export const PERIOD_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Issues beyond this many are counted, not sent or drawn. */
export const MAX_ISSUES = 200;

/** Change lines beyond this many are counted only: a preview of 10k new tiltak would take seconds to draw. */
export const MAX_DIFF_LINES = 100;

/** One line of the preview's "changes since the stored period". */
export type ChangeLine =
  | { kind: 'added' | 'ended'; nr: string; name: string }
  | { kind: 'changed'; nr: string; name: string; changes: InitiativeChange[] };

/** The changes from the stored period the import is compared with: counts, and the first lines. */
export interface PreviewComparison {
  /** The stored period's label, e.g. "Mai 2022 (rekonstruert)". */
  against: string;
  added: number;
  ended: number;
  changed: number;
  /** At most {@link MAX_DIFF_LINES}: new, then ended, then changed tiltak. */
  lines: ChangeLine[];
}

/**
 * What the import page shows of files read in the worker: small, whatever the size of the report
 * (the parsed report itself stays in the worker until it is stored or discarded).
 */
export interface ImportPreviewData {
  /** Names the worker's pending import; the page passes it back to store or discard it. */
  importId: number;
  fileNames: string[];
  /** No errors (warnings allowed): can be stored. */
  ok: boolean;
  /** A file could not be read at all. */
  unreadable: boolean;
  /** The period the files name; null when the analyst must type it. */
  period: ReportingPeriod | null;
  summary: ReportSummary | null;
  focusAreas: number;
  /** The first {@link MAX_ISSUES} errors and warnings; the counts say how many there are in all. */
  errors: ImportIssue[];
  errorCount: number;
  warnings: ImportIssue[];
  warningCount: number;
  comparison: PreviewComparison | null;
}

function changeLines(diff: PeriodComparison): ChangeLine[] {
  const lines: ChangeLine[] = [];
  for (const i of diff.added) {
    if (lines.length >= MAX_DIFF_LINES) return lines;
    lines.push({ kind: 'added', nr: i.nr, name: i.name });
  }
  for (const i of diff.ended) {
    if (lines.length >= MAX_DIFF_LINES) return lines;
    lines.push({ kind: 'ended', nr: i.nr, name: i.name });
  }
  for (const c of diff.changed) {
    if (lines.length >= MAX_DIFF_LINES) return lines;
    lines.push({ kind: 'changed', nr: c.nr, name: c.name, changes: c.changes });
  }
  return lines;
}

/** The preview of an import result and its comparison with a stored period. */
export function previewOf(
  importId: number,
  fileNames: readonly string[],
  result: PortfolioImport,
  comparison: { against: string; diff: PeriodComparison } | null,
): ImportPreviewData {
  const report = result.report;
  return {
    importId,
    fileNames: [...fileNames],
    ok: result.ok,
    unreadable: result.unreadable,
    period: report?.period ?? null,
    summary: report ? result.summary : null,
    focusAreas: report?.focusAreas.length ?? 0,
    errors: result.errors.slice(0, MAX_ISSUES),
    errorCount: result.errors.length,
    warnings: result.warnings.slice(0, MAX_ISSUES),
    warningCount: result.warnings.length,
    comparison: comparison && {
      against: comparison.against,
      added: comparison.diff.added.length,
      ended: comparison.diff.ended.length,
      changed: comparison.diff.changed.length,
      lines: changeLines(comparison.diff),
    },
  };
}

/** True when the preview can be stored, given the period the analyst typed (for files without one). */
export function canStore(preview: ImportPreviewData, periodInput: string): boolean {
  return preview.ok && preview.summary !== null && (preview.period !== null || parsePeriodInput(periodInput) !== null);
}
