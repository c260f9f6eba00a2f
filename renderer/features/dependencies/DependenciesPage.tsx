import './dependencies.css';
import { Checkbox, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { CRITICALITIES, CRITICALITY_LABELS, TRAFFIC_LIGHTS, TRAFFIC_LIGHT_LABELS } from '../../../shared/portfolio/model.ts';
import type { PortfolioReport } from '../../../shared/portfolio/model.ts';
import { categoryByStatus, filterDependencies, isCritical, isOverdue, reportAsOf } from '../../../shared/portfolio/views/dependencies.ts';
import type { DependencyFilter } from '../../../shared/portfolio/views/dependencies.ts';
import { NONE, NONE_LABEL } from '../../../shared/portfolio/views/filter.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { usePortfolio } from '../../store/period.ts';
import type { StoredPeriod } from '../../store/period.ts';
import { InitiativeLink } from '../../components/InitiativeLink.tsx';
import { Light } from '../../components/Light.tsx';
import { PeriodPicker } from '../../components/PeriodPicker.tsx';
import { PortfolioGate } from '../../components/PortfolioGate.tsx';
import { formatDate, todayIso } from '../../components/dates.ts';
import { countNoun, formatCount, parseNorwegianNumber } from '../../../shared/format/index.ts';
import { DependencyGraph } from './DependencyGraph.tsx';
import { OverdueBasis, overdueBasisText, overdueDate } from './OverdueBasis.tsx';
import type { OverdueChoice } from './OverdueBasis.tsx';

/** Rows drawn in the table at once; the counts always cover every match. */
const TABLE_LIMIT = 500;

export function DependenciesPage() {
  const data = usePortfolio();
  return (
    <>
      <PageHeader title="Avhengigheter" lead="Avhengigheter mellom tiltak og nasjonale leveranser, løsninger og beslutninger." actions={<PeriodPicker />} />
      <PortfolioGate
        data={data}
        emptyTitle="Ingen avhengigheter å vise"
        empty="Her vises avhengighetene som tiltakene rapporterer, med kategori, kritikalitet, status og frist, og en graf der avhengigheter med høy kritikalitet og rød status skiller seg ut."
      >
        {(d) => <Dependencies report={d.current.report} period={d.current.period} />}
      </PortfolioGate>
    </>
  );
}

function Dependencies(props: { report: PortfolioReport; period: StoredPeriod }) {
  const { report } = props;
  const [filter, setFilter] = useState<DependencyFilter>({});
  // Overdue on the report's own date by default: a September report read in December says what was
  // overdue when it was written, not what has fallen due since.
  const [choice, setChoice] = useState<OverdueChoice>('report');
  const today = todayIso();
  const reportDate = reportAsOf(report.period?.reportDate ?? null, props.period.key);
  const asOf = overdueDate(reportDate, choice, today);
  const rows = useMemo(() => filterDependencies(report.dependencies, filter, asOf), [report, filter, asOf]);
  const summary = useMemo(() => categoryByStatus(report.dependencies), [report]);
  const categories = summary.rows.map((r) => ({ value: r.category, label: r.label }));
  const stated = report.metadata['avhengigheter_rapportert_totalt'];
  // the report's own figure, as text; grouped like every other count when it is a whole number
  const statedNumber = stated === undefined ? null : parseNorwegianNumber(stated);
  const statedText = statedNumber !== null && Number.isInteger(statedNumber) ? formatCount(statedNumber) : stated;
  const set = (k: keyof DependencyFilter, v: string | boolean) =>
    setFilter((f) => {
      const next = { ...f, [k]: v || undefined } as DependencyFilter;
      if (!v) delete next[k];
      return next;
    });
  const overdue = rows.filter((d) => isOverdue(d, asOf)).length;

  return (
    <div className="deps">
      {stated && statedNumber !== report.dependencies.length && (
        <p className="note">
          Rapporten oppgir {statedText} avhengigheter totalt, men bare {formatCount(report.dependencies.length)} er gitt med detaljer i den
          importerte filen. Tabellen, grafen og sammendraget under gjelder de {formatCount(report.dependencies.length)}.
        </p>
      )}
      <section className="panel" aria-labelledby="dep-sum-title">
        <h2 id="dep-sum-title" className="panel__title">
          Avhengigheter per kategori og status
        </h2>
        <table className="data-table data-table--compact dep-summary">
          <thead>
            <tr>
              <th scope="col">Kategori</th>
              {TRAFFIC_LIGHTS.map((l) => (
                <th key={l} scope="col" className="num">
                  <span className={`light light--${l}`}>{TRAFFIC_LIGHT_LABELS[l]}</span>
                </th>
              ))}
              <th scope="col" className="num">
                {NONE_LABEL}
              </th>
              <th scope="col" className="num">
                Sum
              </th>
            </tr>
          </thead>
          <tbody>
            {[...summary.rows, summary.total].map((r) => (
              <tr key={r.label} className={r === summary.total ? 'is-total' : undefined}>
                <th scope="row">{r.label}</th>
                <td className="num">{formatCount(r.green)}</td>
                <td className="num">{formatCount(r.yellow)}</td>
                <td className="num">{formatCount(r.red)}</td>
                <td className="num">{formatCount(r.none)}</td>
                <td className="num">{formatCount(r.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <div className="filter-bar" role="search" aria-label="Filtrer avhengigheter">
        <Textfield label="Søk" type="search" value={filter.text ?? ''} onChange={(e) => set('text', e.target.value)} />
        <Field>
          <Label>Kategori</Label>
          <Select value={filter.category ?? ''} onChange={(e) => set('category', e.target.value)}>
            <Select.Option value="">Alle</Select.Option>
            {categories.map((c) => (
              <Select.Option key={c.value} value={c.value}>
                {c.label}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>Kritikalitet</Label>
          <Select value={filter.criticality ?? ''} onChange={(e) => set('criticality', e.target.value)}>
            <Select.Option value="">Alle</Select.Option>
            {CRITICALITIES.map((c) => (
              <Select.Option key={c} value={c}>
                {CRITICALITY_LABELS[c]}
              </Select.Option>
            ))}
            <Select.Option value={NONE}>{NONE_LABEL}</Select.Option>
          </Select>
        </Field>
        <Field>
          <Label>Status</Label>
          <Select value={filter.status ?? ''} onChange={(e) => set('status', e.target.value)}>
            <Select.Option value="">Alle</Select.Option>
            {TRAFFIC_LIGHTS.map((c) => (
              <Select.Option key={c} value={c}>
                {TRAFFIC_LIGHT_LABELS[c]}
              </Select.Option>
            ))}
            <Select.Option value={NONE}>{NONE_LABEL}</Select.Option>
          </Select>
        </Field>
        <Checkbox label="Bare forfalte" checked={filter.overdueOnly === true} onChange={(e) => set('overdueOnly', e.target.checked)} />
      </div>
      <OverdueBasis asOf={reportDate} today={today} choice={choice} onChoice={setChoice} />
      <p className="row-counts" role="status">
        <strong>
          Viser {formatCount(rows.length)} av {countNoun(report.dependencies.length, 'avhengighet', 'avhengigheter')}
        </strong>{' '}
        · {formatCount(rows.filter(isCritical).length)} med høy kritikalitet og rød status · {formatCount(overdue)} forfalt{' '}
        {overdueBasisText(reportDate, choice, today)} (frist passert, status ikke grønn)
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Tiltak</th>
              <th scope="col">Avhengighet</th>
              <th scope="col">Avhenger av</th>
              <th scope="col">Kategori</th>
              <th scope="col">Kritikalitet</th>
              <th scope="col">Status</th>
              <th scope="col">Frist</th>
              <th scope="col">Forfalt</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, TABLE_LIMIT).map((d, idx) => (
              <tr key={idx} className={isCritical(d) ? 'is-critical' : undefined}>
                <td>
                  <InitiativeLink nr={d.initiativeNr}>{`${d.initiativeNr} ${d.initiativeName ?? ''}`.trim()}</InitiativeLink>
                </td>
                <td>{d.description}</td>
                <td>{d.dependsOnNr ? <InitiativeLink nr={d.dependsOnNr}>{d.dependsOn}</InitiativeLink> : d.dependsOn}</td>
                <td>{d.category ?? ''}</td>
                <td>{d.criticality ? CRITICALITY_LABELS[d.criticality] : ''}</td>
                <td>
                  <Light value={d.status} />
                </td>
                <td>{d.deadline ? formatDate(d.deadline) : <span className="muted">Ingen frist</span>}</td>
                <td>{isOverdue(d, asOf) ? <strong className="overdue">Forfalt</strong> : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length > TABLE_LIMIT && (
          <p className="muted">
            Viser de første {formatCount(TABLE_LIMIT)} av {formatCount(rows.length)}. Bruk filtrene for å snevre inn.
          </p>
        )}
      </div>
      <section className="panel" aria-labelledby="dep-graph-title">
        <h2 id="dep-graph-title" className="panel__title">
          Graf: tiltak og hva de avhenger av
        </h2>
        <DependencyGraph items={rows} />
      </section>
    </div>
  );
}
