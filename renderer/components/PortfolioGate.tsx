import { Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { PortfolioData } from '../store/period.ts';
import { EmptyState } from './EmptyState.tsx';

type Ready = Extract<PortfolioData, { status: 'ready' }>;

/** Renders a portfolio view once the period is loaded; otherwise an honest loading, error or empty state. */
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
