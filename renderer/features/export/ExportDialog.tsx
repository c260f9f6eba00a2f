import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { PdfPreview } from './PdfPreview.tsx';
import type { ExportState } from './use-export.ts';

/** Progress while an export is built, then the PDF preview with Lagre / Avbryt, or the error. */
export function ExportDialog(props: { state: ExportState; onCancel: () => void; onConfirm: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { state } = props;
  const open = state.phase !== 'idle';
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <Dialog ref={ref} aria-labelledby="export-title" onClose={() => props.state.phase !== 'idle' && props.onCancel()} className="export-dialog">
      {state.phase !== 'idle' && (
        <>
          <Heading level={2} data-size="xs" id="export-title">
            {state.label}
          </Heading>
          {state.phase === 'running' && (
            <label className="export-progress">
              <span>Lager dokumentet … {Math.round(state.fraction * 100)} %</span>
              <progress max={1} value={state.fraction} aria-label="Eksport pågår" />
            </label>
          )}
          {state.phase === 'saving' && <Paragraph role="status">Lagrer …</Paragraph>}
          {state.phase === 'preview' && (
            <>
              <Paragraph data-size="sm">Se over dokumentet før du lagrer.</Paragraph>
              <PdfPreview bytes={state.bytes} />
            </>
          )}
          {state.phase === 'failed' && (
            <Paragraph role="alert" className="export-error">
              Eksporten feilet: {state.message}
            </Paragraph>
          )}
          <div className="export-dialog__actions">
            {state.phase === 'preview' && (
              <Button variant="primary" onClick={props.onConfirm}>
                Lagre PDF
              </Button>
            )}
            <Button variant="tertiary" onClick={props.onCancel} disabled={state.phase === 'saving'}>
              {state.phase === 'failed' ? 'Lukk' : 'Avbryt'}
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}
