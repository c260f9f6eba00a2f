import './budget.css';
import { useBudgetStore } from './budget-store.ts';
import { CaseList } from './CaseList.tsx';
import { CaseWorkspace } from './CaseWorkspace.tsx';
import { ImportChoice } from './ImportChoice.tsx';

/** The Budsjett area: the list of cases, or the open case. */
export function BudgetPage() {
  const open = useBudgetStore((s) => s.history !== null);
  return (
    <>
      {open ? <CaseWorkspace /> : <CaseList />}
      <ImportChoice />
    </>
  );
}
