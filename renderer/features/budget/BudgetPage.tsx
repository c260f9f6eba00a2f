import './budget.css';
import { useEffect } from 'react';
import { restoreBudgetPlace, useBudgetStore } from './budget-store.ts';
import { CaseList } from './CaseList.tsx';
import { CaseWorkspace } from './CaseWorkspace.tsx';
import { ImportChoice } from './ImportChoice.tsx';

/** The Budsjett area: the list of cases, or the open case. */
export function BudgetPage() {
  const open = useBudgetStore((s) => s.history !== null);
  // after a reload: back to the case and tab the analyst had open
  useEffect(() => void restoreBudgetPlace(), []);
  return (
    <>
      {open ? <CaseWorkspace /> : <CaseList />}
      <ImportChoice />
    </>
  );
}
