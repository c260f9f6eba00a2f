import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';

export function DependenciesPage() {
  return (
    <>
      <PageHeader title="Avhengigheter" lead="Hva tiltakene avhenger av: kategori, kritikalitet, status og frist." />
      <EmptyState title="Ingen avhengigheter å vise" action={{ label: 'Gå til import', area: 'import' }}>
        Her vises avhengighetene som er rapportert i porteføljerapporten, med de høyt kritiske og røde fremhevet, og en
        oppsummering per kategori og status. Importer en rapport med tabellen «Avhengigheter».
      </EmptyState>
    </>
  );
}
