import { isActive } from '../../../shared/portfolio/model.ts';
import type { Initiative } from '../../../shared/portfolio/model.ts';
import { formatCount } from '../../../shared/format/index.ts';
import { InitiativeLink } from '../../components/InitiativeLink.tsx';
import { Light } from '../../components/Light.tsx';

/** Lists of active tiltak with red risk and with red status, linking to each tiltak. */
export function RedLists(props: { initiatives: readonly Initiative[] }) {
  const active = props.initiatives.filter(isActive);
  const redRisk = active.filter((i) => i.risk === 'red');
  const redStatus = active.filter((i) => i.status === 'red');
  return (
    <div className="red-lists">
      <RedList title="Tiltak med rød risiko" items={redRisk} empty="Ingen aktive tiltak har rød risiko." />
      <RedList title="Tiltak med rød status" items={redStatus} empty="Ingen aktive tiltak har rød status." />
    </div>
  );
}

const LIMIT = 50;

function RedList(props: { title: string; items: Initiative[]; empty: string }) {
  const id = `red-${props.title.replace(/\W+/g, '-')}`;
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id} className="panel__title">
        {props.title} <span className="muted">({formatCount(props.items.length)})</span>
      </h2>
      {props.items.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <table className="data-table data-table--compact">
          <thead>
            <tr>
              <th scope="col">Nr</th>
              <th scope="col">Tiltak</th>
              <th scope="col">Aktør</th>
              <th scope="col">Status</th>
              <th scope="col">Risiko</th>
            </tr>
          </thead>
          <tbody>
            {props.items.slice(0, LIMIT).map((i) => (
              <tr key={i.nr}>
                <td className="num">{i.nr}</td>
                <td>
                  <InitiativeLink nr={i.nr}>{i.name}</InitiativeLink>
                </td>
                <td>{i.owner}</td>
                <td>
                  <Light value={i.status} />
                </td>
                <td>
                  <Light value={i.risk} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.items.length > LIMIT && <p className="muted">Viser {LIMIT} av {formatCount(props.items.length)}. Se alle i tiltakstabellen.</p>}
    </section>
  );
}
