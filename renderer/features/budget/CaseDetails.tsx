import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { toIsoDate } from '../../components/dates.ts';
import { useDraft } from './use-draft.ts';
import type { BudgetCase, CaseMeta } from '../../../shared/budget/model.ts';
import { AllocationsPanel } from './AllocationsPanel.tsx';
import { useBudgetStore } from './budget-store.ts';
import { FramesPanel } from './FramesPanel.tsx';

const META: { key: keyof CaseMeta; label: string; long?: boolean }[] = [
  { key: 'caseNumber', label: 'Saksnummer' },
  { key: 'caseNumberNote', label: 'Merknad til saksnummeret' },
  { key: 'meeting', label: 'Møte' },
  { key: 'date', label: 'Dato' },
  { key: 'caseType', label: 'Sakstype' },
  { key: 'from', label: 'Fra' },
  { key: 'to', label: 'Til' },
  { key: 'caseOfficer', label: 'Saksbehandler' },
  { key: 'proposedDecision', label: 'Forslag til vedtak', long: true },
  { key: 'purpose', label: 'Hensikt', long: true },
  { key: 'background', label: 'Bakgrunn', long: true },
  { key: 'recommendation', label: 'Anbefaling', long: true },
  { key: 'attachments', label: 'Vedlegg (ett per linje, slik saken navngir dem: «Vedlegg 1A: …»)', long: true },
];

/** A text field that saves as the analyst types (after a pause, on leaving it, before the window closes). */
function CommitField(props: { label: string; value: string; long?: boolean; onCommit: (v: string) => void }) {
  const draft = useDraft(props.value, props.onCommit);
  const common = { label: props.label, value: draft.text, onBlur: draft.commit };
  return props.long ? (
    <Textfield {...common} multiline rows={3} onChange={(e) => draft.change(e.target.value)} />
  ) : (
    <Textfield {...common} onChange={(e) => draft.change(e.target.value)} />
  );
}

/**
 * The case's date, chosen in a date field and stored as ISO (yyyy-mm-dd). A date an older case holds
 * as text ("31.10.2023") shows in the field as that date, and is stored as ISO once the analyst picks
 * one; text that is no date stays stored, and is shown with a message, until a date is picked.
 */
function DateField(props: { label: string; value: string; onCommit: (iso: string) => void }) {
  const stored = props.value.trim();
  const iso = stored === '' ? '' : toIsoDate(stored);
  const draft = useDraft(iso ?? '', props.onCommit);
  const unreadable = iso === null && draft.text === '';
  return (
    <Textfield
      label={props.label}
      type="date"
      value={draft.text}
      onChange={(e) => draft.change(e.target.value)}
      onBlur={draft.commit}
      error={unreadable ? `Lagret som «${stored}», som ikke er en dato. Teksten beholdes til du velger en dato.` : undefined}
    />
  );
}

/** The case's fields, frames per year and notes. */
export function CaseDetails(props: { c: BudgetCase }) {
  const { c } = props;
  const edit = useBudgetStore((s) => s.edit);
  return (
    <div className="case-details">
      <FramesPanel c={c} />
      <AllocationsPanel c={c} />

      {c.notes.length > 0 && (
        <section aria-labelledby="notes-h" className="case-notes">
          <Heading level={2} data-size="xs" id="notes-h">
            Merknader om tallene
          </Heading>
          {c.notes.map((n) => (
            <details key={n.title}>
              <summary>{n.title}</summary>
              <Paragraph data-size="sm">{n.text}</Paragraph>
            </details>
          ))}
        </section>
      )}

      <section aria-labelledby="meta-h" className="meta-grid">
        <Heading level={2} data-size="xs" id="meta-h">
          Saken
        </Heading>
        <CommitField label="Tittel" value={c.title} onCommit={(v) => edit((x, now) => ({ ...x, title: v || x.title, updatedAt: now }))} />
        {META.map((m) => {
          const commit = (v: string) => edit((x, now) => ({ ...x, meta: { ...x.meta, [m.key]: v }, updatedAt: now }));
          return m.key === 'date' ? (
            <DateField key={m.key} label={m.label} value={c.meta.date} onCommit={commit} />
          ) : (
            <CommitField key={m.key} label={m.label} long={m.long} value={c.meta[m.key]} onCommit={commit} />
          );
        })}
      </section>
    </div>
  );
}
