import { Field, Heading, Label, Select } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { ActorScope } from '../../../shared/budget/allocation.ts';
import { allocationTable } from '../../../shared/budget/allocation.ts';
import type { AlternativeResult, CompiledCase } from '../../../shared/budget/compute.ts';
import { periodLabel } from '../../../shared/budget/compute.ts';
import type { BudgetCase } from '../../../shared/budget/model.ts';
import { formatMNok } from '../../../shared/format/money.ts';

/** A year or "Hele perioden" (planned years only, said in the option). */
export function ScopeSelect(props: { cc: CompiledCase; value: string; onChange: (v: string) => void; label: string }) {
  const { cc } = props;
  return (
    <Field data-size="sm" className="scope-field">
      <Label>{props.label}</Label>
      <Select width="auto" value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {cc.years.map((y, i) => (
          <Select.Option key={y} value={y}>
            {y}
            {cc.planned[i] ? '' : ' (ingen estimater)'}
          </Select.Option>
        ))}
        <Select.Option value="period">{periodLabel(cc)}</Select.Option>
      </Select>
    </Field>
  );
}

export function scopeOf(v: string): ActorScope {
  return v === 'period' ? { kind: 'period' } : { kind: 'year', year: Number(v) };
}

/** The allocation of one alternative shaped like the mandates' table 2: rows tjenesteområde, columns actors and sum. */
export function AllocationTableView(props: { c: BudgetCase; cc: CompiledCase; result: AlternativeResult }) {
  const { c, cc, result } = props;
  const firstPlanned = cc.years.find((_, i) => cc.planned[i]) ?? cc.years[0];
  const [scope, setScope] = useState(String(firstPlanned ?? 'period'));
  const t = allocationTable(c, cc, result, scopeOf(scope));
  const caption = `Fordeling mellom aktørene for ${result.name}`;
  return (
    <section aria-label={caption} className="allocation">
      <Heading level={3} data-size="2xs">
        Fordeling per tjenesteområde og aktør
      </Heading>
      <ScopeSelect cc={cc} value={scope} onChange={setScope} label="Gjelder" />
      {t.rows.length === 0 ? (
        <p className="muted">Ingen estimater i valgt periode.</p>
      ) : (
        <table className="data-table" aria-label={caption}>
          <thead>
            <tr>
              <th scope="col">Tjenesteområde</th>
              {t.actors.map((a) => (
                <th scope="col" key={a.id}>
                  {a.shortName}
                </th>
              ))}
              <th scope="col">Sum</th>
            </tr>
          </thead>
          <tbody>
            {t.rows.map((r) => (
              <tr key={r.areaId}>
                <th scope="row">{r.areaName}</th>
                {r.cells.map((v, k) => (
                  <td key={k} className="num">
                    {formatMNok(v)}
                  </td>
                ))}
                <td className="num">{formatMNok(r.sumKNok)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="row--total">
              <th scope="row">Sum</th>
              {t.totals.map((v, k) => (
                <td key={k} className="num">
                  {formatMNok(v)}
                </td>
              ))}
              <td className="num">{formatMNok(t.totalKNok)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}

/** The yearly D&F level an alternative reaches (each increase stays from its start year), and the total. */
export function OpexLevels(props: { cc: CompiledCase; result: AlternativeResult }) {
  const { cc, result } = props;
  const total = result.opexLevel.reduce((s, v) => s + v, 0);
  if (cc.levelYears.length === 0) return null;
  const first = cc.levelYears[0]!;
  const last = cc.levelYears[cc.levelYears.length - 1]!;
  return (
    <table className="data-table" aria-label={`D&F-nivå per år for ${result.name}`}>
      <caption>Drift og forvaltning (D&F) som blir værende: nivå per år (MNOK)</caption>
      <thead>
        <tr>
          {cc.levelYears.map((y) => (
            <th scope="col" key={y}>
              {y}
            </th>
          ))}
          <th scope="col">
            Sum {first}–{last}
          </th>
        </tr>
      </thead>
      <tbody>
        <tr>
          {Array.from(result.opexLevel, (v, k) => (
            <td key={k} className="num">
              {formatMNok(v)}
            </td>
          ))}
          <td className="num">{formatMNok(total)}</td>
        </tr>
      </tbody>
    </table>
  );
}
