import { Button, Checkbox, Dialog, Fieldset, Heading, Input, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useMemo, useRef, useState } from 'react';
import { balance } from '../../../shared/budget/balance.ts';
import type { BalanceMethod } from '../../../shared/budget/balance.ts';
import { computeAlternative } from '../../../shared/budget/compute.ts';
import { insertAlternative, replaceAlternative } from '../../../shared/budget/edits.ts';
import type { Alternative, BudgetCase } from '../../../shared/budget/model.ts';
import { lineLabel } from '../../../shared/budget/model.ts';
import { formatMNok, parseNorwegianNumber } from '../../../shared/format/money.ts';
import { useBudgetStore } from './budget-store.ts';
import { formatDeltaMNok, toggleId } from './budget-ui.tsx';
import { useCaseResults } from './use-case-results.ts';

type MethodKind = BalanceMethod['kind'];

/**
 * The balancing assistant: the analyst picks the lines that may be cut and how; the proposal is
 * shown in words and figures before it is saved as a new alternative or applied.
 */
export function BalanceDialog(props: { c: BudgetCase; alt: Alternative }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="primary"
        data-size="sm"
        onClick={() => {
          setOpen(true);
          ref.current?.showModal();
        }}
      >
        Balanser
      </Button>
      <Dialog ref={ref} closedby="any" aria-labelledby="balance-h" className="balance-dialog" onClose={() => setOpen(false)}>
        {open && <BalanceForm c={props.c} alt={props.alt} close={() => ref.current?.close()} />}
      </Dialog>
    </>
  );
}

