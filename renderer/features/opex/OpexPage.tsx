import './opex.css';
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatMNok, formatMNokExact } from '../../../shared/format/money.ts';
import type { OpexCell, PortfolioReport } from '../../../shared/portfolio/model.ts';
import { opexTotals } from '../../../shared/portfolio/summary.ts';
import { opexBySolution, opexFootnotes, printedDifferences } from '../../../shared/portfolio/views/opex.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { usePortfolio } from '../../store/period.ts';
import { InitiativeLink } from '../../components/InitiativeLink.tsx';
import { PeriodPicker } from '../../components/PeriodPicker.tsx';
import { PortfolioGate } from '../../components/PortfolioGate.tsx';

export function OpexPage() {
  const data = usePortfolio();
  return (
    <>
      <PageHeader
        title="Drift og forvaltning"
        lead="Årlig økning i drifts- og forvaltningskostnader per nasjonal løsning og tiltak, i MNOK."
        actions={<PeriodPicker />}
      />
      <PortfolioGate
        data={data}
        emptyTitle="Ingen D&F-kostnader å vise"
        empty="Her vises økningen i drifts- og forvaltningskostnader per løsning og tiltak og år, med årlige og akkumulerte summer. Tallene hentes fra porteføljerapporten du importerer."
      >
        {(d) => <Opex report={d.current.report} />}
      </PortfolioGate>
    </>
  );
}

function Cell(props: { cell: OpexCell | undefined; footnotes: Map<string, string> }) {
  const c = props.cell;
  if (!c || (c.kind === 'marker' && c.marker === 'blank')) return null;
  if (c.kind === 'amount') return <>{formatMNok(c.kNok)}</>;
  const text = c.footnote ?? props.footnotes.get(c.marker) ?? (c.marker === '-' || c.marker === '–' ? 'Ingen økning oppgitt' : 'Se merknad');
  return (
    <abbr className="marker" title={text}>
      {c.marker}
      <span className="sr-only"> ({text})</span>
    </abbr>
  );
}

