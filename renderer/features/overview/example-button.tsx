import { usePeriodStore } from '../../store/period.ts';
import { ExampleLoader } from '../import/ExampleLoader.tsx';

/** "Last inn eksempel" on the first-run screen: the import feature's loader, then the views refresh. */
export function ExampleButton() {
  const refresh = usePeriodStore((s) => s.refresh);
  return <ExampleLoader variant="secondary" onDone={() => void refresh()} />;
}