function BalanceForm(props: { c: BudgetCase; alt: Alternative; close: () => void }) {
  const { c, alt } = props;
  const edit = useBudgetStore((s) => s.edit);
  const select = useBudgetStore((s) => s.selectAlt);
  const { cc } = useCaseResults(c);
  const start = useMemo(() => computeAlternative(cc, alt), [cc, alt]);
  const shortYears = cc.years.filter((_, y) => start.balance[y]! < 0);
  const [years, setYears] = useState<number[]>(shortYears);
  const [selected, setSelected] = useState<string[]>([]);
  const [method, setMethod] = useState<MethodKind>('proportional');
  // weights and priorities as typed; text that is not a number is marked and left out, never read as 0
  const [weightText, setWeightText] = useState<Record<string, string>>({});
  const weights = useMemo(() => {
    const read: Record<string, number> = {};
    for (const [id, t] of Object.entries(weightText)) {
      const n = parseNorwegianNumber(t);
      if (n !== null && n >= 0) read[id] = n;
    }
    return read;
  }, [weightText]);
  const [name, setName] = useState(`${alt.name} (balansert)`);
  const adj = new Map(alt.adjustments.map((a) => [a.lineId, a]));
  const candidates = c.lines.filter((l) => years.includes(l.year));

  const m: BalanceMethod =
    method === 'proportional'
      ? { kind: 'proportional' }
      : method === 'weights'
        ? { kind: 'weights', weights }
        : { kind: 'priority', order: [...selected].sort((a, b) => (weights[a] ?? 99) - (weights[b] ?? 99)) };
  const proposal = useMemo(
    () => (years.length && selected.length ? balance(c, cc, { alternative: alt, lineIds: selected, method: m, years, name }) : null),
    // m is derived from method/weights/selected, which are listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [c, cc, alt, selected, method, weights, years, name],
  );
  const cutOf = new Map((proposal?.cuts ?? []).map((x) => [x.lineId, x.cutKNok]));

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <Heading level={2} data-size="xs" id="balance-h">
        Balanser «{alt.name}»
      </Heading>
      {shortYears.length === 0 ? (
        <Paragraph data-size="sm">Alternativet er innenfor rammen i alle år. Du kan likevel velge år og linjer å kutte i.</Paragraph>
      ) : (
        <Paragraph data-size="sm">
          Mangler:{' '}
          {shortYears.map((y) => `${y}: ${formatMNok(-start.balance[cc.years.indexOf(y)]!)} MNOK`).join(', ')}. Velg linjene som kan
          kuttes; låste linjer og minstebeløp (satt i alternativet) respekteres.
        </Paragraph>
      )}
      <Fieldset data-size="sm" className="balance-years">
        <Fieldset.Legend>År</Fieldset.Legend>
        {cc.years.map((y) => (
          <Checkbox key={y} label={String(y)} checked={years.includes(y)} onChange={() => setYears((v) => toggleId(v.map(String), String(y)).map(Number))} />
        ))}
      </Fieldset>
      <Fieldset data-size="sm" className="balance-method">
        <Fieldset.Legend>Fordeling av kuttet</Fieldset.Legend>
        {(
          [
            ['proportional', 'Forholdsmessig (etter beløp)'],
            ['weights', 'Etter vekter'],
            ['priority', 'Etter prioritet (1 kuttes først)'],
          ] as const
        ).map(([k, label]) => (
          <Radio key={k} label={label} name="balance-method" checked={method === k} onChange={() => setMethod(k)} />
        ))}
      </Fieldset>
      <table className="data-table" aria-label="Linjer som kan kuttes">
        <thead>
          <tr>
            <th scope="col">Kan kuttes</th>
            <th scope="col">Linje</th>
            <th scope="col">Beløp nå (MNOK)</th>
            <th scope="col">Begrensning</th>
            <th scope="col">Forslag (MNOK)</th>
            {method !== 'proportional' && <th scope="col">{method === 'weights' ? 'Vekt' : 'Prioritet'}</th>}
          </tr>
        </thead>
        <tbody>
          {candidates.map((l) => {
            const i = cc.lineIndex.get(l.id)!;
            const a = adj.get(l.id);
            const label = lineLabel(c, l);
            return (
              <tr key={l.id}>
                <td>
                  <Checkbox
                    data-size="sm"
                    aria-label={`Kan kuttes: ${label}`}
                    disabled={a?.locked}
                    checked={selected.includes(l.id)}
                    onChange={() => setSelected((s) => toggleId(s, l.id))}
                  />
                </td>
                <td>{label}</td>
                <td className="num">{formatMNok(start.amounts[i]!)}</td>
                <td>{a?.locked ? 'Låst' : a?.minKNok ? `Minst ${formatMNok(a.minKNok)} MNOK` : ''}</td>
                <td className="num">{cutOf.has(l.id) ? `${formatMNok(start.amounts[i]! - cutOf.get(l.id)!)} (${formatDeltaMNok(-cutOf.get(l.id)!)})` : ''}</td>
                {method !== 'proportional' && (
                  <td>
                    <WeightInput
                      label={`${method === 'weights' ? 'Vekt' : 'Prioritet'} ${label}`}
                      text={weightText[l.id] ?? ''}
                      onChange={(t) => setWeightText((w) => ({ ...w, [l.id]: t }))}
                    />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <section aria-live="polite" className="balance-proposal">
        <Heading level={3} data-size="2xs">
          Forslag
        </Heading>
        {proposal ? (
          <Paragraph data-size="sm" data-testid="balance-explanation">
            {proposal.explanation}
          </Paragraph>
        ) : (
          <Paragraph data-size="sm">Velg minst ett år og én linje.</Paragraph>
        )}
      </section>
      <Textfield label="Navn på nytt alternativ" value={name} onChange={(e) => setName(e.target.value)} />
      <div className="button-row">
        <Button
          disabled={!proposal || proposal.cuts.length === 0}
          onClick={() => {
            if (!proposal) return;
            let id = '';
            edit((x, now) => {
              const r = insertAlternative(
                x,
                { ...proposal.alternative, name: name.trim() || proposal.alternative.name, description: alt.description || proposal.explanation },
                now,
              );
              id = r.id;
              return r.case;
            });
            select(id);
            props.close();
          }}
        >
          Lagre som nytt alternativ
        </Button>
        <Button
          variant="secondary"
          disabled={!proposal || proposal.cuts.length === 0}
          onClick={() => {
            if (!proposal) return;
            edit((x, now) =>
              replaceAlternative(x, { ...proposal.alternative, id: alt.id, name: alt.name, recommended: alt.recommended, description: alt.description }, now),
            );
            props.close();
          }}
        >
          Bruk på dette alternativet
        </Button>
        <Button variant="tertiary" onClick={props.close}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}

/** A weight or priority for one line; text that is not a number (0 or more) is marked beside the field. */
function WeightInput(props: { label: string; text: string; onChange: (text: string) => void }) {
  const messageId = useId();
  const n = parseNorwegianNumber(props.text);
  const invalid = props.text.trim() !== '' && (n === null || n < 0);
  return (
    <div className="field-with-message">
      <Input
        data-size="sm"
        className="money-input"
        inputMode="decimal"
        aria-label={props.label}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? messageId : undefined}
        value={props.text}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {invalid && (
        <ValidationMessage id={messageId} data-size="sm" className="field-message">
          Ikke et tall: skriv 0 eller mer, f.eks. 2. Forslaget regner ikke med det før det er rettet.
        </ValidationMessage>
      )}
    </div>
  );
}
