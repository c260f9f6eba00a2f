import './readings.css';
import { Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { compareReadings } from '../../../shared/budget/readings.ts';
import type { ReadingRow } from '../../../shared/budget/readings.ts';
import type { BudgetCase } from '../../../shared/budget/model.ts';
import { formatMNok } from '../../../shared/format/money.ts';
import { BalanceText, ProvenanceTag } from './budget-ui.tsx';

const NOW = 'Saken nå';

function Amount(props: { kNok: number | null }) {
  return props.kNok === null ? <span className="muted">–</span> : <>{formatMNok(props.kNok)}</>;
}

function Side(props: { row: ReadingRow; side: 0 | 1 }) {
  const { row, side } = props;
  const source = row.sources?.[side];
  const balance = row.balances?.[side];
  return (
    <td className="num">
      {row.kind === 'gap' && row.values[side] !== null ? <BalanceText kNok={row.values[side]} /> : <Amount kNok={row.values[side]} />}
      {balance !== undefined && balance !== null && (
        <>
          {' '}
          <BalanceText kNok={balance} />
        </>
      )}
      {source && <ProvenanceTag source={source} />}
      {row.words?.[side] && (
        <>
          {' '}
          <span className="muted reading-words">{row.words[side]}</span>
        </>
      )}
    </td>
  );
}

/**
 * The case beside one of its named versions, e.g. the example's literal reading of the set-asides
 * beside the modelled one that gives the document's "ca. 17": what is available, the gap and each
 * alternative, year by year. Nothing is changed; restoring a version is done under Versjoner.
 */
export function ReadingsCompare(props: { c: BudgetCase }) {
  const { c } = props;
  const [versionId, setVersionId] = useState(c.versions[c.versions.length - 1]?.id ?? '');
  const version = c.versions.find((v) => v.id === versionId) ?? null;
  const cmp = useMemo(() => (version ? compareReadings({ name: NOW, content: c }, { name: version.name, content: version.snapshot }) : null), [c, version]);
  if (c.versions.length === 0) return null;
  return (
    <section aria-labelledby="readings-h" className="readings">
      <Heading level={2} data-size="xs" id="readings-h">
        Saken side om side med en navngitt versjon
      </Heading>
      <Paragraph data-size="sm">
        Til fordeling, gapet og hvert alternativ, år for år, i saken slik den er nå og i versjonen du velger. Eksempelsaken har to lesninger av
        avsetningene: den bokstavelige (saken nå) og den modellerte som gjenskaper dokumentets «ca. 17 millioner».
      </Paragraph>
      <Field>
        <Label>Versjon</Label>
        <Select value={versionId} onChange={(e) => setVersionId(e.target.value)}>
          {c.versions.map((v) => (
            <Select.Option key={v.id} value={v.id}>
              {v.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {cmp && (
        <div className="table-scroll">
          <table className="data-table readings-table" aria-labelledby="readings-h">
            <thead>
              <tr>
                <th scope="col">MNOK</th>
                <th scope="col">{cmp.names[0]}</th>
                <th scope="col">{cmp.names[1]}</th>
                <th scope="col">Forskjell</th>
              </tr>
            </thead>
            {cmp.years.map((year) => (
              <tbody key={year}>
                <tr className="row--subtotal">
                  <th scope="rowgroup" colSpan={4}>
                    {year}
                  </th>
                </tr>
                {cmp.rows
                  .filter((r) => r.year === year)
                  .map((r) => (
                    <tr key={`${r.kind}|${r.alternativeId ?? ''}`}>
                      <th scope="row">{r.label}</th>
                      <Side row={r} side={0} />
                      <Side row={r} side={1} />
                      <td className={`num${r.deltaKNok ? ' cell--diff' : ''}`}>
                        {r.deltaKNok === null ? <span className="muted">–</span> : r.deltaKNok === 0 ? '0' : `${r.deltaKNok > 0 ? '+' : '−'}${formatMNok(Math.abs(r.deltaKNok))}`}
                      </td>
                    </tr>
                  ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
      <Paragraph data-size="xs" className="muted">
        «–»: året eller alternativet finnes ikke i den lesningen. For alternativene står summen først, så balansen mot det som er til fordeling.
      </Paragraph>
    </section>
  );
}
