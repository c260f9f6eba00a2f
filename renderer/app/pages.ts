import type { ComponentType } from 'react';
import type { AreaId } from './areas.ts';

/**
 * Each area's page, loaded on first visit, so start-up parses only the shell; import, budget and
 * export code (and their libraries) arrive when the analyst goes there. One loader per area, used
 * by the shell's lazy pages and by the start-up preload (the browser fetches a module once).
 */
export const PAGE_LOADERS: Record<AreaId, () => Promise<ComponentType>> = {
  oversikt: () => import('../features/overview/OverviewPage.tsx').then((m) => m.OverviewPage),
  tiltak: () => import('../features/initiatives/InitiativesPage.tsx').then((m) => m.InitiativesPage),
  avhengigheter: () => import('../features/dependencies/DependenciesPage.tsx').then((m) => m.DependenciesPage),
  drift: () => import('../features/opex/OpexPage.tsx').then((m) => m.OpexPage),
  perioder: () => import('../features/compare/ComparePeriodsPage.tsx').then((m) => m.ComparePeriodsPage),
  budsjett: () => import('../features/budget/BudgetPage.tsx').then((m) => m.BudgetPage),
  import: () => import('../features/import/ImportPage.tsx').then((m) => m.ImportPage),
};
