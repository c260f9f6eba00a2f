import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';

export function OpexPage() {
  return (
    <>
      <PageHeader title="Drift og forvaltning" lead="Økning i drift- og forvaltningskostnader per løsning og tiltak, per år." />
      <EmptyState title="Ingen D&F-kostnader å vise" action={{ label: 'Gå til import', area: 'import' }}>
        Her vises økningen i drift- og forvaltningskostnader per nasjonal løsning og tiltak, årlige totaler og
        akkumulert økning. Importer en rapport med tabellen «Drift og forvaltning».
      </EmptyState>
    </>
  );
}
