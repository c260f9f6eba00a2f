import { Alert, Textfield } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { countNoun, formatCount, formatMNok } from '../../../shared/format/index.ts';
import { PHASE_LABELS, SEGMENTS, SEGMENT_LABELS, TRAFFIC_LIGHT_LABELS, ACTIVITY_LABELS, parsePeriodInput, periodLabel } from '../../../shared/portfolio/model.ts';
import type { ReportingPeriod } from '../../../shared/portfolio/model.ts';
import { MAX_DIFF_LINES, MAX_ISSUES } from './preview-data.ts';
import { IssueTable } from '../../components/IssueTable.tsx';
import type { ChangeLine, ImportPreviewData } from './preview-data.ts';

/** The preview of files read by the import worker, before the analyst confirms the import. */
export interface ImportPreviewProps {
  preview: ImportPreviewData;
  /** Period key typed by the analyst when the report has no metadata table. */
  periodInput: string;
  onPeriodInput: (value: string) => void;
}


const MORE = 'Rett de første og kontroller filen på nytt (eller bruk kommandolinjen: check FIL).';

const changeText: Record<string, (v: string | null) => string> = {
  status: (v) => (v ? TRAFFIC_LIGHT_LABELS[v as keyof typeof TRAFFIC_LIGHT_LABELS] : 'ingen'),
  risk: (v) => (v ? TRAFFIC_LIGHT_LABELS[v as keyof typeof TRAFFIC_LIGHT_LABELS] : 'ingen'),
  phase: (v) => (v ? PHASE_LABELS[v as keyof typeof PHASE_LABELS] : 'ingen'),
  activity: (v) => (v ? ACTIVITY_LABELS[v as keyof typeof ACTIVITY_LABELS] : 'ingen'),
};
const FIELD_LABELS: Record<string, string> = { status: 'status', risk: 'risiko', phase: 'fase', activity: 'aktiv' };

function PeriodLine(props: { period: ReportingPeriod | null; input: string; onInput: (v: string) => void }) {
  const { period } = props;
  if (period) {
    return (
      <p>
        <strong>Periode:</strong> {period.label} ({period.key}){period.reconstructed ? ', rekonstruert' : ''}
        {period.reportDate ? `, rapportert per ${period.reportDate.split('-').reverse().join('.')}` : ''}
        {period.title ? ` – ${period.title}` : ''}
      </p>
    );
  }
  const key = parsePeriodInput(props.input);
  const invalid = props.input.trim() !== '' && key === null;
  return (
    <div className="import-period">
      <Textfield
        label="Periode"
        description="Filen sier ikke hvilken periode den gjelder. Skriv år og måned for rapporten, f.eks. 2022-09, 09.2022 eller september 2022."
        value={props.input}
        onChange={(e) => props.onInput(e.target.value)}
        error={invalid ? 'Skriv perioden som år og måned, f.eks. 2022-09, 09.2022 eller september 2022.' : undefined}
      />
      {key && <p className="muted" aria-live="polite">Lagres som {periodLabel(key)} ({key}).</p>}
    </div>
  );
}

function lineText(line: ChangeLine): string {
  if (line.kind !== 'changed') return `${line.kind === 'added' ? 'Nytt' : 'Avsluttet'}: ${line.nr} ${line.name}`;
  return `Endret: ${line.nr} ${line.name} – ${line.changes.map((x) => `${FIELD_LABELS[x.field]} ${changeText[x.field]!(x.from)} → ${changeText[x.field]!(x.to)}`).join(', ')}`;
}

