/** Collects issues while building a report, located by table, row and column key. */
import type { ImportIssue, IssueSeverity } from '../issues.ts';
import type { Cell, FoundTable, SheetRow } from '../../spreadsheet/index.ts';
import type { SourceRef } from '../../portfolio/index.ts';

/** Issues kept per severity; the rest are counted and told as "… og N til" (1 M junk rows made 3 M issues). */
export const MAX_ISSUES = 1_000;

export class IssueCollector {
  readonly issues: ImportIssue[] = [];
  private readonly dropped = { error: 0, warning: 0 };
  private readonly kept = { error: 0, warning: 0 };
  private errors = 0;

  /** The issues, with one "… og N til" per severity that passed {@link MAX_ISSUES}. */
  finish(): ImportIssue[] {
    const out = [...this.issues];
    for (const severity of ['error', 'warning'] as const) {
      const n = this.dropped[severity];
      if (n > 0) out.push({ severity, file: out.find((i) => i.severity === severity)?.file ?? '', sheet: null, row: null, column: null, columnName: null, message: `… og ${n} ${severity === 'error' ? 'feil' : 'advarsler'} til.` });
    }
    return out;
  }

  /** An issue at a known place (column letter, not a table key). */
  addAt(severity: IssueSeverity, file: string, sheet: string | null, row: number | null, column: string | null, message: string, columnName: string | null = null): void {
    if (severity === 'error') this.errors++;
    if (this.kept[severity] >= MAX_ISSUES) {
      this.dropped[severity]++;
      return;
    }
    this.kept[severity]++;
    this.issues.push({ severity, file, sheet, row, column, columnName, message });
  }

  add(severity: IssueSeverity, table: FoundTable | { file: string; sheet: string | null } | null, row: number | null, key: string | null, message: string): void {
    if (severity === 'error') this.errors++;
    if (this.kept[severity] >= MAX_ISSUES) {
      this.dropped[severity]++;
      return;
    }
    this.kept[severity]++;
    const col = table && 'columnOf' in table && key !== null ? table.columnOf.get(key) : undefined;
    this.issues.push({
      severity,
      file: table?.file ?? '',
      sheet: table?.sheet ?? null,
      row,
      column: col?.letter ?? null,
      columnName: col?.header ?? null,
      message,
    });
  }

  error(table: FoundTable, row: SheetRow | number | null, key: string | null, message: string): void {
    this.add('error', table, typeof row === 'number' || row === null ? row : row.row, key, message);
  }

  /** An error in a cell that has an Excel error value (#REF!, #N/A …) where a key belongs; true when it had one. */
  refuseErrorValue(table: FoundTable, row: SheetRow, key: string, cell: Cell | undefined): boolean {
    if (cell?.kind !== 'error') return false;
    this.error(table, row, key, `Cellen har feilverdien ${cell.value.slice(0, 20)} (en formel som ikke kunne regnes ut); skriv inn verdien.`);
    return true;
  }

  warning(table: FoundTable, row: SheetRow | number | null, key: string | null, message: string): void {
    this.add('warning', table, typeof row === 'number' || row === null ? row : row.row, key, message);
  }

  get hasErrors(): boolean {
    return this.errors > 0;
  }
}

export function sourceOf(table: FoundTable, row: SheetRow): SourceRef {
  return { file: table.file, sheet: table.sheet, row: row.row };
}
