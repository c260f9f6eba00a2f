// The kit's shared styles (panels, tables, filter rows), used by every area.
import '../components/panel.css';
import '../components/data-table.css';
import '../components/filter-bar.css';
import { SkipLink, Spinner } from '@digdir/designsystemet-react';
import { lazy, Suspense, useEffect } from 'react';
import type { ComponentType } from 'react';
import { Notices } from '../components/Notices.tsx';
import { AboutDialog } from '../features/about/AboutDialog.tsx';
import { BackupDialog } from '../features/backup/BackupDialog.tsx';
import { ProfileDialog } from '../features/settings/ProfileDialog.tsx';
import { useNavigation } from '../store/navigation.ts';
import { AREAS } from './areas.ts';
import type { AreaId } from './areas.ts';
import { PAGE_LOADERS } from './pages.ts';

const page = (id: AreaId): ComponentType => lazy(() => PAGE_LOADERS[id]().then((Page) => ({ default: Page })));
const PAGES = Object.fromEntries(AREAS.map((a) => [a.id, page(a.id)])) as Record<AreaId, ComponentType>;

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
      <SkipLink
        href="#innhold"
        onClick={(e) => {
          // The hash is the router's: following the link would route to "innhold" (Oversikt).
          e.preventDefault();
          document.getElementById('innhold')?.focus();
        }}
      >
        Hopp til innhold
      </SkipLink>
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
          <BackupDialog />
          <AboutDialog />
          <span className="muted offline-badge" title="Appen bruker aldri nettverket">
            Frakoblet · data lagres lokalt
          </span>
        </div>
      </aside>
      <main id="innhold" className="shell__main" tabIndex={-1}>
        <Suspense fallback={<Spinner aria-label="Laster …" data-size="md" />}>
          <Page />
        </Suspense>
      </main>
      <Notices />
    </div>
  );
}
