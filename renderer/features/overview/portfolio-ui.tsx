import './portfolio.css';
import { Field, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { TRAFFIC_LIGHT_LABELS } from '../../../shared/portfolio/model.ts';
import type { TrafficLight } from '../../../shared/portfolio/model.ts';
import { NONE_LABEL } from '../../../shared/portfolio/views/filter.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatHash, useNavigation } from '../../store/navigation.ts';
import { currentPeriod, usePeriodStore } from '../../store/period.ts';
import type { PortfolioData } from '../../store/period.ts';

/** Shared pieces of the portfolio views (overview, tiltak, dependencies, D&F, comparison). */

/** A traffic light with its word: colour is never the only signal. */
export function Light(props: { value: TrafficLight | null; emptyText?: string }) {
  const { value } = props;
  return (
    <span className={`light light--${value ?? 'none'}`}>{value ? TRAFFIC_LIGHT_LABELS[value] : (props.emptyText ?? NONE_LABEL)}</span>
  );
}

/** The chosen reporting period, for the page header. Hidden until there is something to choose. */
export function PeriodPicker() {
  const periods = usePeriodStore((s) => s.periods);
  const selectedId = usePeriodStore((s) => s.selectedId);
  const select = usePeriodStore((s) => s.select);
  if (periods.length === 0) return null;
  const current = currentPeriod({ periods, selectedId });
  return (
    <Field className="period-picker">
      <Label>Rapporteringsperiode</Label>
      <Select
        value={selectedId ?? ''}
        onChange={(e) => select(e.target.value || null)}
        width="auto"
        aria-description={current ? `Viser ${current.label}` : undefined}
      >
        <Select.Option value="">Siste ({periods[periods.length - 1]!.label})</Select.Option>
        {[...periods].reverse().map((p) => (
          <Select.Option key={p.id} value={p.id}>
            {p.label}
            {p.reconstructed ? ' (rekonstruert)' : ''}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

type Ready = Extract<PortfolioData, { status: 'ready' }>;

/** Renders the view once the period is loaded; otherwise an honest loading, error or empty state. */
export function PortfolioGate(props: {
  data: PortfolioData;
  emptyTitle: string;
  empty: ReactNode;
  emptyExtra?: ReactNode;
  children: (data: Ready) => ReactNode;
}) {
  const { data } = props;
  if (data.status === 'loading')
    return (
      <div className="loading" role="status">
        Henter rapporteringsperioden …
      </div>
    );
  if (data.status === 'error')
    return (
      <Paragraph role="alert">
        Kunne ikke lese de lagrede periodene: {data.error}
      </Paragraph>
    );
  if (data.status === 'empty')
    return (
      <EmptyState title={props.emptyTitle} action={{ label: 'Gå til import', area: 'import' }} extra={props.emptyExtra}>
        {props.empty}
      </EmptyState>
    );
  return <>{props.children(data)}</>;
}

/** "September 2022" plus a note when the period was reconstructed from a later report. */
export function PeriodName(props: { label: string; reconstructed: boolean }) {
  return (
    <>
      {props.label}
      {props.reconstructed && <span className="muted"> (rekonstruert)</span>}
    </>
  );
}

const dateFormat = new Intl.DateTimeFormat('nb-NO', { day: '2-digit', month: '2-digit', year: 'numeric' });

/** ISO date → "30.06.2022" (nb-NO); empty for null. */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(`${iso}T12:00:00`);
  return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
}

/** Today as an ISO date in local time. */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A link to a tiltak's page (`#tiltak?nr=181`), kept as a real link for keyboard and middle-click. */
export function InitiativeLink(props: { nr: string; children: ReactNode }) {
  const navigate = useNavigation((s) => s.navigate);
  const params = { nr: props.nr };
  return (
    <a
      href={formatHash({ area: 'tiltak', params })}
      onClick={(e) => {
        e.preventDefault();
        navigate('tiltak', params);
      }}
    >
      {props.children}
    </a>
  );
}
