import { Checkbox, Field, Fieldset, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { compareActors } from '../../../shared/budget/allocation.ts';
import { compareAlternatives } from '../../../shared/budget/compare.ts';
import { periodLabel } from '../../../shared/budget/compute.ts';
import type { CompareCell, CompareScope } from '../../../shared/budget/compare.ts';
import type { BudgetCase } from '../../../shared/budget/model.ts';
import { BASELINE_ID, allAlternatives } from '../../../shared/budget/model.ts';
import { formatMNok, formatNumber } from '../../../shared/format/money.ts';
import { useBudgetStore } from './budget-store.ts';
import { BalanceText, ProvenanceTag, toggleId } from './budget-ui.tsx';
import { CompareCharts } from './CompareCharts.tsx';
import { ReadingsCompare } from './ReadingsCompare.tsx';
import { useCaseResults } from './use-case-results.ts';

function Delta(props: { cell: CompareCell; first: boolean }) {
  const { cell } = props;
  if (props.first || cell.deltaKNok === 0) return null;
  const sign = cell.deltaKNok > 0 ? '+' : '−';
  return (
    <span className="delta">
      {sign}
      {formatMNok(Math.abs(cell.deltaKNok))}
      {cell.deltaPercent !== null && ` (${sign}${formatNumber(Math.abs(cell.deltaPercent), 0)} %)`}
    </span>
  );
}

/** 2–4 alternatives side by side per area × actor; differences against the first are highlighted. */
export function ComparisonView(props: { c: BudgetCase }) {
  const { c } = props;
  const ids = useBudgetStore((s) => s.compareIds);
  const setIds = useBudgetStore((s) => s.setCompareIds);
  const { cc, results } = useCaseResults(c);
  const [scopeText, setScope] = useState<string>(String(c.years[0] ?? 'period'));
  const scope = useMemo<CompareScope>(() => (scopeText === 'period' ? { kind: 'period' } : { kind: 'year', year: Number(scopeText) }), [scopeText]);
  const all = allAlternatives(c);
  // In the order chosen: the first is the reference for the deltas.
  const chosen = ids.filter((id) => all.some((a) => a.id === id));
  const chosenKey = chosen.join('|');
  const chosenResults = useMemo(() => {
    const wanted = chosenKey.split('|');
    return wanted.flatMap((id) => results.filter((r) => r.alternativeId === id));
  }, [results, chosenKey]);
  const cmp = useMemo(() => compareAlternatives(c, cc, chosenResults, scope), [c, cc, chosenResults, scope]);
  // The baseline's figures are the estimates; their provenance is shown per line under Estimater.
  const sourceOf = new Map(c.alternatives.map((a) => [a.id, a.source]));
  const roleOf = new Map(c.alternatives.map((a) => [a.id, a.role]));
  const actorCmp = useMemo(() => compareActors(c, cc, chosenResults, scope), [c, cc, chosenResults, scope]);
  // at most four: a fifth is not added
  const toggle = (id: string) => {
    if (ids.includes(id) || ids.length < 4) setIds(toggleId(ids, id));
  };
  return (
    <div className="comparison">
      <Fieldset className="compare-pick" data-size="sm">
        <Fieldset.Legend>Alternativer å sammenligne (2–4; det første er sammenligningsgrunnlaget)</Fieldset.Legend>
        {all.map((a) => (
          <Checkbox
            key={a.id}
            label={a.id === BASELINE_ID ? 'Estimater (utgangspunkt)' : a.name}
            checked={ids.includes(a.id)}
            disabled={!ids.includes(a.id) && ids.length >= 4}
            onChange={() => toggle(a.id)}
          />
        ))}
      </Fieldset>
      <Field className="compare-scope" data-size="sm">
        <Label>Vis</Label>
        <Select value={scopeText} onChange={(e) => setScope(e.target.value)}>
          {c.years.map((y) => (
            <Select.Option key={y} value={y}>
              {y}
            </Select.Option>
          ))}
          <Select.Option value="period">{periodLabel(cc)}</Select.Option>
        </Select>
      </Field>
      {chosen.length < 2 ? (
        <Paragraph>Velg minst to alternativer.</Paragraph>
      ) : (
        <>
          <table className="data-table compare-table" aria-label="Sammenligning av alternativer">
            <thead>
              <tr>
                <th scope="col">Tjenesteområde</th>
                <th scope="col">Aktør</th>
                {cmp.columns.map((col) => (
                  <th scope="col" key={col.alternativeId}>
                    {col.name}
                    {col.recommended && <span className="rec-mark"> (anbefalt)</span>}
                    {roleOf.get(col.alternativeId) === 'followed' && !/fulgte/i.test(col.name) && <span className="muted"> (det som fulgte)</span>}
                    {sourceOf.get(col.alternativeId) && <ProvenanceTag source={sourceOf.get(col.alternativeId)!} />}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {cmp.rows.map((r) => (
                <tr key={`${r.areaId}|${r.actorId ?? 'sum'}`} className={r.kind === 'areaTotal' ? 'row--subtotal' : undefined}>
                  <th scope="row">{r.kind === 'areaTotal' ? `Sum ${r.areaName.toLowerCase()}` : r.areaName}</th>
                  <td>{r.actorName ?? ''}</td>
                  {r.cells.map((cell, j) => (
                    <td key={j} className={`num${j > 0 && cell.deltaKNok !== 0 ? ' cell--diff' : ''}`}>
                      {formatMNok(cell.amountKNok)} <Delta cell={cell} first={j === 0} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="row--total">
                <th scope="row" colSpan={2}>
                  Sum
                </th>
                {cmp.total.cells.map((cell, j) => (
                  <td key={j} className={`num${j > 0 && cell.deltaKNok !== 0 ? ' cell--diff' : ''}`}>
                    {formatMNok(cell.amountKNok)} <Delta cell={cell} first={j === 0} />
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row" colSpan={2}>
                  Tilgjengelig
                </th>
                {cmp.columns.map((col) => (
                  <td key={col.alternativeId} className="num">
                    {formatMNok(col.availableKNok)}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row" colSpan={2}>
                  Balanse
                </th>
                {cmp.columns.map((col) => (
                  <td key={col.alternativeId}>
                    <BalanceText kNok={col.balanceKNok} />
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row" colSpan={2}>
                  Innenfor rammen
                </th>
                {cmp.columns.map((col) => (
                  <td key={col.alternativeId} className={col.fitsFrame ? 'fits' : 'no-fit'}>
                    {col.fitsFrame ? 'Ja' : 'Nei'}
                  </td>
                ))}
              </tr>
              {cc.levelYears.map((year, k) => (
                <tr key={year}>
                  <th scope="row" colSpan={2}>
                    D&F-nivå {year}
                  </th>
                  {chosenResults.map((r) => (
                    <td key={r.alternativeId} className="num">
                      {formatMNok(r.opexLevel[k]!)}
                    </td>
                  ))}
                </tr>
              ))}
              {cc.levelYears.length > 0 && (
                <tr>
                  <th scope="row" colSpan={2}>
                    D&F i alt {cc.levelYears[0]}–{cc.levelYears[cc.levelYears.length - 1]}
                  </th>
                  {chosenResults.map((r) => (
                    <td key={r.alternativeId} className="num">
                      {formatMNok(r.opexLevel.reduce((sum, v) => sum + v, 0))}
                    </td>
                  ))}
                </tr>
              )}
            </tfoot>
          </table>
          <Paragraph data-size="xs" className="muted">
            Beløp i MNOK. Markerte celler avviker fra {cmp.columns[0]!.name}. D&F-nivået er den årlige økningen i drift og
            forvaltning alternativet har nådd det året; hver økning blir værende fra året etter investeringen.
          </Paragraph>
          <table className="data-table" aria-label="Per aktør">
            <caption>Per aktør ({scope.kind === 'period' ? periodLabel(cc) : scope.year}), MNOK</caption>
            <thead>
              <tr>
                <th scope="col">Aktør</th>
                {cmp.columns.map((col) => (
                  <th scope="col" key={col.alternativeId}>
                    {col.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {actorCmp.actors.map((a, k) => (
                <tr key={a.id}>
                  <th scope="row">{a.name}</th>
                  {actorCmp.amounts.map((row, j) => (
                    <td key={j} className={`num${j > 0 && actorCmp.deltas[j]![k] !== 0 ? ' cell--diff' : ''}`}>
                      {formatMNok(row[k]!)}{' '}
                      {j > 0 && actorCmp.deltas[j]![k] !== 0 && (
                        <span className="delta">
                          {actorCmp.deltas[j]![k]! > 0 ? '+' : '−'}
                          {formatMNok(Math.abs(actorCmp.deltas[j]![k]!))}
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <CompareCharts c={c} cmp={cmp} />
          <section aria-labelledby="cons-h" className="compare-consequences">
            <Heading level={2} data-size="xs" id="cons-h">
              Konsekvenser
            </Heading>
            <div className="compare-consequences__grid">
              {cmp.columns.map((col) => (
                <div key={col.alternativeId}>
                  <Heading level={3} data-size="2xs">
                    {col.name}
                    {col.recommended && ' (anbefalt)'}
                  </Heading>
                  {col.description && <Paragraph data-size="xs">{col.description}</Paragraph>}
                  {col.consequences.length > 0 ? (
                    <ul>
                      {col.consequences.map((x, k) => (
                        <li key={k}>{x}</li>
                      ))}
                    </ul>
                  ) : (
                    <Paragraph data-size="xs">Ingen konsekvenser registrert.</Paragraph>
                  )}
                </div>
              ))}
            </div>
          </section>
        </>
      )}
      <ReadingsCompare c={c} />
    </div>
  );
}
