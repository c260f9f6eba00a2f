import './compare.css';
import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { formatNumber } from '../../../shared/format/index.ts';
import { ACTIVITY_LABELS, PHASE_LABELS, SEGMENT_LABELS } from '../../../shared/portfolio/index.ts';
import type { Initiative } from '../../../shared/portfolio/index.ts';
import type { ChangedInitiative, InitiativeChange } from '../../../shared/portfolio/index.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { usePortfolio, useLoadedPeriod } from '../../store/period.ts';
import type { StoredPeriod } from '../../store/period.ts';
import { InitiativeLink } from '../../components/InitiativeLink.tsx';
import { Light } from '../../components/Light.tsx';
import { PortfolioGate } from '../../components/PortfolioGate.tsx';
import { usePeriodComparison } from './use-comparison.ts';
import { VirtualRows } from './VirtualRows.tsx';

/** Counts in nb-NO: "16 000". */
const n = (v: number) => formatNumber(v, 0);

export function ComparePeriodsPage() {
  const data = usePortfolio();
  return (
    <>
      <PageHeader title="Sammenlign perioder" lead="Hva er nytt, avsluttet og endret mellom to rapporteringsperioder." />
      <PortfolioGate
        data={data}
        emptyTitle="Ingen perioder å sammenligne"
        empty="Her ser du nye og avsluttede tiltak og endringer i status, risiko og fase mellom to rapporteringsperioder. Importer minst to porteføljerapporter (eller eksemplet, som har en rekonstruert forrige periode)."
      >
        {(d) =>
          d.periods.length < 2 ? (
            <p className="panel">
              Bare én periode er lagret ({d.current.period.label}). Importer en periode til for å sammenligne.
            </p>
          ) : (
            <Comparison periods={d.periods} initialNext={d.current.period.id} initialPrev={d.previous?.period.id ?? d.periods[0]!.id} />
          )
        }
      </PortfolioGate>
    </>
  );
}

