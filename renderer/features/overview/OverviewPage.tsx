import './overview.css';
import { lazy, Suspense, useMemo, useState } from 'react';
import { filterToParams } from '../../../shared/portfolio/views/filter.ts';
import type { InitiativeFilter } from '../../../shared/portfolio/views/filter.ts';
import { GROUP_DIMENSION_LABELS } from '../../../shared/portfolio/views/group.ts';
import type { GroupDimension } from '../../../shared/portfolio/views/group.ts';
import { formatDate } from '../../components/dates.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PeriodPicker } from '../../components/PeriodPicker.tsx';
import { PortfolioGate } from '../../components/PortfolioGate.tsx';
import { useNavigation } from '../../store/navigation.ts';
import { usePortfolio } from '../../store/period.ts';
import type { PortfolioData } from '../../store/period.ts';
import { PeriodExportButtons } from '../export/index.tsx';
import { comparisonOf, groupsOf, summaryOf, trendOf } from './derived.ts';
import { KeyFigures } from './KeyFigures.tsx';
import { LightBars, LightLegend } from './LightBars.tsx';
import { RedLists } from './RedLists.tsx';
import { TrendChart } from './TrendChart.tsx';

// Only the first-run screen needs the example loader (and with it the import parser): load it then.
const ExampleButton = lazy(() => import('./example-button.tsx').then((m) => ({ default: m.ExampleButton })));

const DIMENSIONS: GroupDimension[] = ['segment', 'owner', 'phase', 'focusArea'];

export function OverviewPage() {
  const data = usePortfolio({ all: true });
  return (
    <>
      <PageHeader title="Oversikt" lead={<PeriodLead data={data} />} actions={
          <>
            <PeriodPicker />
            {data.status === 'ready' && <PeriodExportButtons periodId={data.current.period.id} />}
          </>
        }
      />
      <PortfolioGate
        data={data}
        emptyTitle="Ingen rapporteringsperioder ennå"
        emptyExtra={
          <Suspense fallback={null}>
            <ExampleButton />
          </Suspense>
        }
        empty={
          <>
            Oversikten viser aktive tiltak per segment, status og risiko per segment, aktør, fase og innsatsområde, tiltak med
            rød risiko og rød status, og hva som er nytt og avsluttet siden forrige periode. Importer en porteføljerapport
            (Excel eller CSV), eller last inn eksemplet fra september 2022, for å komme i gang.
          </>
        }
      >
        {(d) => <Overview data={d} />}
      </PortfolioGate>
    </>
  );
}

function PeriodLead(props: { data: PortfolioData }) {
  if (props.data.status !== 'ready') return <>Porteføljen i valgt rapporteringsperiode.</>;
  const { period, report } = props.data.current;
  const date = report.period?.reportDate;
  return (
    <>
      {period.label}
      {period.reconstructed && ' (rekonstruert fra senere rapport)'}
      {date && ` · rapportert per ${formatDate(date)}`} · status og risiko telles blant aktive tiltak
    </>
  );
}

function Overview(props: { data: Extract<PortfolioData, { status: 'ready' }> }) {
  const { current, previous, all, allLoaded, periods } = props.data;
  const navigate = useNavigation((s) => s.navigate);
  const [dim, setDim] = useState<GroupDimension>('segment');
  const report = current.report;
  const summary = summaryOf(report);
  const changes = previous ? comparisonOf(previous.report, report) : null;
  const statusGroups = groupsOf(report, dim, 'status');
  const riskGroups = groupsOf(report, dim, 'risk');
  const points = useMemo(() => trendOf(all), [all]);
  const open = (f: InitiativeFilter) => navigate('tiltak', filterToParams(f));
  return (
    <div className="overview">
      <KeyFigures
        summary={summary}
        changes={changes}
        previousLabel={previous?.period.label ?? null}
        onFilter={open}
        onCompare={() => navigate('perioder')}
      />
      <section className="panel" aria-labelledby="dist-title">
        <div className="panel__head">
          <h2 id="dist-title" className="panel__title">
            Status og risiko blant aktive tiltak
          </h2>
          <div role="group" aria-label="Fordel etter" className="segmented">
            {DIMENSIONS.map((d) => (
              <button key={d} type="button" aria-pressed={d === dim} onClick={() => setDim(d)}>
                {GROUP_DIMENSION_LABELS[d]}
              </button>
            ))}
          </div>
        </div>
        <p className="muted panel__hint">Velg en stolpe for å se tiltakene den teller.</p>
        <div className="bars-grid">
          <LightBars title={`Status per ${GROUP_DIMENSION_LABELS[dim].toLowerCase()}`} light="status" groups={statusGroups} onOpen={open} />
          <LightBars title={`Risiko per ${GROUP_DIMENSION_LABELS[dim].toLowerCase()}`} light="risk" groups={riskGroups} onOpen={open} />
        </div>
        <LightLegend light="risk" />
      </section>
      <div className="overview__bottom">
        <RedLists initiatives={report.initiatives} />
        <TrendChart points={points} pending={allLoaded ? 0 : periods.length - all.length} />
      </div>
    </div>
  );
}
