import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';

export function OverviewPage() {
  return (
    <>
      <PageHeader title="Oversikt" lead="Porteføljen i valgt rapporteringsperiode." />
      <EmptyState title="Ingen rapporteringsperioder ennå" action={{ label: 'Gå til import', area: 'import' }}>
        Oversikten viser aktive tiltak per segment, status og risiko per segment, aktør, fase og innsatsområde, tiltak
        med rød risiko og rød status, og hva som er nytt og avsluttet siden forrige periode. Importer en
        porteføljerapport (Excel eller CSV), eller last inn eksemplet fra september 2022, for å komme i gang.
      </EmptyState>
    </>
  );
}
