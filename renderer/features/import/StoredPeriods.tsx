import { Button } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useState } from 'react';
import { formatCount } from '../../../shared/format/index.ts';
import { deletePeriod, listPeriods } from '../../db/periods-repo.ts';
import type { PeriodListing } from '../../db/periods-repo.ts';
import { useNotices } from '../../store/notifications.ts';
import { usePeriodStore } from '../../store/period.ts';

const dateTime = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'short', timeStyle: 'short' });

/**
 * The stored periods with their provenance; deleting one asks first. While `locked` (an import is
 * being read or stored) nothing can be deleted: a delete racing a replacing import would report the
 * period deleted and then see the import store it again.
 */
export function StoredPeriods(props: { locked?: boolean }) {
  const locked = props.locked ?? false;
  const [periods, setPeriods] = useState<PeriodListing[] | null>(null);
  const [asking, setAsking] = useState<string | null>(null);
  const notify = useNotices((s) => s.notify);
  const refreshViews = usePeriodStore((s) => s.refresh);
  // the views' list changes after every import and delete; follow it
  const viewPeriods = usePeriodStore((s) => s.periods);

  const reload = useCallback(async () => setPeriods([...(await listPeriods())].reverse()), []);
  useEffect(() => {
    void reload();
  }, [reload, viewPeriods]);

  // an import started while a delete was being confirmed closes the question
  useEffect(() => {
    if (locked) setAsking(null);
  }, [locked]);

  const remove = async (p: PeriodListing) => {
    setAsking(null);
    try {
      await deletePeriod(p.id);
    } catch (e) {
      notify('danger', `${p.label} ble ikke slettet: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    await refreshViews();
    await reload();
    notify('info', `${p.label} er slettet.`);
  };

  if (periods === null) return <p role="status">Henter lagrede perioder …</p>;
  return (
    <section className="panel" aria-labelledby="stored-periods-title">
      <h2 id="stored-periods-title" className="panel__title">
        Lagrede perioder ({formatCount(periods.length)})
      </h2>
      {periods.length === 0 ? (
        <p className="muted">Ingen perioder er importert ennå.</p>
      ) : (
        <table className="data-table data-table--compact">
          <thead>
            <tr>
              <th scope="col">Periode</th>
              <th scope="col">Tiltak</th>
              <th scope="col">Aktive</th>
              <th scope="col">Avhengigheter</th>
              <th scope="col">D&amp;F-linjer</th>
              <th scope="col">Fil</th>
              <th scope="col">Importert</th>
              <th scope="col">
                <span className="visually-hidden">Handlinger</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  {p.label}
                  {p.reconstructed ? ' (rekonstruert)' : ''}
                </th>
                <td className="num">{formatCount(p.summary.initiatives)}</td>
                <td className="num">{formatCount(p.summary.active)}</td>
                <td className="num">{formatCount(p.summary.dependencies)}</td>
                <td className="num">{formatCount(p.summary.opexLines)}</td>
                <td>
                  {p.provenance.files.map((f) => (
                    <span key={f.name + f.sha256} className="import-file" title={`SHA-256 ${f.sha256}`}>
                      {f.name} <span className="muted">(SHA-256 {f.sha256.slice(0, 12)}…)</span>
                    </span>
                  ))}
                </td>
                <td>{dateTime.format(new Date(p.importedAt))}</td>
                <td>
                  {asking === p.id ? (
                    <span role="group" aria-label={`Bekreft sletting av ${p.label}`} className="import-confirm">
                      Slette {p.label}? Det kan ikke angres.{' '}
                      <Button data-size="sm" data-color="danger" disabled={locked} onClick={() => void remove(p)}>
                        Slett perioden
                      </Button>{' '}
                      <Button data-size="sm" variant="tertiary" onClick={() => setAsking(null)}>
                        Avbryt
                      </Button>
                    </span>
                  ) : (
                    <Button
                      data-size="sm"
                      variant="tertiary"
                      aria-label={`Slett ${p.label}`}
                      disabled={locked}
                      title={locked ? 'Vent til importen er ferdig' : undefined}
                      onClick={() => setAsking(p.id)}
                    >
                      Slett
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
