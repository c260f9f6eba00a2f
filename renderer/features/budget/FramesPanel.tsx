import { Button, Checkbox, Fieldset, Heading, Input, Paragraph, Select } from '@digdir/designsystemet-react';
import { updateFrame } from '../../../shared/budget/edits.ts';
import type { BudgetCase, SetAside, SetAsideBase } from '../../../shared/budget/model.ts';
import { SET_ASIDE_BASE_LABELS } from '../../../shared/budget/model.ts';
import { availabilityFormula } from '../../../shared/budget/set-asides.ts';
import { addSetAside, addYearAt, removeSetAside, removeYearAt, updateSetAside, yearRemoval } from '../../../shared/budget/year-edits.ts';
import { formatMNok } from '../../../shared/format/money.ts';
import { useBudgetStore } from './budget-store.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { BalanceText, MoneyInput, PercentInput, ProvenanceTag, ROUNDING_NOTE, toggleId } from './budget-ui.tsx';
import { CapPanel } from './CapPanel.tsx';
import { useCaseResults } from './use-case-results.ts';
import { useDraft } from './use-draft.ts';

const BASES: SetAsideBase['kind'][] = ['frameLessEarmarks', 'frame', 'estimates', 'estimatesOf'];

/** One set-aside: name, kind, fixed amount or percent of a base, and where it comes from. */
function SetAsideRow(props: { c: BudgetCase; year: number; s: SetAside; kNok: number }) {
  const { c, year, s } = props;
  const edit = useBudgetStore((st) => st.edit);
  const patch = (p: Partial<Omit<SetAside, 'id'>>) => edit((x, now) => updateSetAside(x, year, s.id, p, now));
  const label = `${s.name} ${year}`;
  const amount = s.amount;
  const base = amount.kind === 'percent' ? amount.base : null;
  // saved as the analyst types, like the other text fields; a set-aside always keeps a name
  const name = useDraft(s.name, (t) => t.trim() && patch({ name: t.trim(), source: s.source }));
  return (
    <li className="set-aside">
      <Input
        data-size="sm"
        className="set-aside__name"
        aria-label={`Navn på avsetning ${label}`}
        value={name.text}
        onChange={(e) => name.change(e.target.value)}
        onBlur={name.commit}
        onKeyDown={(e) => e.key === 'Enter' && name.commit()}
      />
      <Select data-size="sm" width="auto" aria-label={`Type ${label}`} value={s.kind} onChange={(e) => patch({ kind: e.target.value as SetAside['kind'], source: s.source })}>
        <Select.Option value="earmark">Øremerket (holdes utenfor)</Select.Option>
        <Select.Option value="reserve">Avsetning (holdes tilbake)</Select.Option>
      </Select>
      <Select
        data-size="sm"
        width="auto"
        aria-label={`Beløpstype ${label}`}
        value={amount.kind}
        onChange={(e) =>
          patch({
            amount:
              e.target.value === 'fixed'
                ? { kind: 'fixed', kNok: props.kNok }
                : { kind: 'percent', percent: 0, base: { kind: s.kind === 'earmark' ? 'frame' : 'frameLessEarmarks' } },
          })
        }
      >
        <Select.Option value="fixed">Fast beløp</Select.Option>
        <Select.Option value="percent">Prosent av</Select.Option>
      </Select>
      {amount.kind === 'fixed' ? (
        <MoneyInput label={`Beløp ${label}`} kNok={amount.kNok} onCommit={(k) => patch({ amount: { kind: 'fixed', kNok: k ?? 0 } })} />
      ) : (
        <>
          <PercentInput label={`Prosent ${label}`} value={amount.percent} onCommit={(p) => patch({ amount: { ...amount, percent: p } })} />
          <Select
            data-size="sm"
            width="auto"
            aria-label={`Grunnlag ${label}`}
            value={amount.base.kind}
            onChange={(e) => {
              const k = e.target.value as SetAsideBase['kind'];
              patch({ amount: { ...amount, base: k === 'estimatesOf' ? { kind: k, actorIds: [], areaIds: [] } : { kind: k } } });
            }}
          >
            {BASES.filter((b) => !(s.kind === 'earmark' && b === 'frameLessEarmarks')).map((b) => (
              <Select.Option key={b} value={b}>
                {SET_ASIDE_BASE_LABELS[b]}
              </Select.Option>
            ))}
          </Select>
        </>
      )}
      {base?.kind === 'estimatesOf' && amount.kind === 'percent' && (
        <Fieldset data-size="sm" className="base-choice">
          <Fieldset.Legend>Estimatene til</Fieldset.Legend>
          {(['actorIds', 'areaIds'] as const).flatMap((key) =>
            (key === 'actorIds' ? c.actors : c.areas).map((a) => (
              <Checkbox
                key={`${key}-${a.id}`}
                label={a.shortName || a.name}
                checked={base[key].includes(a.id)}
                onChange={() => patch({ amount: { ...amount, base: { ...base, [key]: toggleId(base[key], a.id) } } })}
              />
            )),
          )}
        </Fieldset>
      )}
      <span className="num">= {formatMNok(props.kNok)} MNOK</span>
      <ProvenanceTag source={s.source} />
      <Button variant="tertiary" data-size="sm" data-color="danger" onClick={() => edit((x, now) => removeSetAside(x, year, s.id, now))}>
        Fjern <span className="visually-hidden">{label}</span>
      </Button>
    </li>
  );
}

