import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useBudgetStore } from './budget-store.ts';

/**
 * Asked when a file holds a case that is already stored (a case workbook or .json sent back):
 * update the stored case from the file, or keep both by opening the file as a copy.
 */
export function ImportChoice() {
  const pending = useBudgetStore((s) => s.pendingImport);
  const resolve = useBudgetStore((s) => s.resolveImport);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (pending && !ref.current?.open) ref.current?.showModal();
    if (!pending && ref.current?.open) ref.current.close();
  }, [pending]);
  // Resolve first: it takes the pending case at once, so the dialog's close event finds nothing to cancel.
  const choose = (choice: 'update' | 'copy' | 'cancel') => {
    void resolve(choice);
    ref.current?.close();
  };
  return (
    <Dialog ref={ref} closedby="any" aria-label="Saken finnes allerede" onClose={() => void resolve('cancel')}>
      <Heading level={2} data-size="xs">
        Saken finnes allerede
      </Heading>
      <Paragraph data-size="sm">
        «{pending?.title}» er allerede lagret her. Vil du oppdatere den lagrede saken med innholdet i filen, eller åpne filen som en
        kopi ved siden av? Oppdaterer du, kan du angre og finne den forrige utgaven i historikken.
      </Paragraph>
      <div className="button-row">
        <Button onClick={() => choose('update')}>Oppdater den lagrede saken</Button>
        <Button variant="secondary" onClick={() => choose('copy')}>
          Lag en kopi
        </Button>
        <Button variant="tertiary" onClick={() => choose('cancel')}>
          Avbryt
        </Button>
      </div>
    </Dialog>
  );
}
