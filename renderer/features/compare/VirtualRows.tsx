import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ReactNode } from 'react';

const ROW_HEIGHT = 34;

/**
 * A table whose body draws only the rows in view (a 20k-tiltak comparison has tens of thousands
 * of rows), in a box of its own that scrolls under a sticky header. The full row count is given
 * to assistive technology with aria-rowcount/aria-rowindex.
 */
export function VirtualRows<T>(props: { label: string; head: string[]; rows: readonly T[]; rowKey: (row: T) => string; cells: (row: T) => ReactNode }) {
  const { rows } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 5,
    // Without layout (first paint, jsdom) the box measures 0: draw a boxful rather than nothing.
    initialRect: { width: 1000, height: 480 },
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width || 1000, height: 480 })),
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const span = props.head.length;

  return (
    <div className="vrows" ref={scrollRef}>
      <table className="data-table data-table--compact vrows__table" aria-label={props.label} aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            {props.head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true" className="vrows__pad">
              <td colSpan={span} style={{ height: padTop }} />
            </tr>
          )}
          {items.map((v) => {
            const row = rows[v.index]!;
            return (
              <tr key={props.rowKey(row)} aria-rowindex={v.index + 2}>
                {props.cells(row)}
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true" className="vrows__pad">
              <td colSpan={span} style={{ height: padBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