export function ImportPreview(props: ImportPreviewProps) {
  const { preview } = props;
  const { comparison } = preview;
  const s = preview.summary;
  // drawn: the end of "read" in the import benchmark (see use-import-flow.ts)
  useEffect(() => void performance.mark('hp:import:preview'), [preview]);
  const total = comparison ? comparison.added + comparison.ended + comparison.changed : 0;
  return (
    <section className="panel import-preview" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title" className="panel__title">
        Forhåndsvisning: {preview.fileNames.join(', ')}
      </h2>
      {preview.ok ? (
        <Alert data-color="success" data-size="sm">
          Rapporten kan importeres{preview.warningCount > 0 ? ` (${countNoun(preview.warningCount, 'advarsel', 'advarsler')})` : ''}.
        </Alert>
      ) : (
        <Alert data-color="danger" data-size="sm">
          {preview.unreadable
            ? 'Filen kan ikke leses. Ingenting er importert.'
            : `Rapporten har ${formatCount(preview.errorCount)} feil og kan ikke importeres. Rett feilene i filen og prøv igjen; ingenting er lagret.`}
        </Alert>
      )}
      {s && (
        <>
          <PeriodLine period={preview.period} input={props.periodInput} onInput={props.onPeriodInput} />
          <table className="data-table data-table--compact import-counts">
            <caption>Innhold per tabell</caption>
            <tbody>
              <tr>
                <th scope="row">Tiltak</th>
                <td className="num">{formatCount(s.initiatives)}</td>
                <td>
                  {formatCount(s.active)} aktive ({SEGMENTS.map((x) => `${SEGMENT_LABELS[x]} ${formatCount(s.activeBySegment[x])}`).join(', ')})
                </td>
              </tr>
              <tr>
                <th scope="row">Avhengigheter</th>
                <td className="num">{formatCount(s.dependencies)}</td>
                <td />
              </tr>
              <tr>
                <th scope="row">Drift og forvaltning</th>
                <td className="num">{formatCount(s.opexLines)}</td>
                <td>
                  {s.opexYears.length > 0
                    ? `linjer; sum per år (MNOK): ${s.opexYears.map((y) => `${y}: ${formatMNok(s.opexTotalsKNok[y] ?? 0)}`).join(', ')}`
                    : 'linjer'}
                </td>
              </tr>
              <tr>
                <th scope="row">Innsatsområder</th>
                <td className="num">{formatCount(preview.focusAreas)}</td>
                <td />
              </tr>
            </tbody>
          </table>
          <table className="data-table data-table--compact import-lights">
            <caption>Status og risiko blant aktive tiltak</caption>
            <thead>
              <tr>
                <td />
                <th scope="col" className="num">
                  Grønn
                </th>
                <th scope="col" className="num">
                  Gul
                </th>
                <th scope="col" className="num">
                  Rød
                </th>
                <th scope="col" className="num">
                  Ikke oppgitt
                </th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Status</th>
                <td className="num">{formatCount(s.status.green)}</td>
                <td className="num">{formatCount(s.status.yellow)}</td>
                <td className="num">{formatCount(s.status.red)}</td>
                <td className="num">{formatCount(s.active - s.status.green - s.status.yellow - s.status.red)}</td>
              </tr>
              <tr>
                <th scope="row">Risiko</th>
                <td className="num">{formatCount(s.risk.green)}</td>
                <td className="num">{formatCount(s.risk.yellow)}</td>
                <td className="num">{formatCount(s.risk.red)}</td>
                <td className="num">{formatCount(s.risk.none)}</td>
              </tr>
            </tbody>
          </table>
        </>
      )}
      {preview.errorCount > 0 && <IssueTable issues={preview.errors} total={preview.errorCount} caption={`Feil (${formatCount(preview.errorCount)})`} maxShown={MAX_ISSUES} more={MORE} />}
      {preview.warningCount > 0 && <IssueTable issues={preview.warnings} total={preview.warningCount} caption={`Advarsler (${formatCount(preview.warningCount)})`} maxShown={MAX_ISSUES} more={MORE} />}
      {comparison && preview.ok && (
        <div className="import-diff" aria-label="Endringer fra forrige periode">
          <h3>Endringer fra {comparison.against}</h3>
          <p>
            {formatCount(comparison.added)} nye, {formatCount(comparison.ended)} avsluttet, {formatCount(comparison.changed)} endret.
          </p>
          <ul>
            {comparison.lines.map((line, n) => (
              <li key={n}>{lineText(line)}</li>
            ))}
          </ul>
          {total > MAX_DIFF_LINES && (
            <p className="muted">… og {formatCount(total - MAX_DIFF_LINES)} til. Se alle under Sammenlign perioder etter importen.</p>
          )}
        </div>
      )}
    </section>
  );
}
