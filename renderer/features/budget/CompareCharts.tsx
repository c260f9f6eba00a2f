import { Heading } from '@digdir/designsystemet-react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Comparison } from '../../../shared/budget/compare.ts';
import type { BudgetCase } from '../../../shared/budget/model.ts';
import { formatNumber, kNokToMNok } from '../../../shared/format/money.ts';

const COLORS = ['#1e3a5f', '#c2410c', '#15803d', '#7c3aed'];

const mnok = (v: unknown) => `${formatNumber(Number(v), 1)} MNOK`;

/** Grouped bars per service area, and follow-on D&F over the years, for the compared alternatives. */
export function CompareCharts(props: { c: BudgetCase; cmp: Comparison }) {
  const { c, cmp } = props;
  const short = new Map(c.areas.map((a) => [a.id, a.shortName || a.name]));
  const keys = cmp.columns.map((col, j) => ({ key: `a${j}`, name: col.name }));
  const bars = cmp.rows
    .filter((r) => r.kind === 'areaTotal')
    .map((r) => ({ area: short.get(r.areaId) ?? r.areaName, ...Object.fromEntries(r.cells.map((cell, j) => [`a${j}`, kNokToMNok(cell.amountKNok)])) }));
  const follow = cmp.columns[0]!.followOn.map((f, k) => ({
    year: String(f.year),
    ...Object.fromEntries(cmp.columns.map((col, j) => [`a${j}`, kNokToMNok(col.followOn[k]!.kNok)])),
  }));
  return (
    <div className="compare-charts">
      <figure aria-labelledby="chart-areas-h">
        <Heading level={2} data-size="2xs" id="chart-areas-h">
          Beløp per tjenesteområde (MNOK)
        </Heading>
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={bars} margin={{ top: 8, right: 8, left: 8, bottom: 8 }} title="Beløp per tjenesteområde (MNOK)">
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="area" tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={(v: number) => formatNumber(v, 0)} />
            <Tooltip formatter={mnok} />
            <Legend />
            {keys.map((k, j) => (
              <Bar key={k.key} dataKey={k.key} name={k.name} fill={COLORS[j % COLORS.length]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <figure aria-labelledby="chart-df-h">
        <Heading level={2} data-size="2xs" id="chart-df-h">
          Økt drift og forvaltning per år (MNOK)
        </Heading>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={follow} margin={{ top: 8, right: 8, left: 8, bottom: 8 }} title="Økt drift og forvaltning per år (MNOK)">
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="year" />
            <YAxis tickFormatter={(v: number) => formatNumber(v, 0)} />
            <Tooltip formatter={mnok} />
            <Legend />
            {keys.map((k, j) => (
              <Line key={k.key} dataKey={k.key} name={k.name} stroke={COLORS[j % COLORS.length]} isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
}
