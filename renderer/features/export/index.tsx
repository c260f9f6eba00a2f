/**
 * The export feature as other features use it: the export section and the export buttons, each
 * loaded when first shown, so the pages that embed them (Import og eksport, Oversikt, a budget
 * case) carry no export code of their own.
 */
import { lazy, Suspense } from 'react';
import type { CaseExportButtons as CaseButtons } from './CaseExportButtons.tsx';
import type { PeriodExportButtons as PeriodButtons } from './PeriodExportButtons.tsx';

const LazySection = lazy(() => import('./ExportSection.tsx').then((m) => ({ default: m.ExportSection })));
const LazyPeriodButtons = lazy(() => import('./PeriodExportButtons.tsx').then((m) => ({ default: m.PeriodExportButtons })));
const LazyCaseButtons = lazy(() => import('./CaseExportButtons.tsx').then((m) => ({ default: m.CaseExportButtons })));

/** Every stored period and budget case with its exports (see ExportSection.tsx). */
export function ExportSection() {
  return (
    <Suspense fallback={null}>
      <LazySection />
    </Suspense>
  );
}

/** Status report, workbook and CSV of one period (see PeriodExportButtons.tsx). */
export function PeriodExportButtons(props: Parameters<typeof PeriodButtons>[0]) {
  return (
    <Suspense fallback={null}>
      <LazyPeriodButtons {...props} />
    </Suspense>
  );
}

/** Case document and case workbook of one budget case (see CaseExportButtons.tsx). */
export function CaseExportButtons(props: Parameters<typeof CaseButtons>[0]) {
  return (
    <Suspense fallback={null}>
      <LazyCaseButtons {...props} />
    </Suspense>
  );
}
