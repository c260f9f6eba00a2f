import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { addYear, updateFrame } from '../../../shared/budget/edits.ts';
import type { BudgetCase, CaseMeta } from '../../../shared/budget/model.ts';
import { formatMNok } from '../../../shared/format/money.ts';
import { useBudgetStore } from './budget-store.ts';
import { BalanceText, MoneyInput, PercentInput, ProvenanceTag } from './budget-ui.tsx';
import { useCaseResults } from './use-case-results.ts';

const META: { key: keyof CaseMeta; label: string; long?: boolean }[] = [
  { key: 'caseNumber', label: 'Saksnummer' },
  { key: 'meeting', label: 'Møte' },
  { key: 'date', label: 'Dato' },
  { key: 'caseType', label: 'Sakstype' },
  { key: 'from', label: 'Fra' },
  { key: 'to', label: 'Til' },
  { key: 'caseOfficer', label: 'Saksbehandler' },
  { key: 'proposedDecision', label: 'Forslag til vedtak', long: true },
  { key: 'purpose', label: 'Hensikt', long: true },
  { key: 'background', label: 'Bakgrunn', long: true },
  { key: 'recommendation', label: 'Anbefaling', long: true },
];

/** A text field that saves when the user leaves it (one undo step per field edit, not per key). */
function CommitField(props: { label: string; value: string; long?: boolean; onCommit: (v: string) => void }) {
  const [text, setText] = useState<string | null>(null);
  const commit = () => {
    if (text !== null && text !== props.value) props.onCommit(text);
    setText(null);
  };
  const common = { label: props.label, value: text ?? props.value, onBlur: commit };
  return props.long ? (
    <Textfield {...common} multiline rows={3} onChange={(e) => setText(e.target.value)} />
  ) : (
    <Textfield {...common} onChange={(e) => setText(e.target.value)} />
  );
}

/** The case's fields, frames per year and notes. */
export function CaseDetails(props: { c: BudgetCase }) {
  const { c } = props;
  const edit = useBudgetStore((s) => s.edit);
  const { cc, results } = useCaseResults(c);
  const baseline = results[0]!;
  return (
    <div className="case-details">
      <section aria-labelledby="frames-h">
        <Heading level={2} data-size="xs" id="frames-h">
          Ramme per år
        </Heading>
        <Paragraph data-size="sm">
          Tilgjengelig = ramme − øremerket − usikkerhetsavsetning. Avsetningen i prosent regnes av (ramme − øremerket) og rundes
          til hele tusen kroner.
        </Paragraph>
        <table className="data-table" aria-label="Ramme per år">
          <thead>
            <tr>
              <th scope="col">År</th>
              <th scope="col">Ramme (MNOK)</th>
              <th scope="col">Øremerket (MNOK)</th>
              <th scope="col">Usikkerhetsavsetning</th>
              <th scope="col">Avsetning (MNOK)</th>
              <th scope="col">Tilgjengelig (MNOK)</th>
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
                  <td>
                    <MoneyInput label={`Øremerket ${year}`} kNok={f.earmarkedKNok} onCommit={(k) => edit((x, now) => updateFrame(x, year, { earmarkedKNok: k ?? 0 }, now))} />
                  </td>
                  <td className="reserve-cell">
                    <select
                      aria-label={`Type avsetning ${year}`}
                      value={f.reserve.kind}
                      onChange={(e) =>
                        edit((x, now) =>
                          updateFrame(x, year, { reserve: e.target.value === 'percent' ? { kind: 'percent', percent: 0 } : { kind: 'fixed', kNok: 0 } }, now),
                        )
                      }
                    >
                      <option value="percent">Prosent</option>
                      <option value="fixed">Fast beløp</option>
                    </select>
                    {f.reserve.kind === 'percent' ? (
                      <PercentInput
                        label={`Usikkerhetsavsetning i prosent ${year}`}
                        value={f.reserve.percent}
                        onCommit={(p) => edit((x, now) => updateFrame(x, year, { reserve: { kind: 'percent', percent: p } }, now))}
                      />
                    ) : (
                      <MoneyInput
                        label={`Usikkerhetsavsetning i MNOK ${year}`}
                        kNok={f.reserve.kNok}
                        onCommit={(k) => edit((x, now) => updateFrame(x, year, { reserve: { kind: 'fixed', kNok: k ?? 0 } }, now))}
                      />
                    )}
                  </td>
                  <td className="num">{formatMNok(cc.reserve[y]!, 3)}</td>
                  <td className="num">{formatMNok(cc.available[y]!, 3)}</td>
                  <td>
                    <ProvenanceTag source={f.source} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <Button variant="tertiary" data-size="sm" onClick={() => edit((x, now) => addYear(x, now))}>
          Legg til år
        </Button>
        <ul className="gap-summary" aria-label="Estimatene mot rammen">
          {cc.years.map((year, y) =>
            c.lines.some((l) => l.year === year) ? (
              <li key={year}>
                {year}: estimatene er {formatMNok(baseline.total[y]!)} MNOK mot {formatMNok(cc.available[y]!)} MNOK tilgjengelig —{' '}
                <BalanceText kNok={baseline.balance[y]!} />.
              </li>
            ) : null,
          )}
        </ul>
      </section>

      {c.notes.length > 0 && (
        <section aria-labelledby="notes-h" className="case-notes">
          <Heading level={2} data-size="xs" id="notes-h">
            Merknader om tallene
          </Heading>
          {c.notes.map((n) => (
            <details key={n.title}>
              <summary>{n.title}</summary>
              <Paragraph data-size="sm">{n.text}</Paragraph>
            </details>
          ))}
        </section>
      )}

      <section aria-labelledby="meta-h" className="meta-grid">
        <Heading level={2} data-size="xs" id="meta-h">
          Saken
        </Heading>
        <CommitField label="Tittel" value={c.title} onCommit={(v) => edit((x, now) => ({ ...x, title: v || x.title, updatedAt: now }))} />
        {META.map((m) => (
          <CommitField
            key={m.key}
            label={m.label}
            long={m.long}
            value={c.meta[m.key]}
            onCommit={(v) => edit((x, now) => ({ ...x, meta: { ...x.meta, [m.key]: v }, updatedAt: now }))}
          />
        ))}
      </section>
    </div>
  );
}
