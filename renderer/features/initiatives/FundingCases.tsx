import { useEffect, useState } from 'react';
import { formatMNok } from '../../../shared/format/index.ts';
import { useNavigation } from '../../store/navigation.ts';
import { useNotices } from '../../store/notifications.ts';
import { casesFunding, yearsText } from './funding.ts';
import type { FundingCase } from './funding.ts';
import { openBudgetCase } from '../budget/index.ts';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; funding: FundingCase[]; stored: number };

/**
 * The stored budget cases whose estimate lines fund this tiltak (a line names the tiltak number),
 * each a link that opens the case under Budsjett. Cases are read when the page opens (mount it with
 * `key={nr}` so another tiltak reads afresh).
 */
export function FundingCases(props: { nr: string }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const navigate = useNavigation((s) => s.navigate);
  const notify = useNotices((s) => s.notify);
  useEffect(() => {
    let live = true;
    // The case reader (and its validation) loads only here, not with the tiltak table.
    import('../../db/cases-repo.ts')
      .then((m) => m.readAllCases())
      .then(
        (cases) => live && setState({ status: 'ready', funding: casesFunding(cases, props.nr), stored: cases.length }),
        (e: unknown) => live && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
    };
  }, [props.nr]);

  const open = (id: string) => openBudgetCase(id, navigate).catch((e: unknown) => notify('danger', `Saken kunne ikke åpnes: ${e instanceof Error ? e.message : String(e)}`));

  if (state.status === 'loading') return <p role="status">Henter budsjettsaker …</p>;
  if (state.status === 'error') return <p role="alert">Budsjettsakene kunne ikke leses: {state.message}</p>;
  if (state.funding.length === 0)
    return (
      <p className="muted">
        {state.stored === 0
          ? 'Ingen budsjettsaker er lagret ennå. '
          : `Ingen av de lagrede budsjettsakene har estimatlinjer knyttet til tiltak ${props.nr}. `}
        En estimatlinje knyttes til et tiltak med feltet «Tiltak nr» under Budsjett → Estimater.
      </p>
    );
  return (
    <>
      <table className="data-table data-table--compact funding-cases">
        <thead>
          <tr>
            <th scope="col">Sak</th>
            <th scope="col">År</th>
            <th scope="col">Tjenesteområde (aktører)</th>
            <th scope="col" className="num">
              Estimat (MNOK)
            </th>
          </tr>
        </thead>
        <tbody>
          {state.funding.map((f) => (
            <tr key={f.id}>
              <td>
                <a
                  href="#budsjett"
                  onClick={(e) => {
                    e.preventDefault();
                    void open(f.id);
                  }}
                >
                  {f.title}
                </a>
                {f.caseNumber && <span className="muted"> · sak {f.caseNumber}</span>}
              </td>
              <td>{yearsText(f.years)}</td>
              <td>
                {f.areas.map((a) => `${a.name} (${a.actors.join(', ')})`).join('; ')}
                {f.sharedWith.length > 0 && <span className="muted"> · linjene gjelder også tiltak {f.sharedWith.join(', ')}</span>}
              </td>
              <td className="num">{formatMNok(f.estimateKNok)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted panel__hint">
        Estimat: aktørenes estimater for linjene som nevner tiltaket, summert over årene (utgangspunktet, før alternativene). En linje som
        også gjelder andre tiltak, telles her med hele beløpet. Velg en sak for å åpne den under Budsjett.
      </p>
    </>
  );
}
