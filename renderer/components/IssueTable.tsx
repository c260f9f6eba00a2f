import { formatCount } from '../../shared/format/index.ts';
import { formatIssue } from '../../shared/import/index.ts';
import type { ImportIssue } from '../../shared/import/index.ts';

/**
 * Problems found in a file, each with where it is as Excel shows it (file, sheet, row, column) — the
 * import preview's and the budget file's errors alike. Shows the first {@link maxShown}.
 */
export function IssueTable(props: { issues: readonly ImportIssue[]; total: number; caption: string; maxShown?: number; more?: string }) {
  const max = props.maxShown ?? 200;
  return (
    <table className="data-table data-table--compact import-issues">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Fil</th>
          <th scope="col">Ark</th>
          <th scope="col">Rad</th>
          <th scope="col">Kolonne</th>
          <th scope="col">Melding</th>
        </tr>
      </thead>
      <tbody>
        {props.issues.slice(0, max).map((i, n) => (
          <tr key={n} aria-label={formatIssue(i)}>
            <td>{i.file}</td>
            <td>{i.sheet !== i.file ? (i.sheet ?? '') : ''}</td>
            <td className="num">{i.row ?? ''}</td>
            <td>{i.column ? `${i.column}${i.columnName ? ` (${i.columnName})` : ''}` : ''}</td>
            <td>{i.message}</td>
          </tr>
        ))}
      </tbody>
      {props.total > max && (
        <tfoot>
          <tr>
            <td colSpan={5}>
              … og {formatCount(props.total - max)} til. {props.more ?? 'Rett de første og kontroller filen på nytt.'}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
