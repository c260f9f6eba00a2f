import { Button } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useNotices } from '../../store/notifications.ts';
import { CaseExportButtons } from '../export/index.tsx';
import { AlternativesEditor } from './AlternativesEditor.tsx';
import type { CaseTab } from './budget-store.ts';
import { saveCaseFile, useBudgetStore } from './budget-store.ts';
import { InvalidFieldsNotice } from './budget-ui.tsx';
import { CaseDetails } from './CaseDetails.tsx';
import { ComparisonView } from './ComparisonView.tsx';
import { LinesEditor } from './LinesEditor.tsx';
import { VersionsPanel } from './VersionsPanel.tsx';

const TABS: { id: CaseTab; label: string }[] = [
  { id: 'sak', label: 'Sak og ramme' },
  { id: 'estimater', label: 'Estimater' },
  { id: 'alternativer', label: 'Alternativer' },
  { id: 'sammenlign', label: 'Sammenlign' },
  { id: 'versjoner', label: 'Versjoner' },
];

/** An open case: its sections, undo/redo and file actions. Every edit is saved at once. */
export function CaseWorkspace() {
  const history = useBudgetStore((s) => s.history)!;
  const tab = useBudgetStore((s) => s.tab);
  const setTab = useBudgetStore((s) => s.setTab);
  const undo = useBudgetStore((s) => s.undo);
  const redo = useBudgetStore((s) => s.redo);
  const close = useBudgetStore((s) => s.close);
  const saving = useBudgetStore((s) => s.saving);
  const notify = useNotices((s) => s.notify);
  const c = history.present;
  const fail = (e: unknown) => notify('danger', e instanceof Error ? e.message : String(e));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        if (e.shiftKey) redo();
        else undo();
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'y') {
        e.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  const actions = (
    <>
      <Button variant="tertiary" data-size="sm" onClick={undo} disabled={history.past.length === 0}>
        Angre
      </Button>
      <Button variant="tertiary" data-size="sm" onClick={redo} disabled={history.future.length === 0}>
        Gjør om
      </Button>
      <Button variant="secondary" data-size="sm" onClick={() => saveCaseFile(c).catch(fail)}>
        Lagre som fil
      </Button>
      <CaseExportButtons caseId={c.id} size="sm" />
      <Button variant="tertiary" data-size="sm" onClick={close}>
        Alle saker
      </Button>
    </>
  );
  return (
    <>
      <PageHeader
        title={c.title}
        lead={
          <>
            {c.meta.caseNumber ? `Sak ${c.meta.caseNumber} · ` : ''}
            {c.years.length > 1 ? `${c.years[0]}–${c.years[c.years.length - 1]}` : c.years[0]} ·{' '}
            <span aria-live="polite">{saving ? 'Lagrer …' : 'Lagret'}</span>
          </>
        }
        actions={actions}
      />
      <InvalidFieldsNotice />
      <div
        className="case-tabs"
        role="tablist"
        aria-label="Deler av saken"
        onKeyDown={(e) => {
          // Arrow keys move between tabs, as a tab list should.
          const i = TABS.findIndex((t) => t.id === tab);
          const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
          if (next === null) return;
          e.preventDefault();
          const t = TABS[(next + TABS.length) % TABS.length]!;
          setTab(t.id);
          document.getElementById(`tab-${t.id}`)?.focus();
        }}
      >
        {TABS.map((t) => (
          <button
            key={t.id}
            role="tab"
            type="button"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls="case-panel"
            tabIndex={tab === t.id ? 0 : -1}
            className="case-tab"
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <section id="case-panel" role="tabpanel" aria-labelledby={`tab-${tab}`} className="case-panel">
        {tab === 'sak' && <CaseDetails c={c} />}
        {tab === 'estimater' && <LinesEditor c={c} />}
        {tab === 'alternativer' && <AlternativesEditor c={c} />}
        {tab === 'sammenlign' && <ComparisonView c={c} />}
        {tab === 'versjoner' && <VersionsPanel c={c} />}
      </section>
    </>
  );
}
