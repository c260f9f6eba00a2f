import { Button, Checkbox, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useDraft } from './use-draft.ts';
import { actorPeriodTotals, actorTotals, opexLevelIn, periodLabel, yearSummaries } from '../../../shared/budget/compute.ts';
import { addAlternative, deleteAlternative, updateAlternative } from '../../../shared/budget/edits.ts';
import type { Alternative, AlternativeRole, BudgetCase } from '../../../shared/budget/model.ts';
import { ROLE_LABELS } from '../../../shared/budget/model.ts';
import { AllocationTableView, OpexLevels } from './ActorTables.tsx';
import { formatMNok } from '../../../shared/format/money.ts';
import { AlternativeLines } from './AlternativeLines.tsx';
import { BalanceDialog } from './BalanceDialog.tsx';
import { useBudgetStore } from './budget-store.ts';
import { BalanceText, formatDeltaMNok, ProvenanceTag, ROUNDING_NOTE } from './budget-ui.tsx';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ImpactPanel } from './ImpactPanel.tsx';
import { useCaseResults } from './use-case-results.ts';

/** "Alternativ N" with the first N not already used. */
function freeName(c: BudgetCase): string {
  const used = new Set(c.alternatives.map((a) => a.name.toLowerCase()));
  let n = c.alternatives.length + 1;
  while (used.has(`alternativ ${n}`)) n++;
  return `Alternativ ${n}`;
}

/** The difference to the estimates, when there is one. */
function ActorDelta(props: { kNok: number }) {
  if (props.kNok === 0) return null;
  return (
    <span className="delta">
      {' '}
      {formatDeltaMNok(props.kNok)}
      <span className="visually-hidden"> mot estimatene</span>
    </span>
  );
}

/** Alternatives: the baseline plus changes per line, with the yearly result at once. */
export function AlternativesEditor(props: { c: BudgetCase }) {
  const { c } = props;
  const edit = useBudgetStore((s) => s.edit);
  const selectedId = useBudgetStore((s) => s.selectedAltId);
  const select = useBudgetStore((s) => s.selectAlt);
  const { cc, results } = useCaseResults(c);
  const alt = c.alternatives.find((a) => a.id === selectedId) ?? c.alternatives[0] ?? null;
  const result = alt ? results.find((r) => r.alternativeId === alt.id) : undefined;

  const create = (fromId: string | null, name: string) => {
    let id = '';
    edit((x, now) => {
      const r = addAlternative(x, name, now, fromId);
      id = r.id;
      return r.case;
    });
    select(id);
  };

  return (
    <div className="alternatives">
      <nav className="alt-list" aria-label="Alternativer">
        <ul>
          {c.alternatives.map((a) => (
            <li key={a.id}>
              <button type="button" className="alt-list__item" aria-current={a.id === alt?.id || undefined} onClick={() => select(a.id)}>
                {a.name}
                {a.recommended && <span className="rec-mark"> · anbefalt</span>}
                {a.role === 'followed' && <span className="muted"> · {ROLE_LABELS.followed.toLowerCase()}</span>}
              </button>
            </li>
          ))}
        </ul>
        <Button variant="secondary" data-size="sm" onClick={() => create(null, freeName(c))}>
          Nytt alternativ
        </Button>
      </nav>
      {!alt || !result ? (
        <Paragraph>Ingen alternativer ennå. Et nytt alternativ starter som estimatene; endre linjene eller bruk «Balanser».</Paragraph>
      ) : (
        <div className="alt-main">
          <AltHeader c={c} alt={alt} onDuplicate={() => create(alt.id, `${alt.name} (kopi)`)} onDeleted={() => select(null)} />
          <table className="data-table year-summary" aria-label={`Resultat per år for ${alt.name}`}>
            <thead>
              <tr>
                <th scope="col">År</th>
                <th scope="col">Sum (MNOK)</th>
                <th scope="col">Tilgjengelig (MNOK)</th>
                <th scope="col">Balanse</th>
                <th scope="col">Innenfor rammen</th>
                {c.actors.map((a) => (
                  <th scope="col" key={a.id}>
                    {a.shortName || a.name} (MNOK)
                  </th>
                ))}
                <th scope="col">Økt D&F året etter (MNOK)</th>
                <th scope="col">D&F-nivå i året (MNOK)</th>
              </tr>
            </thead>
            <tbody>
              {yearSummaries(cc, result).map((y, yi) => (
                <tr key={y.year}>
                  <th scope="row">{y.year}</th>
                  <td className="num">{formatMNok(y.totalKNok)}</td>
                  <td className="num">{formatMNok(y.availableKNok)}</td>
                  <td>{cc.planned[yi] ? <BalanceText kNok={y.balanceKNok} /> : <span className="muted">ingen estimater for året</span>}</td>
                  <td>{cc.planned[yi] ? (y.fitsFrame ? 'Ja' : 'Nei') : '–'}</td>
                  {actorTotals(cc, result, yi).map((v, k) => (
                    <td className="num" key={k}>
                      {formatMNok(v)}
                      <ActorDelta kNok={v - actorTotals(cc, results[0]!, yi)[k]!} />
                    </td>
                  ))}
                  <td className="num">{formatMNok(y.followOnNextYearKNok)}</td>
                  <td className="num">{formatMNok(opexLevelIn(cc, result, y.year))}</td>
                </tr>
              ))}
            </tbody>
            {cc.years.length > 1 && (
              <tfoot>
                <tr className="row--total">
                  <th scope="row">{periodLabel(cc)}</th>
                  <td className="num">{formatMNok(result.period.totalKNok)}</td>
                  <td className="num">{formatMNok(result.period.availableKNok)}</td>
                  <td>
                    <BalanceText kNok={result.period.balanceKNok} />
                  </td>
                  <td>{result.fitsFrame ? 'Ja, alle planlagte år' : 'Nei'}</td>
                  {actorPeriodTotals(cc, result).map((v, k) => (
                    <td className="num" key={k}>
                      {formatMNok(v)}
                      <ActorDelta kNok={v - actorPeriodTotals(cc, results[0]!)[k]!} />
                    </td>
                  ))}
                  <td className="num">{formatMNok(result.period.followOnKNok)}</td>
                  <td />
                </tr>
              </tfoot>
            )}
          </table>
          <p className="muted table-note">{ROUNDING_NOTE}</p>
          <OpexLevels cc={cc} result={result} />
          <AllocationTableView c={c} cc={cc} result={result} />
          <AlternativeLines c={c} alt={alt} cc={cc} result={result} />
          <ImpactPanel c={c} cc={cc} result={result} />
        </div>
      )}
    </div>
  );
}

