import { usePeriodStore } from '../../store/period.ts';
import { ExampleLoader } from '../import/ExampleLoader.tsx';

/**
 * "Last inn eksempel" on the first-run screen: stores the example periods through the import
 * feature (same parser and checks as any file), then the views list them.
 */
export function ExampleButton() {
  const refresh = usePeriodStore((s) => s.refresh);
  return <ExampleLoader variant="secondary" onDone={() => void refresh()} />;
}
