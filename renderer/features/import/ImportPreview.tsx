import { Alert, Textfield } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { formatIssue } from '../../../shared/import/index.ts';
import type { ImportIssue, PortfolioImport } from '../../../shared/import/index.ts';
import { formatMNok } from '../../../shared/format/money.ts';
import type { PeriodComparison } from '../../../shared/portfolio/compare.ts';
import { PHASE_LABELS, SEGMENTS, SEGMENT_LABELS, TRAFFIC_LIGHT_LABELS, ACTIVITY_LABELS } from '../../../shared/portfolio/model.ts';
import type { ReportingPeriod } from '../../../shared/portfolio/model.ts';

/** The preview of a parsed report, before the analyst confirms the import. */
export interface ImportPreviewProps {
  fileNames: string[];
  result: PortfolioImport;
  /** Period key typed by the analyst when the report has no metadata table. */
  periodInput: string;
  onPeriodInput: (value: string) => void;
  /** Differences from the latest stored period, when there is one. */
  comparison: { against: string; diff: PeriodComparison } | null;
}

export const PERIOD_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;

function IssueTable(props: { issues: ImportIssue[]; caption: string }) {
  return (
    <table className="data-table data-table--compact import-issues">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Fil</th>
          <th scope="col">Ark</th>
          <th scope="col">Rad</th>
          <th scope="col">Kolonne</th>
          <th scope="col">Melding</th>
        </tr>
      </thead>
      <tbody>
        {props.issues.slice(0, MAX_ISSUES).map((i, n) => (
          <tr key={n} aria-label={formatIssue(i)}>
            <td>{i.file}</td>
            <td>{i.sheet !== i.file ? (i.sheet ?? '') : ''}</td>
            <td className="num">{i.row ?? ''}</td>
            <td>{i.column ? `${i.column}${i.columnName ? ` (${i.columnName})` : ''}` : ''}</td>
            <td>{i.message}</td>
          </tr>
        ))}
      </tbody>
      {props.issues.length > MAX_ISSUES && (
        <tfoot>
          <tr>
            <td colSpan={5}>
              … og {props.issues.length - MAX_ISSUES} til. Rett de første og kontroller filen på nytt (eller bruk kommandolinjen: check FIL).
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

/** Issues beyond this many are counted, not drawn. */
const MAX_ISSUES = 200;

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
  const invalid = props.input !== '' && !PERIOD_KEY.test(props.input);
  return (
    <div className="import-period">
      <Textfield
        label="Periode (åååå-mm)"
        description="Filen sier ikke hvilken periode den gjelder. Skriv år og måned for rapporten, f.eks. 2022-09."
        value={props.input}
        onChange={(e) => props.onInput(e.target.value.trim())}
        error={invalid ? 'Skriv perioden som åååå-mm, f.eks. 2022-09.' : undefined}
      />
    </div>
  );
}

/** More lines than this are summarised: a preview of 10k new tiltak would take seconds to draw. */
const MAX_DIFF_LINES = 100;

function changeLines(diff: PeriodComparison): string[] {
  return [
    ...diff.added.map((i) => `Nytt: ${i.nr} ${i.name}`),
    ...diff.ended.map((i) => `Avsluttet: ${i.nr} ${i.name}`),
    ...diff.changed.map(
      (c) => `Endret: ${c.nr} ${c.name} – ${c.changes.map((x) => `${FIELD_LABELS[x.field]} ${changeText[x.field]!(x.from)} → ${changeText[x.field]!(x.to)}`).join(', ')}`,
    ),
  ];
}

export function ImportPreview(props: ImportPreviewProps) {
  const { result, comparison } = props;
  const s = result.summary;
  const report = result.report;
  // drawn: the end of "read" in the import benchmark (see use-import-flow.ts)
  useEffect(() => void performance.mark('hp:import:preview'), [result]);
  const lines = comparison ? changeLines(comparison.diff) : [];
  return (
    <section className="panel import-preview" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title" className="panel__title">
        Forhåndsvisning: {props.fileNames.join(', ')}
      </h2>
      {result.ok ? (
        <Alert data-color="success" data-size="sm">
          Rapporten kan importeres{result.warnings.length > 0 ? ` (${result.warnings.length} advarsler)` : ''}.
        </Alert>
      ) : (
        <Alert data-color="danger" data-size="sm">
          {result.unreadable
            ? 'Filen kan ikke leses. Ingenting er importert.'
            : `Rapporten har ${result.errors.length} ${result.errors.length === 1 ? 'feil' : 'feil'} og kan ikke importeres. Rett feilene i filen og prøv igjen; ingenting er lagret.`}
        </Alert>
      )}
      {report && s && (
        <>
          <PeriodLine period={report.period} input={props.periodInput} onInput={props.onPeriodInput} />
          <table className="data-table data-table--compact import-counts">
            <caption>Innhold per tabell</caption>
            <tbody>
              <tr>
                <th scope="row">Tiltak</th>
                <td className="num">{s.initiatives}</td>
                <td>
                  {s.active} aktive ({SEGMENTS.map((x) => `${SEGMENT_LABELS[x]} ${s.activeBySegment[x]}`).join(', ')})
                </td>
              </tr>
              <tr>
                <th scope="row">Avhengigheter</th>
                <td className="num">{s.dependencies}</td>
                <td />
              </tr>
              <tr>
                <th scope="row">Drift og forvaltning</th>
                <td className="num">{s.opexLines}</td>
                <td>
                  {s.opexYears.length > 0
                    ? `linjer; sum per år (MNOK): ${s.opexYears.map((y) => `${y}: ${formatMNok(s.opexTotalsKNok[y] ?? 0)}`).join(', ')}`
                    : 'linjer'}
                </td>
              </tr>
              <tr>
                <th scope="row">Innsatsområder</th>
                <td className="num">{report.focusAreas.length}</td>
                <td />
              </tr>
            </tbody>
          </table>
          <table className="data-table data-table--compact import-lights">
            <caption>Status og risiko blant aktive tiltak</caption>
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">Grønn</th>
                <th scope="col">Gul</th>
                <th scope="col">Rød</th>
                <th scope="col">Ikke oppgitt</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Status</th>
                <td className="num">{s.status.green}</td>
                <td className="num">{s.status.yellow}</td>
                <td className="num">{s.status.red}</td>
                <td className="num">{s.active - s.status.green - s.status.yellow - s.status.red}</td>
              </tr>
              <tr>
                <th scope="row">Risiko</th>
                <td className="num">{s.risk.green}</td>
                <td className="num">{s.risk.yellow}</td>
                <td className="num">{s.risk.red}</td>
                <td className="num">{s.risk.none}</td>
              </tr>
            </tbody>
          </table>
        </>
      )}
      {result.errors.length > 0 && <IssueTable issues={result.errors} caption={`Feil (${result.errors.length})`} />}
      {result.warnings.length > 0 && <IssueTable issues={result.warnings} caption={`Advarsler (${result.warnings.length})`} />}
      {comparison && result.ok && (
        <div className="import-diff" aria-label="Endringer fra forrige periode">
          <h3>Endringer fra {comparison.against}</h3>
          <p>
            {comparison.diff.added.length} nye, {comparison.diff.ended.length} avsluttet, {comparison.diff.changed.length} endret.
          </p>
          <ul>
            {lines.slice(0, MAX_DIFF_LINES).map((line, n) => (
              <li key={n}>{line}</li>
            ))}
          </ul>
          {lines.length > MAX_DIFF_LINES && (
            <p className="muted">… og {lines.length - MAX_DIFF_LINES} til. Se alle under Sammenlign perioder etter importen.</p>
          )}
        </div>
      )}
    </section>
  );
}
