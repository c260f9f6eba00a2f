import './export.css';
import { Button } from '@digdir/designsystemet-react';
import { listPeriods, loadPeriod } from '../../db/periods-repo.ts';
import { ExportDialog } from './ExportDialog.tsx';
import { useExport } from './use-export.ts';

async function storedReports(periodId: string) {
  const report = await loadPeriod(periodId);
  if (!report) throw new Error('Fant ikke perioden (den kan være slettet).');
  const periods = await listPeriods();
  const at = periods.findIndex((p) => p.id === periodId);
  const prev = at > 0 ? periods[at - 1]! : null;
  return { report, previous: prev ? await loadPeriod(prev.id) : null };
}

/**
 * Export buttons for a reporting period: the status report (PDF, previewed before saving, compared
 * with the period before), the portfolio workbook in the import layout (Excel) and the tiltak list
 * (CSV). Embed where the period is shown: `<PeriodExportButtons periodId={id} />`.
 */
export function PeriodExportButtons(props: { periodId: string; size?: 'sm' | 'md' }) {
  const { state, start, cancel, confirm } = useExport();
  const busy = state.phase === 'running' || state.phase === 'saving';
  const size = props.size ?? 'sm';
  return (
    <div className="export-buttons" role="group" aria-label="Eksporter perioden">
      <Button
        variant="secondary"
        data-size={size}
        disabled={busy}
        onClick={() =>
          void start('Statusrapport (PDF)', async (author) => {
            const { report, previous } = await storedReports(props.periodId);
            return { kind: 'reportPdf', report, previous, generatedAt: new Date().toISOString(), ...(author ? { author } : {}) };
          })
        }
      >
        Statusrapport (PDF)
      </Button>
      <Button
        variant="secondary"
        data-size={size}
        disabled={busy}
        onClick={() => void start('Porteføljearbeidsbok (Excel)', async () => ({ kind: 'reportXlsx', report: (await storedReports(props.periodId)).report }))}
      >
        Arbeidsbok (Excel)
      </Button>
      <Button
        variant="tertiary"
        data-size={size}
        disabled={busy}
        onClick={() => void start('Tiltaksliste (CSV)', async () => ({ kind: 'reportCsv', report: (await storedReports(props.periodId)).report }))}
      >
        Tiltak (CSV)
      </Button>
      <ExportDialog state={state} onCancel={cancel} onConfirm={confirm} />
    </div>
  );
}
