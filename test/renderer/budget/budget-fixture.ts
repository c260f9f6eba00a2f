import { configure } from '@testing-library/react';
import { HelseDatabase, setDb } from '../../../renderer/db/database.ts';
import { useBudgetStore, whenSaved } from '../../../renderer/features/budget/budget-store.ts';
import { setPeriodSource } from '../../../renderer/store/period.ts';

// IndexedDB (fake) and whole-page renders can take seconds on the shared, loaded machine.
configure({ asyncUtilTimeout: 10_000 });

/** A fresh database and an empty budget store for each test. */
export async function freshBudget(): Promise<void> {
  // Saves still running from the previous test must land in its database, not this one.
  await whenSaved();
  setDb(new HelseDatabase(`budget-${Math.random()}`));
  setPeriodSource(null);
  useBudgetStore.setState({ list: [], listStatus: 'idle', history: null, tab: 'sak', selectedAltId: null, compareIds: [], saving: false });
}
