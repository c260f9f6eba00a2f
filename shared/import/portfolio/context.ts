/** Collects issues while building a report, located by table, row and column key. */
import type { ImportIssue, IssueSeverity } from '../issues.ts';
import type { FoundTable, SheetRow } from '../../spreadsheet/index.ts';
import type { SourceRef } from '../../portfolio/index.ts';

export class IssueCollector {
  readonly issues: ImportIssue[] = [];

  add(severity: IssueSeverity, table: FoundTable | { file: string; sheet: string | null } | null, row: number | null, key: string | null, message: string): void {
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

  warning(table: FoundTable, row: SheetRow | number | null, key: string | null, message: string): void {
    this.add('warning', table, typeof row === 'number' || row === null ? row : row.row, key, message);
  }

  get hasErrors(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }
}

export function sourceOf(table: FoundTable, row: SheetRow): SourceRef {
  return { file: table.file, sheet: table.sheet, row: row.row };
}
