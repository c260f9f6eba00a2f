import { CaseConflictError, loadCase, onCaseSavedElsewhere, saveCase } from '../../db/cases-repo.ts';
import type { BudgetCase } from '../../../shared/budget/model.ts';

/**
 * When another window saved the open case first (no lost update): the analyst is told and keeps
 * either version. Keeping theirs drops this window's unsaved edit; keeping mine stores it over
 * theirs, and theirs stays in the case's history. `ask` returns true to keep mine.
 */
export async function resolveCaseConflict(
  err: CaseConflictError,
  ask: (message: string) => boolean = (m) => window.confirm(m),
): Promise<{ kept: 'mine' | 'theirs'; case: BudgetCase }> {
  const keepMine =
    !err.theirs ||
    ask(
      `«${err.mine.title}» er endret i et annet vindu etter at du åpnet den her.\n\n` +
        'OK: behold endringene dine (den andre versjonen legges i historikken).\n' +
        'Avbryt: bruk versjonen fra det andre vinduet (den siste endringen din her forkastes).',
    );
  if (keepMine) {
    await saveCase(err.mine, { overwrite: true });
    return { kept: 'mine', case: err.mine };
  }
  // read again, so this window continues from the stored revision
  const theirs = (await loadCase(err.mine.id)) ?? err.theirs!;
  return { kept: 'theirs', case: theirs };
}

/**
 * Tells the analyst (once per case) when another window saves the case open here, so a conflict
 * does not come as a surprise. Returns the unsubscribe function.
 */
export function watchOtherWindows(openId: () => string | null, tell: (message: string) => void): () => void {
  let told: string | null = null;
  return onCaseSavedElsewhere((id) => {
    if (id !== openId() || told === id) return;
    told = id;
    tell('Saken er endret i et annet vindu. Lagrer du en endring her, blir du spurt om hvilken versjon som skal gjelde.');
  });
}

export { CaseConflictError };
