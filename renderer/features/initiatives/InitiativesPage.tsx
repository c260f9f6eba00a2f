import './initiatives.css';
import { useEffect, useMemo, useState } from 'react';
import type { PortfolioReport } from '../../../shared/portfolio/model.ts';
import { initiativeColumns } from '../../../shared/portfolio/views/columns.ts';
import { filterFromParams, filterInitiatives, filterToParams, isEmptyFilter } from '../../../shared/portfolio/views/filter.ts';
import { filterOptions } from '../../../shared/portfolio/views/group.ts';
import { Button } from '@digdir/designsystemet-react';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatHash, useNavigation } from '../../store/navigation.ts';
import { useNotices } from '../../store/notifications.ts';
import { usePortfolio } from '../../store/period.ts';
import { PeriodPicker } from '../../components/PeriodPicker.tsx';
import { PortfolioGate } from '../../components/PortfolioGate.tsx';
import { ColumnChooser } from './ColumnChooser.tsx';
import { copyText } from './copy-text.ts';
import { FilterBar } from './FilterBar.tsx';
import { InitiativeDetail } from './InitiativeDetail.tsx';
import { InitiativeTable, RowCounts } from './InitiativeTable.tsx';
import { SavedViews } from './SavedViews.tsx';
import type { TableViewState } from './SavedViews.tsx';

/** The Tiltak area: the table, or one tiltak's page when the route names one (`#tiltak?nr=181`). */
export function InitiativesPage() {
  const params = useNavigation((s) => s.params);
  if (params.nr) return <InitiativeDetail nr={params.nr} />;
  return <InitiativeList params={params} />;
}

function InitiativeList(props: { params: Record<string, string> }) {
  const data = usePortfolio();
  const arrival = useNavigation((s) => s.arrival);
  return (
    <>
      <PageHeader
        title="Tiltak"
        lead="Alle tiltak i porteføljen med aktør, segment, fase, status, risiko og innsatsområde."
        actions={<PeriodPicker />}
      />
      <PortfolioGate
        data={data}
        emptyTitle="Ingen tiltak å vise"
        empty="Her kommer tabellen over alle tiltak i valgt periode, med filtre, søk og lagrede visninger. Tiltakene hentes fra porteføljerapporten du importerer."
      >
        {(d) => (
          // Arriving (a link from the overview, back/forward) starts from the filter in the address;
          // the view's own writes to the address do not start it again.
          <TableView key={arrival} report={d.current.report} params={props.params} />
        )}
      </PortfolioGate>
    </>
  );
}

function TableView(props: { report: PortfolioReport; params: Record<string, string> }) {
  const { report } = props;
  const [state, setState] = useState<TableViewState>(() => ({ filter: filterFromParams(props.params), hidden: [], sort: null }));
  const columns = useMemo(() => initiativeColumns(report.extraColumns.initiatives), [report]);
  const options = useMemo(() => filterOptions(report.initiatives), [report]);
  const rows = useMemo(() => filterInitiatives(report.initiatives, state.filter), [report, state.filter]);
  const visible = columns.filter((c) => !state.hidden.includes(c.id));
  const replaceParams = useNavigation((s) => s.replaceParams);
  const notify = useNotices((s) => s.notify);
  // The filters live in the address as they change (no history entry per keystroke), so back,
  // forward and reload return to them.
  useEffect(() => replaceParams(filterToParams(state.filter)), [replaceParams, state.filter]);
  const copyLink = async () => {
    const link = `${location.origin}${location.pathname}${formatHash({ area: 'tiltak', params: filterToParams(state.filter) })}`;
    if (await copyText(link)) notify('success', 'Lenken til filtrene er kopiert. Lim den inn der du vil ta vare på den.');
    else notify('warning', `Kunne ikke kopiere lenken. Merk og kopier den her: ${link}`);
  };
  return (
    <div className="tiltak-view">
      <FilterBar
        filter={state.filter}
        owners={options.owners}
        focusAreas={options.focusAreas}
        onChange={(filter) => setState((s) => ({ ...s, filter }))}
      />
      <div className="tiltak-view__tools">
        <SavedViews state={state} onApply={setState} />
        <div className="tiltak-view__actions">
          {!isEmptyFilter(state.filter) && (
            <Button variant="tertiary" data-size="sm" onClick={() => setState((s) => ({ ...s, filter: {} }))}>
              Nullstill filtre
            </Button>
          )}
          <Button
            variant="tertiary"
            data-size="sm"
            aria-description="Kopierer en lenke som åpner tabellen med disse filtrene og dette søket"
            onClick={() => void copyLink()}
          >
            Kopier lenke til filtrene
          </Button>
          <ColumnChooser columns={columns} hidden={state.hidden} onChange={(hidden) => setState((s) => ({ ...s, hidden }))} />
        </div>
      </div>
      <RowCounts rows={rows} total={report.initiatives.length} />
      <InitiativeTable rows={rows} columns={visible} sort={state.sort} onSort={(sort) => setState((s) => ({ ...s, sort }))} />
    </div>
  );
}
