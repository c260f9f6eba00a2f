import { Button } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { formatMNok } from '../../../shared/format/money.ts';
import { ACTIVITY_LABELS, CRITICALITY_LABELS, PHASE_LABELS, SEGMENT_LABELS } from '../../../shared/portfolio/model.ts';
import type { Initiative, PortfolioReport } from '../../../shared/portfolio/model.ts';
import { focusAreaLabel } from '../../../shared/portfolio/views/group.ts';
import { timeline } from '../../../shared/portfolio/views/trend.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useNavigation } from '../../store/navigation.ts';
import { usePortfolio } from '../../store/period.ts';
import type { LoadedPeriod } from '../../store/period.ts';
import { InitiativeLink } from '../../components/InitiativeLink.tsx';
import { Light } from '../../components/Light.tsx';
import { PeriodPicker } from '../../components/PeriodPicker.tsx';
import { PortfolioGate } from '../../components/PortfolioGate.tsx';
import { formatDate } from '../../components/dates.ts';
import { FundingCases } from './FundingCases.tsx';

/** One tiltak: every field, its course through the periods, its dependencies and D&F lines. */
export function InitiativeDetail(props: { nr: string }) {
  const data = usePortfolio({ all: true });
  const navigate = useNavigation((s) => s.navigate);
  const found = data.status === 'ready' ? data.current.report.initiatives.find((i) => i.nr === props.nr) : undefined;
  return (
    <>
      <PageHeader
        title={found ? `${found.nr} ${found.name}` : `Tiltak ${props.nr}`}
        lead={found ? `${found.owner} · ${SEGMENT_LABELS[found.segment]}` : undefined}
        actions={
          <>
            <Button variant="secondary" data-size="sm" onClick={() => history.back()}>
              Tilbake
            </Button>
            <PeriodPicker />
          </>
        }
      />
      <PortfolioGate data={data} emptyTitle="Ingen tiltak å vise" empty="Importer en porteføljerapport for å se tiltakene.">
        {(d) =>
          found ? (
            <Detail initiative={found} report={d.current.report} all={d.all} complete={d.allLoaded} />
          ) : (
            <div className="panel">
              <p>
                Tiltak {props.nr} finnes ikke i {d.current.period.label}. Det kan finnes i en annen periode (velg periode over).
              </p>
              <Button data-size="sm" onClick={() => navigate('tiltak')}>
                Til tiltakstabellen
              </Button>
            </div>
          )
        }
      </PortfolioGate>
    </>
  );
}

