import './export.css';
import { Heading } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { listCases } from '../../db/cases-repo.ts';
import type { CaseSummary } from '../../db/cases-repo.ts';
import { listPeriods } from '../../db/periods-repo.ts';
import type { PeriodListing } from '../../db/periods-repo.ts';
import { usePeriodStore } from '../../store/period.ts';
import { CaseExportButtons } from './CaseExportButtons.tsx';
import { PeriodExportButtons } from './PeriodExportButtons.tsx';

/** The export part of "Import og eksport": every stored period and budget case with its exports. */
export function ExportSection() {
  const [periods, setPeriods] = useState<PeriodListing[] | null>(null);
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Re-list when the import feature stores or deletes a period.
  const stored = usePeriodStore((s) => s.periods);

  useEffect(() => {
    let alive = true;
    Promise.all([listPeriods(), listCases()]).then(
      ([p, c]) => {
        if (!alive) return;
        setPeriods([...p].reverse());
        setCases(c);
      },
      (e: unknown) => alive && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      alive = false;
    };
  }, [stored]);

  return (
    <section className="panel export-section" aria-labelledby="export-heading">
      <Heading level={2} data-size="sm" id="export-heading">
        Eksport til møtet
      </Heading>
      <p className="muted">
        Statusrapport og NUIT-saksdokument som PDF (med forhåndsvisning før du lagrer), og arbeidsbøker i Excel som kolleger kan jobbe
        videre i og som kan importeres igjen.
      </p>
      {error && <p role="alert">Kunne ikke hente lagrede data: {error}</p>}
      <Heading level={3} data-size="2xs">
        Rapporteringsperioder
      </Heading>
      {periods === null ? (
        <p className="muted">Henter …</p>
      ) : periods.length === 0 ? (
        <p className="muted">Ingen perioder er importert ennå. Importer en porteføljerapport over for å lage statusrapport.</p>
      ) : (
        <ul className="export-list">
          {periods.map((p) => (
            <li key={p.id}>
              <span className="export-list__label">
                {p.label}
                {p.reconstructed ? ' (rekonstruert)' : ''} <span className="muted">· {p.summary.initiatives} tiltak</span>
              </span>
              <PeriodExportButtons periodId={p.id} />
            </li>
          ))}
        </ul>
      )}
      <Heading level={3} data-size="2xs">
        Budsjettsaker
      </Heading>
      {cases === null ? (
        <p className="muted">Henter …</p>
      ) : cases.length === 0 ? (
        <p className="muted">Ingen budsjettsaker ennå. Lag eller åpne en sak under Budsjett.</p>
      ) : (
        <ul className="export-list">
          {cases.map((c) => (
            <li key={c.id}>
              <span className="export-list__label">{c.title}</span>
              <CaseExportButtons caseId={c.id} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
