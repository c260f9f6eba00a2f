import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { addNamedVersion, contentOf, restoreVersion } from '../../../shared/budget/edits.ts';
import type { BudgetCase } from '../../../shared/budget/model.ts';
import { caseHistory } from '../../db/cases-repo.ts';
import { useBudgetStore } from './budget-store.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';

const dateTime = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Named versions ("sendt NUIT 31.10") keep the case as it was shown; they travel with the file and
 * are never changed. Automatic history is kept on this machine only.
 */
export function VersionsPanel(props: { c: BudgetCase }) {
  const { c } = props;
  const edit = useBudgetStore((s) => s.edit);
  const [name, setName] = useState('');
  const [auto, setAuto] = useState<{ seq: number; createdAt: string; case: BudgetCase }[]>([]);
  useEffect(() => {
    let alive = true;
    void caseHistory(c.id).then((h) => alive && setAuto(h));
    return () => {
      alive = false;
    };
  }, [c.id, c.updatedAt]);
  return (
    <div className="versions">
      <form
        className="button-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          edit((x, now) => addNamedVersion(x, name, now));
          setName('');
        }}
      >
        <Textfield label="Navn på versjonen (f.eks. «sendt NUIT 31.10»)" value={name} onChange={(e) => setName(e.target.value)} />
        <Button type="submit" variant="secondary" disabled={!name.trim()}>
          Lagre navngitt versjon
        </Button>
      </form>
      <Heading level={2} data-size="xs">
        Navngitte versjoner
      </Heading>
      {c.versions.length > 0 && <Paragraph data-size="sm">Under Sammenlign ser du saken side om side med en navngitt versjon.</Paragraph>}
      {c.versions.length === 0 ? (
        <Paragraph data-size="sm">Ingen ennå. Lagre en versjon før saken sendes eller vises i et møte.</Paragraph>
      ) : (
        <ul className="version-list">
          {[...c.versions].reverse().map((v) => (
            <li key={v.id}>
              <strong>{v.name}</strong> · {dateTime.format(new Date(v.createdAt))} · {v.snapshot.alternatives.length} alternativer{' '}
              <ConfirmButton
                label="Gjenopprett"
                question={`Gjenopprette «${v.name}»?`}
                confirmLabel="Gjenopprett"
                onConfirm={() => edit((x, now) => restoreVersion(x, v.id, now))}
              >
                Saken settes tilbake til versjonen. Du kan angre, og versjonene beholdes.
              </ConfirmButton>
            </li>
          ))}
        </ul>
      )}
      <Heading level={2} data-size="xs">
        Automatisk historikk
      </Heading>
      <Paragraph data-size="sm">
        {auto.length === 0
          ? 'Ingen automatiske øyeblikksbilder ennå.'
          : `${auto.length} øyeblikksbilder lagret på denne maskinen (høyst ett per fem minutter). De ti siste:`}
      </Paragraph>
      <ul className="version-list">
        {auto.slice(0, 10).map((h) => (
          <li key={h.seq}>
            {dateTime.format(new Date(h.createdAt))} · {h.case.alternatives.length} alternativer{' '}
            <ConfirmButton
              label="Gjenopprett"
              accessibleLabel={`Gjenopprett øyeblikksbildet fra ${dateTime.format(new Date(h.createdAt))}`}
              question="Gjenopprette øyeblikksbildet?"
              confirmLabel="Gjenopprett"
              onConfirm={() => edit((x, now) => ({ ...x, ...contentOf(h.case), updatedAt: now }))}
            >
              Saken settes tilbake slik den var da. Du kan angre, og navngitte versjoner beholdes.
            </ConfirmButton>
          </li>
        ))}
      </ul>
    </div>
  );
}
