import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';

export function ComparePeriodsPage() {
  return (
    <>
      <PageHeader title="Sammenlign perioder" lead="Hva som er endret mellom to rapporteringsperioder." />
      <EmptyState title="Trenger minst to perioder" action={{ label: 'Gå til import', area: 'import' }}>
        Velg to rapporteringsperioder for å se nye og avsluttede tiltak og endringer i status, risiko og fase. Importer
        minst to porteføljerapporter for å sammenligne.
      </EmptyState>
    </>
  );
}
