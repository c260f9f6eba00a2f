/**
 * The budget feature as other features use it. Its store is loaded on demand (the Budsjett page
 * loads the same module anyway), so a page that links to a case carries no budget code.
 */
import type { AreaId } from '../../app/areas.ts';

/**
 * Opens a stored budget case in the Budsjett area: the store opens the case, then the area is
 * shown. The case already open there is left as it is: reading it again could replace edits that
 * are still being saved.
 */
export async function openBudgetCase(id: string, navigate: (area: AreaId) => void): Promise<void> {
  const { useBudgetStore, whenSaved } = await import('./budget-store.ts');
  if (useBudgetStore.getState().history?.present.id !== id) {
    await whenSaved();
    await useBudgetStore.getState().openStored(id);
    // Unreadable: the store has told the analyst; stay here.
    if (useBudgetStore.getState().history?.present.id !== id) return;
  }
  navigate('budsjett');
}