function Detail(props: { initiative: Initiative; report: PortfolioReport; all: LoadedPeriod[]; complete: boolean }) {
  const { initiative: i, report } = props;
  const course = useMemo(
    () =>
      timeline(
        props.all.map((p) => ({ key: p.period.key, label: p.period.label, reconstructed: p.period.reconstructed, report: p.report })),
        i.nr,
      ),
    [props.all, i.nr],
  );
  const own = report.dependencies.filter((d) => d.initiativeNr === i.nr);
  const onIt = report.dependencies.filter((d) => d.dependsOnNr === i.nr && d.initiativeNr !== i.nr);
  const opex = report.opex.filter((l) => l.initiativeNr === i.nr);
  const fields: [string, ReactNode][] = [
    ['Nr', i.nr],
    ['Tiltak', i.name],
    ['Aktør', i.owner],
    ['Segment', SEGMENT_LABELS[i.segment]],
    ['Fase', i.phase ? PHASE_LABELS[i.phase] : 'Ikke oppgitt'],
    ['Aktiv', i.activity ? ACTIVITY_LABELS[i.activity] : 'Ikke oppgitt'],
    ['Status', <Light key="s" value={i.status} />],
    ['Risiko', <Light key="r" value={i.risk} emptyText={i.segment === 'observere' ? 'Rapporteres ikke (Observere)' : undefined} />],
    ['Innsatsområde', i.focusArea ? focusAreaLabel(i.focusArea) : 'Ikke oppgitt'],
    ...Object.entries(i.extra).map(([k, v]): [string, ReactNode] => [k, v || '–']),
    ['Kilde', i.source ? `${i.source.file}, ark ${i.source.sheet}, rad ${i.source.row}` : 'Ikke kjent'],
  ];
  return (
    <div className="detail">
      <section className="panel" aria-labelledby="fields-title">
        <h2 id="fields-title" className="panel__title">
          Opplysninger
        </h2>
        <dl className="fields">
          {fields.map(([k, v]) => (
            <div key={k} className="fields__row">
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="panel" aria-labelledby="course-title">
        <h2 id="course-title" className="panel__title">
          Status og risiko over perioder
        </h2>
        {!props.complete && (
          <p className="muted" role="status">
            Henter flere perioder …
          </p>
        )}
        <table className="data-table data-table--compact">
          <thead>
            <tr>
              <th scope="col">Periode</th>
              <th scope="col">Status</th>
              <th scope="col">Risiko</th>
              <th scope="col">Fase</th>
              <th scope="col">Aktiv</th>
            </tr>
          </thead>
          <tbody>
            {course.map((c) => (
              <tr key={c.key}>
                <th scope="row">
                  {c.label}
                  {c.reconstructed && <span className="muted"> (rekonstruert)</span>}
                </th>
                {c.present ? (
                  <>
                    <td>
                      <Light value={c.status} />
                    </td>
                    <td>
                      <Light value={c.risk} />
                    </td>
                    <td>{c.phase ? PHASE_LABELS[c.phase] : ''}</td>
                    <td>{c.activity ? ACTIVITY_LABELS[c.activity] : ''}</td>
                  </>
                ) : (
                  <td colSpan={4} className="muted">
                    Ikke med i perioden
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="panel" aria-labelledby="deps-title">
        <h2 id="deps-title" className="panel__title">
          Avhengigheter
        </h2>
        <DepList title={`${i.name} avhenger av`} items={own.map((d) => ({ ...d, other: d.dependsOn, otherNr: d.dependsOnNr }))} />
        <DepList
          title={`Andre tiltak som avhenger av ${i.name}`}
          items={onIt.map((d) => ({ ...d, other: `${d.initiativeNr} ${d.initiativeName ?? ''}`.trim(), otherNr: d.initiativeNr }))}
        />
      </section>
      <section className="panel" aria-labelledby="opex-title">
        <h2 id="opex-title" className="panel__title">
          Drift og forvaltning (økning per år, MNOK)
        </h2>
        {opex.length === 0 ? (
          <p className="muted">Ingen D&F-linjer er knyttet til dette tiltaket i perioden.</p>
        ) : (
          <table className="data-table data-table--compact">
            <thead>
              <tr>
                <th scope="col">Løsning</th>
                {report.opexYears.map((y) => (
                  <th key={y} scope="col" className="num">
                    {y}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {opex.map((l, idx) => (
                <tr key={idx}>
                  <th scope="row">{l.solution}</th>
                  {report.opexYears.map((y) => {
                    const c = l.years[String(y)];
                    return (
                      <td key={y} className="num">
                        {!c || (c.kind === 'marker' && c.marker === 'blank') ? '' : c.kind === 'amount' ? formatMNok(c.kNok) : c.marker}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="panel detail__wide" aria-labelledby="budget-title">
        <h2 id="budget-title" className="panel__title">
          Budsjettsaker som finansierer tiltaket
        </h2>
        <FundingCases key={i.nr} nr={i.nr} />
      </section>
    </div>
  );
}

interface DepItem {
  description: string;
  other: string;
  otherNr: string | null;
  category: string | null;
  criticality: 'high' | 'medium' | 'low' | null;
  status: 'green' | 'yellow' | 'red' | null;
  deadline: string | null;
}

function DepList(props: { title: string; items: DepItem[] }) {
  return (
    <>
      <h3 className="panel__subtitle">{props.title}</h3>
      {props.items.length === 0 ? (
        <p className="muted">Ingen registrert.</p>
      ) : (
        <table className="data-table data-table--compact">
          <thead>
            <tr>
              <th scope="col">Avhengighet</th>
              <th scope="col">Gjelder</th>
              <th scope="col">Kategori</th>
              <th scope="col">Kritikalitet</th>
              <th scope="col">Status</th>
              <th scope="col">Frist</th>
            </tr>
          </thead>
          <tbody>
            {props.items.map((d, idx) => (
              <tr key={idx}>
                <td>{d.description}</td>
                <td>{d.otherNr ? <InitiativeLink nr={d.otherNr}>{d.other}</InitiativeLink> : d.other}</td>
                <td>{d.category ?? ''}</td>
                <td>{d.criticality ? CRITICALITY_LABELS[d.criticality] : ''}</td>
                <td>
                  <Light value={d.status} />
                </td>
                <td>{formatDate(d.deadline)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
