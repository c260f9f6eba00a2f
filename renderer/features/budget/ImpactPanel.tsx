import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useMemo } from 'react';
import type { AlternativeResult, CompiledCase } from '../../../shared/budget/compute.ts';
import { cutImpacts } from '../../../shared/budget/impact.ts';
import type { BudgetCase } from '../../../shared/budget/model.ts';
import { formatMNok } from '../../../shared/format/money.ts';
import { CRITICALITY_LABELS, PHASE_LABELS } from '../../../shared/portfolio/model.ts';
import { useLoadedPeriod, usePeriodStore } from '../../store/period.ts';
import { Light } from '../../components/Light.tsx';

/**
 * "Hva kuttet berører": for each cut line, the tiltak it funds and the dependencies on them, from
 * the latest stored portfolio period (read only).
 */
export function ImpactPanel(props: { c: BudgetCase; cc: CompiledCase; result: AlternativeResult }) {
  const periods = usePeriodStore((s) => s.periods);
  const refresh = usePeriodStore((s) => s.refresh);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const latest = periods[periods.length - 1] ?? null;
  const loaded = useLoadedPeriod(latest);
  const report = loaded?.report ?? null;
  const impacts = useMemo(() => cutImpacts(props.c, props.cc, props.result, report), [props.c, props.cc, props.result, report]);
  return (
    <section className="impact" aria-labelledby="impact-h">
      <Heading level={2} data-size="xs" id="impact-h">
        Hva kuttet berører
      </Heading>
      <Paragraph data-size="sm">
        {latest
          ? `Tiltak og avhengigheter fra porteføljeperioden ${latest.label}${latest.reconstructed ? ' (rekonstruert)' : ''}.`
          : 'Ingen porteføljeperiode er importert: bare tiltaksnumrene linjene finansierer vises. Importer en porteføljerapport for status, risiko og avhengigheter.'}
      </Paragraph>
      {impacts.length === 0 ? (
        <Paragraph data-size="sm">Alternativet kutter ingen linjer.</Paragraph>
      ) : (
        <ul className="impact__list">
          {impacts.map((im) => (
            <li key={im.lineId}>
              <strong>
                {im.label}: −{formatMNok(im.cutKNok)} MNOK
              </strong>{' '}
              ({formatMNok(im.estimateKNok)} → {formatMNok(im.amountKNok)} MNOK)
              {im.funded.length === 0 ? (
                <Paragraph data-size="xs">Linjen er ikke koblet til tiltak.</Paragraph>
              ) : (
                <table className="data-table" aria-label={`Tiltak berørt av kuttet i ${im.label}`}>
                  <thead>
                    <tr>
                      <th scope="col">Tiltak</th>
                      <th scope="col">Fase</th>
                      <th scope="col">Status</th>
                      <th scope="col">Risiko</th>
                    </tr>
                  </thead>
                  <tbody>
                    {im.funded.map((f) => (
                      <tr key={f.nr}>
                        <td>
                          {f.nr} {f.name ?? (report ? '(finnes ikke i perioden)' : '')}
                        </td>
                        <td>{f.phase ? PHASE_LABELS[f.phase] : ''}</td>
                        <td>{f.found && <Light value={f.status} />}</td>
                        <td>{f.found && <Light value={f.risk} />}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {im.dependencies.length > 0 && (
                <table className="data-table" aria-label={`Avhengigheter berørt av kuttet i ${im.label}`}>
                  <thead>
                    <tr>
                      <th scope="col">Tiltak som avhenger</th>
                      <th scope="col">Tiltakets status / risiko</th>
                      <th scope="col">Avhengighet</th>
                      <th scope="col">Kritikalitet</th>
                      <th scope="col">Avhengighetens status</th>
                    </tr>
                  </thead>
                  <tbody>
                    {im.dependencies.map((d, k) => (
                      <tr key={k} className={d.criticality === 'high' ? 'row--critical' : undefined}>
                        <td>
                          {d.dependent.nr} {d.dependent.name}
                        </td>
                        <td>
                          {d.dependent.found ? (
                            <>
                              <Light value={d.dependent.status} /> / <Light value={d.dependent.risk} />
                            </>
                          ) : (
                            ''
                          )}
                        </td>
                        <td>
                          {d.description} (avhenger av {d.dependsOn})
                        </td>
                        <td>{d.criticality ? CRITICALITY_LABELS[d.criticality] : ''}</td>
                        <td>
                          <Light value={d.status} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
