import { Button } from '@digdir/designsystemet-react';
import { loadCase } from '../../db/cases-repo.ts';
import { ExportDialog } from './ExportDialog.tsx';
import { fileNameFor } from './export-job.ts';
import { useExport } from './use-export.ts';

async function storedCase(caseId: string) {
  const c = await loadCase(caseId);
  if (!c) throw new Error('Fant ikke saken (den kan være slettet).');
  return c;
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
            return { kind: 'casePdf', case: c, generatedAt: generatedAt(), workbookName, ...(author ? { author } : {}) };
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
