import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';

export function BudgetPage() {
  return (
    <>
      <PageHeader title="Budsjett" lead="Budsjettsaker til NUIT: ramme, estimater og alternativer." />
      <EmptyState title="Ingen budsjettsaker ennå" action={{ label: 'Gå til import', area: 'import' }}>
        Her bygger du en budsjettsak: ramme, øremerkede midler og usikkerhetsavsetning, estimater per tjenesteområde
        og aktør, og alternativer som sammenlignes side om side. Åpne en sak eller et estimatark for å begynne.
      </EmptyState>
    </>
  );
}
