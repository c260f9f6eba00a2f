import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../shared/format/money.ts';
import type { TrendPoint } from '../../../shared/portfolio/views/trend.ts';

const pct = (n: number) => `${formatNumber(n)} %`;

/**
 * Share of yellow and red status and risk among active tiltak in every stored period. The table
 * below the chart holds the same figures (for screen readers and for copying into a case).
 */
export function TrendChart(props: { points: TrendPoint[] }) {
  const { points } = props;
  const data = points.map((p) => ({ ...p, name: p.reconstructed ? `${p.label}*` : p.label }));
  return (
    <section className="panel" aria-labelledby="trend-title">
      <h2 id="trend-title" className="panel__title">
        Utvikling over perioder
      </h2>
      {points.length < 2 ? (
        <p className="muted">Trenden vises når minst to perioder er lagret. Nå finnes bare {points[0]?.label ?? 'ingen'}.</p>
      ) : (
        <div className="trend__chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height={200} initialDimension={{ width: 520, height: 200 }}>
            <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid stroke="#e3e6ea" />
              <XAxis dataKey="name" fontSize={12} />
              <YAxis unit=" %" fontSize={12} width={48} />
              <Tooltip formatter={(v) => pct(Number(v))} />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              <Line dataKey="statusYellowPct" name="Gul status" stroke="#8a6d00" strokeWidth={2} isAnimationActive={false} />
              <Line dataKey="statusRedPct" name="Rød status" stroke="#c3002f" strokeWidth={2} isAnimationActive={false} />
              <Line dataKey="riskYellowPct" name="Gul risiko" stroke="#8a6d00" strokeDasharray="5 3" strokeWidth={2} isAnimationActive={false} />
              <Line dataKey="riskRedPct" name="Rød risiko" stroke="#c3002f" strokeDasharray="5 3" strokeWidth={2} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
      <table className="data-table data-table--compact">
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
