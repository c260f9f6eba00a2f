import { SkipLink } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import type { ComponentType } from 'react';
import { Notices } from '../components/Notices.tsx';
import { BudgetPage } from '../features/budget/BudgetPage.tsx';
import { ComparePeriodsPage } from '../features/compare/ComparePeriodsPage.tsx';
import { DependenciesPage } from '../features/dependencies/DependenciesPage.tsx';
import { ImportPage } from '../features/import/ImportPage.tsx';
import { InitiativesPage } from '../features/initiatives/InitiativesPage.tsx';
import { OpexPage } from '../features/opex/OpexPage.tsx';
import { OverviewPage } from '../features/overview/OverviewPage.tsx';
import { ProfileDialog } from '../features/settings/ProfileDialog.tsx';
import { useNavigation } from '../store/navigation.ts';
import { AREAS } from './areas.ts';
import type { AreaId } from './areas.ts';

const PAGES: Record<AreaId, ComponentType> = {
  oversikt: OverviewPage,
  tiltak: InitiativesPage,
  avhengigheter: DependenciesPage,
  drift: OpexPage,
  perioder: ComparePeriodsPage,
  budsjett: BudgetPage,
  import: ImportPage,
};

/** The shell: navigation on the left, the chosen area on the right. */
export function App() {
  const area = useNavigation((s) => s.area);
  const navigate = useNavigation((s) => s.navigate);
  const syncFromLocation = useNavigation((s) => s.syncFromLocation);

  useEffect(() => {
    const onHash = () => syncFromLocation();
    window.addEventListener('popstate', onHash);
    window.addEventListener('hashchange', onHash);
    return () => {
      window.removeEventListener('popstate', onHash);
      window.removeEventListener('hashchange', onHash);
    };
  }, [syncFromLocation]);

  useEffect(() => {
    const label = AREAS.find((a) => a.id === area)?.label ?? '';
    document.title = `${label} – Helseportefølje`;
  }, [area]);

  const Page = PAGES[area];
  return (
    <div className="shell">
      <SkipLink href="#innhold">Hopp til innhold</SkipLink>
      <aside className="shell__nav">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true">
            HP
          </span>
          <span className="brand__name">Helseportefølje</span>
        </div>
        <nav aria-label="Hovedmeny">
          <ul>
            {AREAS.map((a) => (
              <li key={a.id}>
                <a
                  href={`#${a.id}`}
                  aria-current={a.id === area ? 'page' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(a.id);
                  }}
                >
                  {a.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="shell__nav-footer">
          <ProfileDialog />
          <span className="muted offline-badge" title="Appen bruker aldri nettverket">
            Frakoblet · data lagres lokalt
          </span>
        </div>
      </aside>
      <main id="innhold" className="shell__main" tabIndex={-1}>
        <Page />
      </main>
      <Notices />
    </div>
  );
}
