import { Alert, Button } from '@digdir/designsystemet-react';
import { useNotices } from '../store/notifications.ts';

/** Messages to the user, announced politely to screen readers. */
export function Notices() {
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <Alert key={n.id} data-color={n.kind} data-size="sm" className="notice">
          <span>{n.text}</span>
          <Button variant="tertiary" data-size="sm" onClick={() => dismiss(n.id)} aria-label="Lukk melding">
            ×
          </Button>
        </Alert>
      ))}
    </div>
  );
}
