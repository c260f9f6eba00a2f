import { countNoun, formatNumber } from '../../../shared/format/index.ts';
import type { TrendPoint } from '../../../shared/portfolio/views/trend.ts';

const pct = (n: number) => `${formatNumber(n)} %`;

/**
 * Share of yellow and red status and risk among active tiltak in every stored period. The table
 * below the chart holds the same figures (for screen readers and for copying into a case).
 */
export function TrendChart(props: { points: TrendPoint[]; /** Periods still being read. */ pending?: number }) {
  const { points } = props;
  return (
    <section className="panel" aria-labelledby="trend-title">
      <h2 id="trend-title" className="panel__title">
        Utvikling over perioder
      </h2>
      {(props.pending ?? 0) > 0 ? (
        <p className="muted" role="status">
          Henter {countNoun(props.pending ?? 0, 'periode', 'perioder')} til for trenden …
        </p>
      ) : points.length < 2 ? (
        <p className="muted">Trenden vises når minst to perioder er lagret. Nå finnes bare {points[0]?.label ?? 'ingen'}.</p>
      ) : (
        <LineSvg points={points} />
      )}
      <table className="data-table data-table--compact trend-table">
        <caption className="sr-only">Andel gul og rød blant aktive tiltak per periode</caption>
        <thead>
          <tr>
            <th scope="col">Periode</th>
            <th scope="col" className="num">Aktive</th>
            <th scope="col" className="num">Gul status</th>
            <th scope="col" className="num">Rød status</th>
            <th scope="col" className="num">Gul risiko</th>
            <th scope="col" className="num">Rød risiko</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.key}>
              <th scope="row">
                {p.label}
                {p.reconstructed && <span className="muted"> (rekonstruert)</span>}
              </th>
              <td className="num">{p.active}</td>
              <td className="num">{`${p.statusYellow} (${pct(p.statusYellowPct)})`}</td>
              <td className="num">{`${p.statusRed} (${pct(p.statusRedPct)})`}</td>
              <td className="num">{`${p.riskYellow} (${pct(p.riskYellowPct)})`}</td>
              <td className="num">{`${p.riskRed} (${pct(p.riskRedPct)})`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const SERIES: { key: keyof TrendPoint; name: string; color: string; dash?: string }[] = [
  { key: 'statusYellowPct', name: 'Gul status', color: '#8a6d00' },
  { key: 'statusRedPct', name: 'Rød status', color: '#c3002f' },
  { key: 'riskYellowPct', name: 'Gul risiko', color: '#8a6d00', dash: '6 3' },
  { key: 'riskRedPct', name: 'Rød risiko', color: '#c3002f', dash: '6 3' },
];

/**
 * A plain SVG line chart (drawn here rather than with a chart library: it is a few lines, and the
 * overview must draw fast). Solid lines are status, dashed are risk; the legend names them.
 */
function LineSvg(props: { points: TrendPoint[] }) {
  const { points } = props;
  const W = 520;
  const H = 180;
  const left = 40;
  const bottom = 24;
  const top = 8;
  const right = 12;
  const max = Math.max(10, Math.ceil(Math.max(...points.flatMap((p) => SERIES.map((s) => Number(p[s.key])))) / 10) * 10);
  const x = (i: number) => left + (points.length === 1 ? 0 : (i / (points.length - 1)) * (W - left - right));
  const y = (v: number) => top + (1 - v / max) * (H - top - bottom);
  const ticks = [0, max / 2, max];
  const step = Math.ceil(points.length / 4);
  return (
    <div className="trend__chart" aria-hidden="true">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" height={H}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={left} x2={W - right} y1={y(t)} y2={y(t)} stroke="#e3e6ea" />
            <text x={left - 6} y={y(t) + 4} fontSize={11} textAnchor="end" fill="#5b6570">
              {`${formatNumber(t, 0)} %`}
            </text>
          </g>
        ))}
        {points.map((p, i) => (
          // About four labels fit: the last, and every step-th before it with room to spare.
          i === points.length - 1 || (i % step === 0 && points.length - 1 - i >= step) ? (
          <text key={p.key} x={x(i)} y={H - 6} fontSize={11} textAnchor={i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle'} fill="#5b6570">
            {p.reconstructed ? `${p.label}*` : p.label}
          </text>
          ) : null
        ))}
        {SERIES.map((s) => (
          <g key={s.key}>
            <polyline
              fill="none"
              stroke={s.color}
              strokeWidth={2}
              strokeDasharray={s.dash}
              points={points.map((p, i) => `${x(i)},${y(Number(p[s.key]))}`).join(' ')}
            />
            {points.map((p, i) => (
              <circle key={p.key} cx={x(i)} cy={y(Number(p[s.key]))} r={3} fill={s.color} />
            ))}
          </g>
        ))}
      </svg>
      <p className="legend">
        {SERIES.map((s) => (
          <span key={s.key} className="legend__line">
            <svg width="22" height="8" aria-hidden="true">
              <line x1="0" x2="22" y1="4" y2="4" stroke={s.color} strokeWidth={2} strokeDasharray={s.dash} />
            </svg>{' '}
            {s.name}
          </span>
        ))}
        {points.some((p) => p.reconstructed) && <span className="muted">* rekonstruert periode</span>}
      </p>
    </div>
  );
}
