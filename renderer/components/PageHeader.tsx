import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/** Title row of an area: heading, one line of context, and actions on the right. */
export function PageHeader(props: { title: string; lead?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="page-header">
      <div className="page-header__title">
        <Heading level={1} data-size="md">
          {props.title}
        </Heading>
        {props.lead && <Paragraph data-size="sm" className="page-header__lead">{props.lead}</Paragraph>}
      </div>
      {props.actions && <div className="page-header__actions">{props.actions}</div>}
    </header>
  );
}
