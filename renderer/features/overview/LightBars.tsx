import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { formatCount } from '../../../shared/format/index.ts';
import { TRAFFIC_LIGHT_LABELS } from '../../../shared/portfolio/model.ts';
import { NONE, NONE_LABEL } from '../../../shared/portfolio/views/filter.ts';
import type { InitiativeFilter } from '../../../shared/portfolio/views/filter.ts';
import { groupParts } from '../../../shared/portfolio/views/group.ts';
import type { LightGroup } from '../../../shared/portfolio/views/group.ts';

/** How many groups to draw before summarising the rest (many owners at 10k tiltak). */
export const MAX_BARS = 14;

/** Where a key moves the current item of the chart: [row, column] → [row, column]. */
const MOVES: Record<string, (r: number, c: number, rows: number[]) => [number, number]> = {
  ArrowRight: (r, c, rows) => [r, Math.min(c + 1, rows[r]! - 1)],
  ArrowLeft: (r, c) => [r, Math.max(c - 1, 0)],
  ArrowDown: (r, c, rows) => [Math.min(r + 1, rows.length - 1), c],
  ArrowUp: (r, c) => [Math.max(r - 1, 0), c],
  Home: (r) => [r, 0],
  End: (r, _c, rows) => [r, rows[r]! - 1],
};

/**
 * Horizontal stacked bars of status or risk per group. Every part is a button (screen-reader
 * reachable) that opens the Tiltak table filtered to the tiltak it counts; the count is written in
 * the part, and the legend names the colours. The chart is one tab stop: arrow keys move between
 * the group names and the parts (left/right within a group, up/down between groups).
 */
export function LightBars(props: {
  title: string;
  light: 'status' | 'risk';
  groups: LightGroup[];
  onOpen: (filter: InitiativeFilter) => void;
}) {
  const { groups, light } = props;
  const shown = groups.slice(0, MAX_BARS);
  const max = Math.max(1, ...shown.map((g) => g.total));
  const word = light === 'status' ? 'status' : 'risiko';
  const titleId = `bars-${light}-${props.title.replace(/\W+/g, '-')}`;
  const parts = shown.map((g) => groupParts(g, light));
  // Items per row: the group's name, then its parts.
  const rows = parts.map((ps) => ps.length + 1);
  const [cur, setCur] = useState<[number, number]>([0, 0]);
  const at: [number, number] = [Math.min(cur[0], rows.length - 1), Math.min(cur[1], (rows[Math.min(cur[0], rows.length - 1)] ?? 1) - 1)];
  const tab = (r: number, c: number) => (r === at[0] && c === at[1] ? 0 : -1);
  const onKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const move = MOVES[e.key];
    if (!move || rows.length === 0) return;
    e.preventDefault();
    const [r, c0] = move(at[0], at[1], rows);
    const c = Math.min(c0, rows[r]! - 1);
    setCur([r, c]);
    e.currentTarget.querySelector<HTMLButtonElement>(`[data-cell="${r}-${c}"]`)?.focus();
  };
  return (
    <figure className="bars" aria-labelledby={titleId} aria-describedby={`${titleId}-keys`}>
      <figcaption id={titleId} className="bars__title">
        {props.title}
      </figcaption>
      <p id={`${titleId}-keys`} className="sr-only">
        Piltastene flytter mellom gruppene og stolpene, Enter viser tiltakene.
      </p>
      <ul className="bars__list" onKeyDown={onKey}>
        {shown.map((g, r) => (
          <li key={g.key} className="bars__row">
            <button
              type="button"
              className="bars__label"
              data-cell={`${r}-0`}
              tabIndex={tab(r, 0)}
              onFocus={() => setCur([r, 0])}
              onClick={() => props.onOpen(g.filter)}
              title={`Vis ${formatCount(g.total)} aktive tiltak: ${g.label}`}
            >
              {g.label}
            </button>
            <span className="bars__track">
              {parts[r]!.map((p, k) => {
                const label = p.part === NONE ? `${NONE_LABEL} ${word}` : `${TRAFFIC_LIGHT_LABELS[p.part]} ${word}`;
                return (
                  <button
                    key={p.part}
                    type="button"
                    className={`bars__part bars__part--${p.part}`}
                    data-cell={`${r}-${k + 1}`}
                    tabIndex={tab(r, k + 1)}
                    onFocus={() => setCur([r, k + 1])}
                    style={{ width: `${(p.count / max) * 100}%` }}
                    aria-label={`${g.label}: ${formatCount(p.count)} med ${label.toLowerCase()}`}
                    title={`${g.label}: ${formatCount(p.count)} med ${label.toLowerCase()}`}
                    onClick={() => props.onOpen(p.filter)}
                  >
                    {/* A cropped "13" for 130 would mislead: too narrow parts show no number (it is in the label). */}
                    {formatCount(p.count).length === 1 || (p.count / max) * 100 >= formatCount(p.count).length * 4 + 2 ? formatCount(p.count) : ''}
                  </button>
                );
              })}
            </span>
            <span className="bars__total num">{formatCount(g.total)}</span>
          </li>
        ))}
      </ul>
      {groups.length > shown.length && (
        <p className="muted bars__more">
          … og {formatCount(groups.length - shown.length)} til (se tiltakstabellen for alle).
        </p>
      )}
    </figure>
  );
}

/** The colour key under the bars: the words, not just colours. */
export function LightLegend(props: { light: 'status' | 'risk' }) {
  return (
    <p className="legend" aria-hidden="true">
      <span className="legend__item legend__item--green">Grønn</span>
      <span className="legend__item legend__item--yellow">Gul</span>
      <span className="legend__item legend__item--red">Rød</span>
      <span className="legend__item legend__item--none">{props.light === 'risk' ? 'Ikke oppgitt (Observere)' : 'Ikke oppgitt'}</span>
    </p>
  );
}