/** Asks before removing the first or last year (its lines go with it). */
function RemoveYearButton(props: { c: BudgetCase; end: 'start' | 'end' }) {
  const edit = useBudgetStore((s) => s.edit);
  const r = yearRemoval(props.c, props.end);
  if (!r) return null;
  return (
    <ConfirmButton
      label={`Fjern ${r.year}`}
      question={`Fjerne ${r.year} fra saken?`}
      confirmLabel={`Fjern ${r.year}`}
      onConfirm={() => edit((x, now) => removeYearAt(x, props.end, now))}
    >
      {r.lines > 0 ? `${r.lines} estimatlinjer for ${r.year} og alternativenes endringer av dem fjernes også.` : `Rammen for ${r.year} fjernes.`}
    </ConfirmButton>
  );
}

/** Frames per year with their set-asides, the years of the case, and the styringsramme. */
export function FramesPanel(props: { c: BudgetCase }) {
  const { c } = props;
  const edit = useBudgetStore((s) => s.edit);
  const { cc, results } = useCaseResults(c);
  const baseline = results[0]!;
  return (
    <section aria-labelledby="frames-h">
      <Heading level={2} data-size="xs" id="frames-h">
        Ramme per år
      </Heading>
      <Paragraph data-size="sm">
        Til fordeling = ramme − øremerket − avsetninger. En avsetning i prosent regnes av grunnlaget du velger (standard: rammen minus
        øremerket) og rundes til hele tusen kroner. {ROUNDING_NOTE}
      </Paragraph>
      <div className="button-row">
        <Button variant="tertiary" data-size="sm" onClick={() => edit((x, now) => addYearAt(x, 'start', now))}>
          Legg til {cc.years.length ? cc.years[0]! - 1 : ''} først
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={() => edit((x, now) => addYearAt(x, 'end', now))}>
          Legg til {cc.years.length ? cc.years[cc.years.length - 1]! + 1 : ''} sist
        </Button>
        <RemoveYearButton c={c} end="start" />
        <RemoveYearButton c={c} end="end" />
      </div>
      <table className="data-table" aria-label="Ramme per år">
        <thead>
          <tr>
            <th scope="col">År</th>
            <th scope="col">Ramme (MNOK)</th>
            <th scope="col">Øremerket (MNOK)</th>
            <th scope="col">Avsetninger (MNOK)</th>
            <th scope="col">Tilgjengelig (MNOK)</th>
            <th scope="col">Slik er det regnet</th>
            <th scope="col">Kilde</th>
          </tr>
        </thead>
        <tbody>
          {cc.years.map((year, y) => {
            const f = c.frames.find((x) => x.year === year);
            if (!f) return null;
            return (
              <tr key={year}>
                <th scope="row">{year}</th>
                <td>
                  <MoneyInput label={`Ramme ${year}`} kNok={f.frameKNok} onCommit={(k) => edit((x, now) => updateFrame(x, year, { frameKNok: k ?? 0 }, now))} />
                </td>
                <td className="num">{formatMNok(cc.earmarked[y]!)}</td>
                <td className="num">{formatMNok(cc.reserve[y]!)}</td>
                <td className="num">{formatMNok(cc.available[y]!)}</td>
                <td>{availabilityFormula(cc.availability[y]!)}</td>
                <td>
                  <ProvenanceTag source={f.source} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ul className="gap-summary" aria-label="Estimatene mot rammen">
        {cc.years.map((year, y) =>
          cc.planned[y] ? (
            <li key={year}>
              {year}: estimatene er {formatMNok(baseline.total[y]!)} MNOK mot {formatMNok(cc.available[y]!)} MNOK tilgjengelig —{' '}
              <BalanceText kNok={baseline.balance[y]!} />.
            </li>
          ) : null,
        )}
      </ul>

      <Heading level={3} data-size="2xs">
        Øremerket og avsetninger
      </Heading>
      {cc.years.map((year, y) => {
        const f = c.frames.find((x) => x.year === year);
        if (!f) return null;
        return (
          <div key={year} className="set-asides" role="group" aria-label={`Øremerket og avsetninger ${year}`}>
            <strong>{year}</strong>
            {f.setAsides.length > 0 && (
              <ul>
                {f.setAsides.map((s, j) => (
                  <SetAsideRow key={s.id} c={c} year={year} s={s} kNok={cc.availability[y]!.items[j]?.kNok ?? 0} />
                ))}
              </ul>
            )}
            <div className="button-row">
              <Button variant="tertiary" data-size="sm" onClick={() => edit((x, now) => addSetAside(x, year, 'earmark', now).case)}>
                Legg til øremerket {year}
              </Button>
              <Button variant="tertiary" data-size="sm" onClick={() => edit((x, now) => addSetAside(x, year, 'reserve', now).case)}>
                Legg til avsetning {year}
              </Button>
            </div>
          </div>
        );
      })}
      <CapPanel c={c} />
    </section>
  );
}