function PeriodSelect(props: { label: string; periods: StoredPeriod[]; value: string; onChange: (id: string) => void }) {
  return (
    <Field>
      <Label>{props.label}</Label>
      <Select value={props.value} onChange={(e) => props.onChange(e.target.value)} width="auto">
        {[...props.periods].reverse().map((p) => (
          <Select.Option key={p.id} value={p.id}>
            {p.label}
            {p.reconstructed ? ' (rekonstruert)' : ''}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

function Comparison(props: { periods: StoredPeriod[]; initialPrev: string; initialNext: string }) {
  const { periods } = props;
  const [prevId, setPrevId] = useState(props.initialPrev);
  const [nextId, setNextId] = useState(props.initialNext);
  const prevP = periods.find((p) => p.id === prevId) ?? null;
  const nextP = periods.find((p) => p.id === nextId) ?? null;
  const prev = useLoadedPeriod(prevP);
  const next = useLoadedPeriod(nextP);
  const { result, error } = usePeriodComparison(prev, next);
  const swapped = prevP && nextP && prevP.key > nextP.key;
  const byField = useMemo(() => {
    const out = { status: [], risk: [], phase: [], activity: [] } as Record<InitiativeChange['field'], ChangedInitiative[]>;
    for (const c of result?.changed ?? []) for (const x of c.changes) out[x.field].push(c);
    return out;
  }, [result]);
  const by = (field: InitiativeChange['field']) => byField[field];

  return (
    <div className="compare">
      <div className="compare__pickers">
        <PeriodSelect label="Fra (eldre periode)" periods={periods} value={prevId} onChange={setPrevId} />
        <span aria-hidden="true" className="compare__arrow">
          →
        </span>
        <PeriodSelect label="Til (nyere periode)" periods={periods} value={nextId} onChange={setNextId} />
      </div>
      {swapped && <p className="note">«Fra» er nyere enn «Til»: nye og avsluttede tiltak blir da byttet om.</p>}
      {prevId === nextId && <p className="note">Velg to forskjellige perioder.</p>}
      {error ? (
        <p role="alert">Kunne ikke sammenligne periodene: {error}</p>
      ) : !result ? (
        <p role="status">{prev && next ? 'Sammenligner periodene …' : 'Henter periodene …'}</p>
      ) : (
        <>
          <ul className="compare__counts" aria-label="Antall endringer">
            <li>
              <button type="button" onClick={() => jump('nye')}>
                <span className="figure__value">{n(result.added.length)}</span> {result.added.length === 1 ? 'ny' : 'nye'}
              </button>
            </li>
            <li>
              <button type="button" onClick={() => jump('avsluttet')}>
                <span className="figure__value">{n(result.ended.length)}</span> avsluttet
              </button>
            </li>
            <li>
              <button type="button" onClick={() => jump('status')}>
                <span className="figure__value">{n(by('status').length)}</span> endret status
              </button>
            </li>
            <li>
              <button type="button" onClick={() => jump('risiko')}>
                <span className="figure__value">{n(by('risk').length)}</span> endret risiko
              </button>
            </li>
            <li>
              <button type="button" onClick={() => jump('fase')}>
                <span className="figure__value">{n(by('phase').length)}</span> endret fase
              </button>
            </li>
            <li>
              <button type="button" onClick={() => jump('aktivitet')}>
                <span className="figure__value">{n(by('activity').length)}</span> endret aktivitet
              </button>
            </li>
          </ul>
          <ListSection id="nye" title={`Nye tiltak (${n(result.added.length)})`} empty="Ingen nye tiltak.">
            {result.added.length > 0 && <InitiativeList label="Nye tiltak" items={result.added} />}
          </ListSection>
          <ListSection id="avsluttet" title={`Avsluttede tiltak (${n(result.ended.length)})`} empty="Ingen avsluttede tiltak.">
            {result.ended.length > 0 && <InitiativeList label="Avsluttede tiltak" items={result.ended} />}
          </ListSection>
          <ChangeSection id="status" title="Endret status" field="status" items={by('status')} />
          <ChangeSection id="risiko" title="Endret risiko" field="risk" items={by('risk')} />
          <ChangeSection id="fase" title="Endret fase" field="phase" items={by('phase')} />
          <ChangeSection id="aktivitet" title="Endret aktivitet" field="activity" items={by('activity')} />
        </>
      )}
    </div>
  );
}

/** Moves focus to a section (in-page anchors would clash with the hash routing). */
function jump(id: string) {
  const el = document.getElementById(id);
  el?.scrollIntoView({ block: 'start' });
  el?.focus({ preventScroll: true });
}

function ListSection(props: { id: string; title: string; empty: string; children: ReactNode }) {
  return (
    <section className="panel" id={props.id} aria-labelledby={`${props.id}-title`} tabIndex={-1}>
      <h2 id={`${props.id}-title`} className="panel__title">
        {props.title}
      </h2>
      {props.children || <p className="muted">{props.empty}</p>}
    </section>
  );
}

function InitiativeList(props: { label: string; items: Initiative[] }) {
  return (
    <VirtualRows
      label={props.label}
      head={['Nr', 'Tiltak', 'Aktør', 'Segment', 'Fase', 'Aktiv']}
      rows={props.items}
      rowKey={(i) => i.nr}
      cells={(i) => (
        <>
          <td className="num">{i.nr}</td>
          <td>
            <InitiativeLink nr={i.nr}>{i.name}</InitiativeLink>
          </td>
          <td>{i.owner}</td>
          <td>{SEGMENT_LABELS[i.segment]}</td>
          <td>{i.phase ? PHASE_LABELS[i.phase] : ''}</td>
          <td>{i.activity ? ACTIVITY_LABELS[i.activity] : ''}</td>
        </>
      )}
    />
  );
}

function ChangeValue(props: { change: InitiativeChange; side: 'from' | 'to' }) {
  const c = props.change;
  const v = c[props.side];
  if (c.field === 'status' || c.field === 'risk') return <Light value={v as 'green' | 'yellow' | 'red' | null} />;
  if (c.field === 'phase') return <>{v ? PHASE_LABELS[v as keyof typeof PHASE_LABELS] : 'Ikke oppgitt'}</>;
  return <>{v ? ACTIVITY_LABELS[v as keyof typeof ACTIVITY_LABELS] : 'Ikke oppgitt'}</>;
}

function ChangeSection(props: { id: string; title: string; field: InitiativeChange['field']; items: ChangedInitiative[] }) {
  return (
    <ListSection id={props.id} title={`${props.title} (${n(props.items.length)})`} empty="Ingen endringer.">
      {props.items.length > 0 && (
        <VirtualRows
          label={props.title}
          head={['Nr', 'Tiltak', 'Fra', 'Til']}
          rows={props.items}
          rowKey={(ci) => ci.nr}
          cells={(ci) => {
            const change = ci.changes.find((x) => x.field === props.field)!;
            return (
              <>
                <td className="num">{ci.nr}</td>
                <td>
                  <InitiativeLink nr={ci.nr}>{ci.name}</InitiativeLink>
                </td>
                <td>
                  <ChangeValue change={change} side="from" />
                </td>
                <td>
                  <ChangeValue change={change} side="to" />
                </td>
              </>
            );
          }}
        />
      )}
    </ListSection>
  );
}
