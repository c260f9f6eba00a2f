import { formatNumber } from '../../../shared/format/money.ts';
import { TRAFFIC_LIGHT_LABELS } from '../../../shared/portfolio/model.ts';
import { NONE, NONE_LABEL } from '../../../shared/portfolio/views/filter.ts';
import type { InitiativeFilter } from '../../../shared/portfolio/views/filter.ts';
import { groupParts } from '../../../shared/portfolio/views/group.ts';
import type { LightGroup } from '../../../shared/portfolio/views/group.ts';

/** How many groups to draw before summarising the rest (many owners at 10k tiltak). */
export const MAX_BARS = 14;

/**
 * Horizontal stacked bars of status or risk per group. Every part is a button (keyboard and
 * screen-reader reachable) that opens the Tiltak table filtered to the tiltak it counts; the count
 * is written in the part, and the legend names the colours.
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
  return (
    <figure className="bars" aria-labelledby={titleId}>
      <figcaption id={titleId} className="bars__title">
        {props.title}
      </figcaption>
      <ul className="bars__list">
        {shown.map((g) => (
          <li key={g.key} className="bars__row">
            <button type="button" className="bars__label" onClick={() => props.onOpen(g.filter)} title={`Vis ${g.total} aktive tiltak: ${g.label}`}>
              {g.label}
            </button>
            <span className="bars__track">
              {groupParts(g, light).map((p) => {
                const label = p.part === NONE ? `${NONE_LABEL} ${word}` : `${TRAFFIC_LIGHT_LABELS[p.part]} ${word}`;
                return (
                  <button
                    key={p.part}
                    type="button"
                    className={`bars__part bars__part--${p.part}`}
                    style={{ width: `${(p.count / max) * 100}%` }}
                    aria-label={`${g.label}: ${p.count} med ${label.toLowerCase()}`}
                    title={`${g.label}: ${p.count} med ${label.toLowerCase()}`}
                    onClick={() => props.onOpen(p.filter)}
                  >
                    {/* A cropped "13" for 130 would mislead: too narrow parts show no number (it is in the label). */}
                    {String(p.count).length === 1 || (p.count / max) * 100 >= String(p.count).length * 4 + 2 ? p.count : ''}
                  </button>
                );
              })}
            </span>
            <span className="bars__total num">{formatNumber(g.total, 0)}</span>
          </li>
        ))}
      </ul>
      {groups.length > shown.length && (
        <p className="muted bars__more">
          … og {groups.length - shown.length} til (se tiltakstabellen for alle).
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
