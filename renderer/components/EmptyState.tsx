import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useNavigation } from '../store/navigation.ts';
import type { AreaId } from '../app/areas.ts';

/**
 * An honest empty state: says what the area will show and how to get the data, with a way there.
 * Never shows invented figures.
 */
export function EmptyState(props: {
  title: string;
  children: ReactNode;
  action?: { label: string; area: AreaId };
  extra?: ReactNode;
}) {
  const navigate = useNavigation((s) => s.navigate);
  return (
    <section className="empty-state" aria-label={props.title}>
      <Heading level={2} data-size="sm">
        {props.title}
      </Heading>
      <Paragraph>{props.children}</Paragraph>
      <div className="empty-state__actions">
        {props.action && (
          <Button variant="primary" onClick={() => navigate(props.action!.area)}>
            {props.action.label}
          </Button>
        )}
        {props.extra}
      </div>
    </section>
  );
}
