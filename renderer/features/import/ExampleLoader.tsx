import { Button } from '@digdir/designsystemet-react';
import { use, useState } from 'react';
import { useNotices } from '../../store/notifications.ts';
import { loadExamples } from './examples.ts';
import { ImportRunnerContext } from './import-runner.ts';
import type { PeriodListing } from '../../db/periods-repo.ts';

/**
 * "Last inn eksempel": stores the September 2022 report and the reconstructed May 2022 period.
 * When other content is stored under those periods, asks before replacing it.
 */
export function ExampleLoader(props: { disabled?: boolean; onBusy?: (busy: boolean) => void; onDone?: () => void; variant?: 'primary' | 'secondary' }) {
  const notify = useNotices((s) => s.notify);
  const runner = use(ImportRunnerContext);
  const [conflicts, setConflicts] = useState<PeriodListing[]>([]);
  const [busy, setBusy] = useState(false);

  const run = async (replace: boolean) => {
    setBusy(true);
    props.onBusy?.(true);
    setConflicts([]);
    try {
      const r = await loadExamples(runner, { replace });
      if (r.conflicts.length > 0) setConflicts(r.conflicts);
      if (r.saved.length > 0) notify('success', `Eksemplet er lastet inn: ${r.saved.map((p) => p.label + (p.reconstructed ? ' (rekonstruert)' : '')).join(' og ')}.`);
      else if (r.conflicts.length === 0) notify('info', 'Eksemplet er allerede lastet inn.');
      props.onDone?.();
    } catch (e) {
      notify('danger', e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
      props.onBusy?.(false);
    }
  };

  return (
    <>
      <Button variant={props.variant ?? 'secondary'} onClick={() => void run(false)} disabled={props.disabled || busy} aria-busy={busy}>
        Last inn eksempel
      </Button>
      {conflicts.length > 0 && (
        <span role="alertdialog" aria-label="Erstatte med eksemplet?" className="import-confirm">
          {conflicts.map((c) => c.label).join(' og ')} finnes allerede med annet innhold. Erstatte med eksemplet?{' '}
          <Button data-size="sm" data-color="danger" onClick={() => void run(true)}>
            Erstatt med eksemplet
          </Button>{' '}
          <Button data-size="sm" variant="tertiary" onClick={() => setConflicts([])}>
            Avbryt
          </Button>
        </span>
      )}
    </>
  );
}
