import type { AreaId } from '../../app/areas.ts';

/**
 * Opens a stored budget case in the Budsjett area. The budget feature offers no entry of its own
 * for this, so its store is loaded on demand (the Budsjett page loads the same module anyway) and
 * asked to open the case before the area is shown. The case already open there is left as it is:
 * reading it again could replace edits that are still being saved.
 */
export async function openBudgetCase(id: string, navigate: (area: AreaId) => void): Promise<void> {
  const { useBudgetStore, whenSaved } = await import('../budget/budget-store.ts');
  if (useBudgetStore.getState().history?.present.id !== id) {
    await whenSaved();
    await useBudgetStore.getState().openStored(id);
    // Unreadable: the store has told the analyst; stay here.
    if (useBudgetStore.getState().history?.present.id !== id) return;
  }
  navigate('budsjett');
}