function Opex(props: { report: PortfolioReport }) {
  const { report } = props;
  const years = report.opexYears.map(String);
  const groups = useMemo(() => opexBySolution(report.opex), [report]);
  const { totals, accumulated } = useMemo(() => opexTotals(report), [report]);
  const notes = useMemo(() => opexFootnotes(report), [report]);
  const noteMap = new Map<string, string>(notes.map((n) => [n.marker, n.text]));
  const diffs = useMemo(() => printedDifferences(report), [report]);
  const printed = (prefix: string) => Object.entries(report.metadata).find(([k]) => k.startsWith(prefix))?.[1]?.split(';');
  const printedTotals = printed('dof_totalsum');
  const printedAcc = printed('dof_akkumulert');
  const chart = years.map((y) => ({ year: y, mnok: (accumulated[y] ?? 0) / 1000, label: formatMNok(accumulated[y] ?? 0) }));

  if (report.opex.length === 0)
    return <p className="panel muted">Rapporten for denne perioden har ingen D&F-tabell.</p>;

  return (
    <div className="opex">
      <div className="table-scroll">
        <table className="data-table opex-table">
          <caption className="sr-only">Økning i D&F-kostnader per løsning, tiltak og år (MNOK)</caption>
          <thead>
            <tr>
              <th scope="col">Løsning</th>
              <th scope="col">Tiltak</th>
              {years.map((y) => (
                <th key={y} scope="col" className="num">
                  {y}
                </th>
              ))}
              <th scope="col">Merknad</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) =>
              g.lines.map((l, idx) => (
                <tr key={`${g.solution}-${idx}`}>
                  {idx === 0 && (
                    <th scope="rowgroup" rowSpan={g.lines.length} className="opex-table__solution">
                      {g.solution}
                    </th>
                  )}
                  <td>{l.initiativeNr ? <InitiativeLink nr={l.initiativeNr}>{l.initiativeName}</InitiativeLink> : l.initiativeName}</td>
                  {years.map((y) => (
                    <td key={y} className="num">
                      <Cell cell={l.years[y]} footnotes={noteMap} />
                    </td>
                  ))}
                  <td className="opex-table__note">{l.note ?? ''}</td>
                </tr>
              )),
            )}
          </tbody>
          <tfoot>
            <tr className="is-total">
              <th scope="row" colSpan={2}>
                Sum per år (beregnet)
              </th>
              {years.map((y) => (
                <td key={y} className="num" data-testid={`total-${y}`}>
                  {formatMNok(totals[y] ?? 0)}
                </td>
              ))}
              <td />
            </tr>
            <tr className="is-total">
              <th scope="row" colSpan={2}>
                Akkumulert (beregnet)
              </th>
              {years.map((y) => (
                <td key={y} className="num" data-testid={`accumulated-${y}`}>
                  {formatMNok(accumulated[y] ?? 0)}
                </td>
              ))}
              <td />
            </tr>
            {printedTotals && (
              <PrintedRow label="Sum per år, trykt i rapporten" values={printedTotals} years={years} diffs={diffs.filter((d) => d.kind === 'total')} />
            )}
            {printedAcc && (
              <PrintedRow label="Akkumulert, trykt i rapporten" values={printedAcc} years={years} diffs={diffs.filter((d) => d.kind === 'accumulated')} />
            )}
          </tfoot>
        </table>
      </div>
      {(notes.length > 0 || diffs.length > 0) && (
        <section className="panel" aria-labelledby="opex-notes-title">
          <h2 id="opex-notes-title" className="panel__title">
            Merknader
          </h2>
          <dl className="footnotes">
            {notes.map((n) => (
              <div key={n.marker}>
                <dt>{n.marker}</dt>
                <dd>{n.text.replace(/^\*+\s*/, '')}</dd>
              </div>
            ))}
          </dl>
          {diffs.map((d) => (
            <p key={`${d.kind}-${d.year}`} className="note">
              Rapporten trykker {formatMNokExact(d.printed, 3)} som {d.kind === 'total' ? 'sum' : 'akkumulert sum'} for {d.year}, men summert fra
              linjene blir det {formatMNok(d.computed)}. Forskjellen er større enn avrundingen av det trykte tallet forklarer (de andre
              trykte tallene er de beregnede avrundet til hele millioner), så det trykte tallet er en avrundingsglipp i kilden. Her vises
              de beregnede tallene.
            </p>
          ))}
          {report.period?.notes && <p className="muted">Om perioden: {report.period.notes}</p>}
        </section>
      )}
      <section className="panel" aria-labelledby="opex-chart-title">
        <h2 id="opex-chart-title" className="panel__title">
          Akkumulert økning (MNOK)
        </h2>
        <div aria-hidden="true">
          <ResponsiveContainer width="100%" height={220} initialDimension={{ width: 600, height: 220 }}>
            {/* Hidden from assistive technology (the figures follow as text), so no tab stop either. */}
            <BarChart data={chart} margin={{ top: 20, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid stroke="#e3e6ea" vertical={false} />
              <XAxis dataKey="year" fontSize={12} />
              <YAxis fontSize={12} width={48} tickFormatter={(v: number) => formatMNok(v * 1000, 0)} />
              <Bar dataKey="mnok" fill="#0062ba" isAnimationActive={false}>
                <LabelList dataKey="label" position="top" fontSize={12} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
        <p className="sr-only">
          Akkumulert økning: {years.map((y) => `${y}: ${formatMNok(accumulated[y] ?? 0)} MNOK`).join(', ')}.
        </p>
      </section>
    </div>
  );
}

function PrintedRow(props: { label: string; values: string[]; years: string[]; diffs: { year: string }[] }) {
  return (
    <tr className="is-printed">
      <th scope="row" colSpan={2}>
        {props.label}
      </th>
      {props.years.map((y, idx) => {
        const raw = props.values[idx]?.trim() ?? '';
        const off = props.diffs.some((d) => d.year === y);
        return (
          <td key={y} className={`num${off ? ' is-off' : ''}`}>
            {raw}
            {off && <span className="sr-only"> (avviker fra beregnet)</span>}
            {off && <span aria-hidden="true"> ≠</span>}
          </td>
        );
      })}
      <td className="muted">Kildens egne, avrundede tall</td>
    </tr>
  );
}
