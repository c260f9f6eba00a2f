import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import type { ReactNode } from 'react';

/** A button that asks before doing something that cannot be undone from the list (delete). */
export function ConfirmButton(props: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  children?: ReactNode;
  accessibleLabel?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  return (
    <>
      <Button variant="tertiary" data-size="sm" data-color="danger" aria-label={props.accessibleLabel} onClick={() => ref.current?.showModal()}>
        {props.label}
      </Button>
      <Dialog ref={ref} closedby="any" aria-label={props.question}>
        <Heading level={2} data-size="xs">
          {props.question}
        </Heading>
        {props.children && <Paragraph data-size="sm">{props.children}</Paragraph>}
        <div className="button-row">
          <Button
            data-color="danger"
            onClick={() => {
              ref.current?.close();
              props.onConfirm();
            }}
          >
            {props.confirmLabel}
          </Button>
          <Button variant="secondary" onClick={() => ref.current?.close()}>
            Avbryt
          </Button>
        </div>
      </Dialog>
    </>
  );
}
