import { formatNumber } from '../../../shared/format/money.ts';
import { SEGMENTS, SEGMENT_LABELS } from '../../../shared/portfolio/model.ts';
import type { InitiativeFilter } from '../../../shared/portfolio/views/filter.ts';
import type { ReportSummary } from '../../../shared/portfolio/summary.ts';
import type { PeriodComparison } from '../../../shared/portfolio/compare.ts';

/**
 * The report's headline figures. Each figure is a button that opens what it counts: the Tiltak
 * table filtered, or the period comparison for new and ended tiltak.
 */
export function KeyFigures(props: {
  summary: ReportSummary;
  changes: PeriodComparison | null;
  previousLabel: string | null;
  onFilter: (f: InitiativeFilter) => void;
  onCompare: () => void;
}) {
  const { summary: s, changes } = props;
  const active: InitiativeFilter = { activity: 'active' };
  return (
    <section className="figures" aria-label="Nøkkeltall">
      <div className="figure figure--wide">
        <button type="button" className="figure__main" onClick={() => props.onFilter(active)}>
          <span className="figure__value">{n(s.active)}</span>
          <span className="figure__label">Aktive tiltak</span>
        </button>
        <ul className="figure__split" aria-label="Aktive tiltak per segment">
          {SEGMENTS.map((seg) => (
            <li key={seg}>
              <button type="button" onClick={() => props.onFilter({ ...active, segment: seg })}>
                <span className="num">{n(s.activeBySegment[seg])}</span> i {SEGMENT_LABELS[seg]}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <Figure value={s.status.yellow} label="Gul status" light="yellow" onClick={() => props.onFilter({ ...active, status: 'yellow' })} />
      <Figure value={s.status.red} label="Rød status" light="red" onClick={() => props.onFilter({ ...active, status: 'red' })} />
      <Figure value={s.risk.red} label="Rød risiko" light="red" onClick={() => props.onFilter({ ...active, risk: 'red' })} />
      {changes ? (
        <>
          <Figure value={changes.added.length} label="Nye siden forrige periode" hint={props.previousLabel ?? undefined} onClick={props.onCompare} />
          <Figure value={changes.ended.length} label="Avsluttet siden forrige periode" hint={props.previousLabel ?? undefined} onClick={props.onCompare} />
        </>
      ) : (
        <div className="figure figure--muted">
          <span className="figure__label">Nye og avsluttede tiltak</span>
          <span className="muted">Vises når en tidligere periode er lagret.</span>
        </div>
      )}
    </section>
  );
}

/** Counts in nb-NO: "8 571". */
const n = (v: number) => formatNumber(v, 0);

function Figure(props: { value: number; label: string; light?: 'yellow' | 'red'; hint?: string; onClick: () => void }) {
  return (
    <div className="figure">
      <button type="button" className="figure__main" onClick={props.onClick}>
        <span className="figure__value">{n(props.value)}</span>
        <span className={`figure__label${props.light ? ` light light--${props.light}` : ''}`}>{props.label}</span>
        {props.hint && <span className="figure__hint muted">siden {props.hint}</span>}
      </button>
    </div>
  );
}
