import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';

export function InitiativesPage() {
  return (
    <>
      <PageHeader title="Tiltak" lead="Alle tiltak i porteføljen med aktør, segment, fase, status, risiko og innsatsområde." />
      <EmptyState title="Ingen tiltak å vise" action={{ label: 'Gå til import', area: 'import' }}>
        Her kommer tabellen over alle tiltak i valgt periode, med filtre, søk og lagrede visninger. Tiltakene hentes
        fra porteføljerapporten du importerer.
      </EmptyState>
    </>
  );
}
