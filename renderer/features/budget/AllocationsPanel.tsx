import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { BudgetCase } from '../../../shared/budget/model.ts';
import { formatMNok } from '../../../shared/format/money.ts';
import { ProvenanceTag } from './budget-ui.tsx';
import { useCaseResults } from './use-case-results.ts';

/**
 * What was allocated after the case (Tildelt), per year and actor, beside what each alternative
 * would have given the actor that year.
 */
export function AllocationsPanel(props: { c: BudgetCase }) {
  const { c } = props;
  const { cc, results } = useCaseResults(c);
  if (c.allocations.length === 0) return null;
  const years = [...new Set(c.allocations.map((a) => a.year))].sort((a, b) => a - b);
  const N = cc.actorIds.length;
  return (
    <section aria-labelledby="alloc-h">
      <Heading level={2} data-size="xs" id="alloc-h">
        Det som fulgte: tildelt per aktør
      </Heading>
      <Paragraph data-size="sm">Tildelingene etter saken, ved siden av det alternativene ville gitt aktøren samme år.</Paragraph>
      {years.map((year) => {
        const y = cc.years.indexOf(year);
        return (
          <table key={year} className="data-table" aria-label={`Tildelt ${year}`}>
            <caption>{year}</caption>
            <thead>
              <tr>
                <th scope="col">Aktør</th>
                <th scope="col">Tildelt (MNOK)</th>
                {results.map((r) => (
                  <th scope="col" key={r.alternativeId}>
                    {r.name}
                  </th>
                ))}
                <th scope="col">Kilde</th>
              </tr>
            </thead>
            <tbody>
              {c.allocations
                .filter((a) => a.year === year)
                .map((a, i) => {
                  const k = a.actorId === null ? -1 : cc.actorIds.indexOf(a.actorId);
                  const actor = c.actors.find((x) => x.id === a.actorId);
                  return (
                    <tr key={i}>
                      <th scope="row">{actor ? `${actor.name}: ${a.label}` : a.label}</th>
                      <td className="num">{a.kNok === null ? 'ikke oppgitt' : formatMNok(a.kNok)}</td>
                      {results.map((r) => (
                        <td className="num" key={r.alternativeId}>
                          {k >= 0 && y >= 0 && cc.planned[y] ? formatMNok(r.byActor[y * N + k]!) : '–'}
                        </td>
                      ))}
                      <td>
                        <ProvenanceTag source={a.source} />
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        );
      })}
    </section>
  );
}
