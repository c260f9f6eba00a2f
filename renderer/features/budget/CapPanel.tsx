import { Button, Checkbox, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import type { BudgetCase, SpendingCap } from '../../../shared/budget/model.ts';
import { spanCheck } from '../../../shared/budget/span.ts';
import { setCap } from '../../../shared/budget/year-edits.ts';
import { formatMNok } from '../../../shared/format/money.ts';
import { useBudgetStore } from './budget-store.ts';
import { MoneyInput, ProvenanceTag } from './budget-ui.tsx';
import { useCaseResults } from './use-case-results.ts';

function YearSelect(props: { label: string; value: number; years: number[]; onChange: (y: number) => void }) {
  const options = [...new Set([...props.years, props.value])].sort((a, b) => a - b);
  return (
    <Field data-size="sm">
      <Label>{props.label}</Label>
      <Select width="auto" value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {options.map((y) => (
          <Select.Option key={y} value={y}>
            {y}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

/**
 * The styringsramme: a cap over a span of years, shown against the frames of the span and each
 * alternative's planned spend and lasting D&F, with a warning when either is over.
 */
export function CapPanel(props: { c: BudgetCase }) {
  const { c } = props;
  const edit = useBudgetStore((s) => s.edit);
  const { cc, results } = useCaseResults(c);
  const cap = c.cap;
  const patch = (p: Partial<SpendingCap>) =>
    edit((x, now) => (x.cap ? setCap(x, { ...x.cap, ...p, source: p.source ?? (p.kNok !== undefined ? { kind: 'bruker', note: 'Endret i appen' } : x.cap.source) }, now) : x));
  const check = spanCheck(c, cc, results);
  const m = (k: number) => formatMNok(k, 1);
  const yearsAround = Array.from({ length: 12 }, (_, i) => (cc.years[0] ?? 2024) - 2 + i);
  return (
    <section aria-labelledby="cap-h" className="cap-panel">
      <Heading level={3} data-size="2xs" id="cap-h">
        Styringsramme
      </Heading>
      {!cap ? (
        <>
          <Paragraph data-size="sm">Ingen styringsramme. En styringsramme er et tak over flere år, f.eks. 1 250 MNOK for 2024–2029.</Paragraph>
          <Button
            variant="tertiary"
            data-size="sm"
            onClick={() =>
              edit((x, now) =>
                setCap(x, { fromYear: cc.years[0]!, toYear: cc.years[cc.years.length - 1]!, kNok: 0, includeOpex: true, source: { kind: 'bruker' } }, now),
              )
            }
          >
            Legg til styringsramme
          </Button>
        </>
      ) : (
        <>
          <div className="button-row">
            <MoneyInput label="Styringsramme (MNOK)" kNok={cap.kNok} onCommit={(k) => patch({ kNok: k ?? 0 })} />
            <YearSelect label="Fra" value={cap.fromYear} years={yearsAround} onChange={(y) => patch({ fromYear: y, toYear: Math.max(y, cap.toYear) })} />
            <YearSelect label="til" value={cap.toYear} years={yearsAround.filter((y) => y >= cap.fromYear)} onChange={(y) => patch({ toYear: y })} />
            <Checkbox data-size="sm" label="Ta med varig D&F (standard)" checked={cap.includeOpex} onChange={(e) => patch({ includeOpex: e.target.checked })} />
            <ProvenanceTag source={cap.source} />
            <Button variant="tertiary" data-size="sm" data-color="danger" onClick={() => edit((x, now) => setCap(x, null, now))}>
              Fjern styringsramme
            </Button>
          </div>
          <table className="data-table" aria-label={`Styringsramme ${check.fromYear}–${check.toYear}`}>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">Hva</span>
                </th>
                <th scope="col">Planlagt (MNOK)</th>
                <th scope="col">Varig D&F (MNOK)</th>
                <th scope="col">Regnet mot rammen (MNOK)</th>
                <th scope="col">Mot styringsrammen {m(cap.kNok)} MNOK</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Rammene {check.fromYear}–{check.toYear}</th>
                <td className="num">{m(check.framesKNok)}</td>
                <td></td>
                <td className="num">{m(check.framesKNok)}</td>
                <td className={check.framesWithinCap ? 'balance balance--ok' : 'balance balance--short'}>
                  {check.framesWithinCap ? 'innenfor' : `over med ${m(check.framesKNok - cap.kNok)} MNOK`}
                </td>
              </tr>
              {check.alternatives.map((a) => (
                <tr key={a.alternativeId}>
                  <th scope="row">{a.name}</th>
                  <td className="num">{m(a.plannedKNok)}</td>
                  <td className="num">{m(a.opexKNok)}</td>
                  <td className="num">{m(a.countedKNok)}</td>
                  <td className={a.withinCap ? 'balance balance--ok' : 'balance balance--short'}>
                    {a.withinCap ? `innenfor, ${m(cap.kNok - a.countedKNok)} MNOK igjen` : `over med ${m(a.countedKNok - cap.kNok)} MNOK`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {check.warnings.length > 0 && (
            <ul className="cap-warnings" aria-label="Advarsler om styringsrammen">
              {check.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
