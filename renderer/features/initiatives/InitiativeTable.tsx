import { formatNumber } from '../../../shared/format/money.ts';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { isActive } from '../../../shared/portfolio/model.ts';
import type { Initiative } from '../../../shared/portfolio/model.ts';
import { sortInitiatives } from '../../../shared/portfolio/views/columns.ts';
import type { InitiativeColumn, SortState } from '../../../shared/portfolio/views/columns.ts';
import { formatHash, useNavigation } from '../../store/navigation.ts';
import { Light } from '../../components/Light.tsx';

const ROW_HEIGHT = 34;
/** Counts in nb-NO: "8 571". */
const n = (v: number) => formatNumber(v, 0);

/** Counts of the rows shown, so the figures follow the filters. */
export function RowCounts(props: { rows: readonly Initiative[]; total: number }) {
  const { rows } = props;
  const c = useMemo(() => {
    const r = { active: 0, sy: 0, sr: 0, ry: 0, rr: 0 };
    for (const i of rows) {
      if (!isActive(i)) continue;
      r.active++;
      if (i.status === 'yellow') r.sy++;
      if (i.status === 'red') r.sr++;
      if (i.risk === 'yellow') r.ry++;
      if (i.risk === 'red') r.rr++;
    }
    return r;
  }, [rows]);
  return (
    <p className="row-counts" role="status" aria-live="polite" data-testid="row-counts">
      <strong>
        Viser {n(rows.length)} av {n(props.total)} tiltak
      </strong>{' '}
      · {n(c.active)} aktive · blant aktive: {n(c.sy)} gul og {n(c.sr)} rød status, {n(c.ry)} gul og {n(c.rr)} rød risiko
    </p>
  );
}

/**
 * The virtualised table: only the rows in view are in the DOM, so 10k rows scroll smoothly.
 * Keyboard: focus the table, then arrows, Page Up/Down, Home/End move the current row and Enter
 * opens the tiltak.
 */
export function InitiativeTable(props: {
  rows: readonly Initiative[];
  columns: InitiativeColumn[];
  sort: SortState | null;
  onSort: (s: SortState | null) => void;
}) {
  const { columns, sort } = props;
  const navigate = useNavigation((s) => s.navigate);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const sortColumn = sort ? columns.find((c) => c.id === sort.id) : undefined;
  const rows = useMemo(() => (sortColumn ? sortInitiatives(props.rows, sortColumn, sort!.desc) : props.rows), [props.rows, sortColumn, sort]);
  const current = Math.min(active, Math.max(0, rows.length - 1));

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Without layout (first paint, jsdom) the box measures 0: draw a screenful rather than nothing.
    initialRect: { width: 1000, height: 600 },
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width || 1000, height: 600 })),
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  const move = (to: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKey = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(current + 1),
      ArrowUp: () => move(current - 1),
      PageDown: () => move(current + page),
      PageUp: () => move(current - page),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      Enter: () => {
        const i = rows[current];
        if (i) navigate('tiltak', { nr: i.nr });
      },
    };
    const fn = keys[e.key];
    if (fn && e.target === e.currentTarget) {
      e.preventDefault();
      fn();
    }
  };
  const toggleSort = (id: string) => {
    if (!sort || sort.id !== id) props.onSort({ id, desc: false });
    else if (!sort.desc) props.onSort({ id, desc: true });
    else props.onSort(null);
  };

  return (
    <div className="itable" ref={scrollRef}>
      <table
        className="data-table itable__table"
        role="grid"
        aria-label="Tiltak"
        aria-rowcount={rows.length + 1}
        aria-activedescendant={rows.length ? `tiltak-rad-${current}` : undefined}
        tabIndex={0}
        onKeyDown={onKey}
      >
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((c) => (
              <th
                key={c.id}
                scope="col"
                className={c.numeric ? 'num' : undefined}
                aria-sort={sort?.id === c.id ? (sort.desc ? 'descending' : 'ascending') : undefined}
              >
                <button type="button" className="sort-button" onClick={() => toggleSort(c.id)} title={`Sorter etter ${c.label.toLowerCase()}`}>
                  {c.label}
                  <span aria-hidden="true" className="sort-button__mark">
                    {sort?.id === c.id ? (sort.desc ? '▼' : '▲') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true" className="itable__pad">
              <td colSpan={columns.length} style={{ height: padTop }} />
            </tr>
          )}
          {items.map((v) => {
            const i = rows[v.index]!;
            return (
              <tr
                key={`${i.nr}-${v.index}`}
                id={`tiltak-rad-${v.index}`}
                aria-rowindex={v.index + 2}
                aria-selected={v.index === current}
                className={v.index === current ? 'is-current' : undefined}
                onClick={() => setActive(v.index)}
                onDoubleClick={() => navigate('tiltak', { nr: i.nr })}
              >
                {columns.map((c) => (
                  <td key={c.id} className={c.numeric ? 'num' : undefined}>
                    <Cell column={c} initiative={i} onOpen={() => navigate('tiltak', { nr: i.nr })} />
                  </td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true" className="itable__pad">
              <td colSpan={columns.length} style={{ height: padBottom }} />
            </tr>
          )}
        </tbody>
      </table>
      {rows.length === 0 && <p className="itable__empty">Ingen tiltak passer filtrene.</p>}
    </div>
  );
}

function Cell(props: { column: InitiativeColumn; initiative: Initiative; onOpen: () => void }) {
  const { column: c, initiative: i } = props;
  if (c.id === 'status') return <Light value={i.status} />;
  if (c.id === 'risk') return <Light value={i.risk} emptyText={i.segment === 'observere' ? '–' : undefined} />;
  if (c.id === 'name')
    return (
      <a
        href={formatHash({ area: 'tiltak', params: { nr: i.nr } })}
        tabIndex={-1}
        onClick={(e) => {
          e.preventDefault();
          props.onOpen();
        }}
      >
        {i.name}
      </a>
    );
  return <>{c.text(i)}</>;
}
