import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';

export function ImportPage() {
  return (
    <>
      <PageHeader title="Import og eksport" lead="Hent inn porteføljerapporter og lag dokumenter til møtet." />
      <EmptyState title="Ingen importerte rapporter">
        Her importerer du kvartalsvise porteføljerapporter (Excel eller CSV). Hver periode lagres lokalt på denne
        maskinen og kan sammenlignes med tidligere perioder.
      </EmptyState>
    </>
  );
}
