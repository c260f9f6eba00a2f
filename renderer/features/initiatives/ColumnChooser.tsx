import type { InitiativeColumn } from '../../../shared/portfolio/views/columns.ts';

/** Choose which columns the table shows (a disclosure with one checkbox per column). */
export function ColumnChooser(props: { columns: InitiativeColumn[]; hidden: string[]; onChange: (hidden: string[]) => void }) {
  const { columns, hidden } = props;
  const shown = columns.filter((c) => !hidden.includes(c.id)).length;
  const toggle = (id: string) => props.onChange(hidden.includes(id) ? hidden.filter((h) => h !== id) : [...hidden, id]);
  return (
    <details className="column-chooser">
      <summary>
        Kolonner ({shown} av {columns.length})
      </summary>
      <fieldset className="column-chooser__list">
        <legend className="sr-only">Vis kolonner</legend>
        {columns.map((c) => (
          <label key={c.id}>
            <input
              type="checkbox"
              checked={!hidden.includes(c.id)}
              // Keep at least one column: an empty table helps no one.
              disabled={shown === 1 && !hidden.includes(c.id)}
              onChange={() => toggle(c.id)}
            />{' '}
            {c.label}
            {c.id.startsWith('extra:') && <span className="muted"> (ekstra kolonne)</span>}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
