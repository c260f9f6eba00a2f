import './export.css';
import { Button } from '@digdir/designsystemet-react';
import { readCase } from '../../db/cases-repo.ts';
import { listPeriods, loadPeriod } from '../../db/periods-repo.ts';
import { ExportDialog } from './ExportDialog.tsx';
import { fileNameFor } from './export-job.ts';
import { useExport } from './use-export.ts';

async function storedCase(caseId: string) {
  const c = await readCase(caseId);
  if (!c) throw new Error('Fant ikke saken (den kan være slettet).');
  return c;
}

/** The newest stored period, for what the alternatives' cuts touch; none when no period is stored. */
async function newestPeriod() {
  const periods = await listPeriods();
  const latest = periods[periods.length - 1];
  const report = latest ? await loadPeriod(latest.id) : null;
  return latest && report ? { report, periodLabel: latest.label + (latest.reconstructed ? ' (rekonstruert)' : '') } : null;
}

/**
 * Export buttons for a budget case: the NUIT case document (PDF, previewed before saving) and the
 * case workbook (Excel). Embed where the case is shown: `<CaseExportButtons caseId={id} />`.
 */
export function CaseExportButtons(props: { caseId: string; size?: 'sm' | 'md' }) {
  const { state, start, cancel, confirm } = useExport();
  const busy = state.phase === 'running' || state.phase === 'saving';
  const generatedAt = () => new Date().toISOString();
  return (
    <div className="export-buttons" role="group" aria-label="Eksporter saken">
      <Button
        variant="secondary"
        data-size={props.size ?? 'sm'}
        disabled={busy}
        onClick={() =>
          void start('NUIT-saksdokument (PDF)', async (author) => {
            const c = await storedCase(props.caseId);
            const workbookName = fileNameFor({ kind: 'caseXlsx', case: c, generatedAt: '' });
            const impact = await newestPeriod();
            return { kind: 'casePdf', case: c, generatedAt: generatedAt(), workbookName, ...(author ? { author } : {}), ...(impact ? { impact } : {}) };
          })
        }
      >
        Saksdokument (PDF)
      </Button>
      <Button
        variant="secondary"
        data-size={props.size ?? 'sm'}
        disabled={busy}
        onClick={() => void start('Saksarbeidsbok (Excel)', async () => ({ kind: 'caseXlsx', case: await storedCase(props.caseId), generatedAt: generatedAt() }))}
      >
        Arbeidsbok (Excel)
      </Button>
      <ExportDialog state={state} onCancel={cancel} onConfirm={confirm} />
    </div>
  );
}
