import { Alert, Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { IssueTable } from '../../components/IssueTable.tsx';
import { useEffect, useState } from 'react';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useNotices } from '../../store/notifications.ts';
import { exampleCase, newCase, openCaseFile, saveWorkbook, useBudgetStore } from './budget-store.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';

const dateTime = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'medium', timeStyle: 'short' });

/** Why a case file could not be opened: every problem with its sheet, row and column; nothing stored. */
function FileProblem() {
  const problem = useBudgetStore((s) => s.fileProblem);
  const dismiss = useBudgetStore((s) => s.dismissFileProblem);
  if (!problem) return null;
  return (
    <Alert data-color="danger" className="file-problem" role="alert">
      <Heading level={2} data-size="xs">
        {problem.file} kunne ikke åpnes – ingenting er lagret
      </Heading>
      <IssueTable issues={problem.issues} total={problem.total} caption={`Feil (${problem.total})`} />
      <Button variant="tertiary" data-size="sm" onClick={dismiss}>
        Lukk
      </Button>
    </Alert>
  );
}

/** Stored cases, with ways to start one: the example, a new case, a file. */
export function CaseList() {
  const list = useBudgetStore((s) => s.list);
  const status = useBudgetStore((s) => s.listStatus);
  const refresh = useBudgetStore((s) => s.refreshList);
  const open = useBudgetStore((s) => s.open);
  const openStored = useBudgetStore((s) => s.openStored);
  const remove = useBudgetStore((s) => s.remove);
  const notify = useNotices((s) => s.notify);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const fail = (e: unknown) => notify('danger', e instanceof Error ? e.message : String(e));
  const [creating, setCreating] = useState(false);
  const actions = (
    <>
      <Button variant="primary" onClick={() => open(exampleCase()).catch(fail)}>
        Last inn eksempelsak
      </Button>
      <Button variant="secondary" aria-expanded={creating} onClick={() => setCreating(!creating)}>
        Ny sak
      </Button>
      <Button variant="secondary" onClick={() => openCaseFile().catch(fail)}>
        Åpne fil
      </Button>
      <Button variant="tertiary" onClick={() => saveWorkbook(null).catch(fail)}>
        Last ned Excel-mal for estimater
      </Button>
    </>
  );

  return (
    <>
      <PageHeader title="Budsjett" lead="Budsjettsaker til NUIT: ramme, estimater, alternativer og sammenligning." actions={actions} />
      {creating && <NewCaseForm onCreate={(o) => open(newCase(o)).catch(fail)} onCancel={() => setCreating(false)} />}
      <FileProblem />
      {status === 'error' && <Paragraph>Kunne ikke lese sakene fra lageret.</Paragraph>}
      {status === 'ready' && list.length === 0 && (
        <EmptyState title="Ingen budsjettsaker ennå">
          Her bygger du en budsjettsak: ramme, øremerkede midler og usikkerhetsavsetning, estimater per tjenesteområde og
          aktør, og alternativer som sammenlignes side om side. Last inn eksempelsaken (NUIT-sak 43/23), start en ny sak,
          eller åpne en sak (.json) eller et estimatark (.xlsx).
        </EmptyState>
      )}
      {list.length > 0 && (
        <table className="data-table case-list" aria-label="Budsjettsaker">
          <thead>
            <tr>
              <th scope="col">Sak</th>
              <th scope="col">Sist endret</th>
              <th scope="col">
                <span className="visually-hidden">Handlinger</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((c) => (
              <tr key={c.id}>
                <td>
                  <Button variant="tertiary" data-size="sm" onClick={() => openStored(c.id).catch(fail)}>
                    {c.title}
                  </Button>
                </td>
                <td>{c.updatedAt ? dateTime.format(new Date(c.updatedAt)) : ''}</td>
                <td>
                  <ConfirmButton
                    label="Slett"
                    accessibleLabel={`Slett ${c.title}`}
                    question={`Slette «${c.title}»?`}
                    confirmLabel="Slett saken"
                    onConfirm={() => remove(c.id).catch(fail)}
                  >
                    Saken og historikken slettes fra denne maskinen. Lagrede .json-filer berøres ikke.
                  </ConfirmButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** A new case: title, first year (next year by default) and how many years. Years can be added or removed later. */
function NewCaseForm(props: { onCreate: (o: { title: string; firstYear: number; years: number }) => void; onCancel: () => void }) {
  const next = new Date().getFullYear() + 1;
  const [title, setTitle] = useState('Ny budsjettsak');
  const [first, setFirst] = useState(String(next));
  const [count, setCount] = useState('1');
  return (
    <form
      className="new-line"
      aria-labelledby="new-case-h"
      onSubmit={(e) => {
        e.preventDefault();
        props.onCreate({ title, firstYear: Number(first), years: Number(count) });
      }}
    >
      <Heading level={2} data-size="2xs" id="new-case-h">
        Ny budsjettsak
      </Heading>
      <Textfield data-size="sm" label="Tittel" value={title} onChange={(e) => setTitle(e.target.value)} />
      <Field data-size="sm">
        <Label>Første år</Label>
        <Select width="auto" value={first} onChange={(e) => setFirst(e.target.value)}>
          {Array.from({ length: 8 }, (_, i) => next - 2 + i).map((y) => (
            <Select.Option key={y} value={y}>
              {y}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field data-size="sm">
        <Label>Antall år</Label>
        <Select width="auto" value={count} onChange={(e) => setCount(e.target.value)}>
          {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => (
            <Select.Option key={n} value={n}>
              {n}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Button type="submit" variant="primary" data-size="sm">
        Opprett saken
      </Button>
      <Button type="button" variant="tertiary" data-size="sm" onClick={props.onCancel}>
        Avbryt
      </Button>
    </form>
  );
}