function AltHeader(props: { c: BudgetCase; alt: Alternative; onDuplicate: () => void; onDeleted: () => void }) {
  const { c, alt } = props;
  const edit = useBudgetStore((s) => s.edit);
  const patch = (p: Partial<Alternative>) => edit((x, now) => updateAlternative(x, alt.id, p, now));
  // saved as the analyst types: after a pause, on leaving the field, before the window closes
  const name = useDraft(alt.name, (t) => t.trim() && patch({ name: t.trim() }));
  const desc = useDraft(alt.description, (t) => patch({ description: t }));
  const cons = useDraft(alt.consequences.join('\n'), (t) => {
    const list = t.split('\n').map((s) => s.trim()).filter(Boolean);
    if (list.join('\n') !== alt.consequences.join('\n')) patch({ consequences: list });
  });
  return (
    <div className="alt-header">
      <div className="alt-header__row">
        <Textfield
          label="Navn på alternativet"
          value={name.text}
          onChange={(e) => name.change(e.target.value)}
          onBlur={name.commit}
        />
        <Checkbox label="Anbefalt" checked={alt.recommended} disabled={alt.role === 'followed'} onChange={(e) => patch({ recommended: e.target.checked })} />
        <Field>
          <Label>Rolle</Label>
          <Select width="auto" value={alt.role} onChange={(e) => patch({ role: e.target.value as AlternativeRole, ...(e.target.value === 'followed' ? { recommended: false } : {}) })}>
            <Select.Option value="proposal">{ROLE_LABELS.proposal}</Select.Option>
            <Select.Option value="followed">{ROLE_LABELS.followed} (vedtatt etter saken)</Select.Option>
          </Select>
        </Field>
        <ProvenanceTag source={alt.source} />
      </div>
      <div className="button-row">
        <BalanceDialog c={c} alt={alt} />
        <Button variant="tertiary" data-size="sm" onClick={props.onDuplicate}>
          Dupliser
        </Button>
        <ConfirmButton
          label="Slett alternativet"
          question={`Slette «${alt.name}»?`}
          confirmLabel="Slett alternativet"
          onConfirm={() => {
            edit((x, now) => deleteAlternative(x, alt.id, now));
            props.onDeleted();
          }}
        >
          Du kan angre med «Angre». Navngitte versjoner av saken beholder alternativet.
        </ConfirmButton>
      </div>
      <Textfield
        label="Beskrivelse"
        multiline
        rows={2}
        value={desc.text}
        onChange={(e) => desc.change(e.target.value)}
        onBlur={desc.commit}
      />
      <Textfield
        label="Konsekvenser (én per linje)"
        multiline
        rows={4}
        value={cons.text}
        onChange={(e) => cons.change(e.target.value)}
        onBlur={cons.commit}
      />
      <Heading level={2} data-size="2xs" className="visually-hidden">
        {alt.name}
      </Heading>
    </div>
  );
}
