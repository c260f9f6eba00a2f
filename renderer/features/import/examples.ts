import septemberUrl from '../../../assets/examples/portefolje-2022-09.xlsx?url';
import mayUrl from '../../../assets/examples/portefolje-2022-05-rekonstruert.xlsx?url';
import type { ImportFile } from '../../../shared/import/index.ts';
import type { PeriodListing } from '../../db/periods-repo.ts';
import type { ImportRunner } from './import-runner.ts';

/**
 * The example: the September 2022 report and the May 2022 period reconstructed from its change
 * notes (assets/examples, built by scripts/build-examples.ts from ../shared/data only).
 */
export const EXAMPLE_FILES = [
  { name: 'portefolje-2022-05-rekonstruert.xlsx', url: mayUrl },
  { name: 'portefolje-2022-09.xlsx', url: septemberUrl },
];

export async function fetchExampleFiles(): Promise<ImportFile[]> {
  return Promise.all(
    EXAMPLE_FILES.map(async (f) => {
      const res = await fetch(f.url);
      if (!res.ok) throw new Error(`Fant ikke eksempelfilen ${f.name}.`);
      return { name: f.name, bytes: new Uint8Array(await res.arrayBuffer()) };
    }),
  );
}

export interface ExampleLoadResult {
  saved: PeriodListing[];
  /** Already stored with the same content. */
  unchanged: PeriodListing[];
  /** Stored with other content; not replaced unless asked. */
  conflicts: PeriodListing[];
}

/** Imports both example periods, each through the same worker, checks and backup as any file. */
export async function loadExamples(runner: ImportRunner, options: { replace?: boolean; files?: ImportFile[] } = {}): Promise<ExampleLoadResult> {
  const files = options.files ?? (await fetchExampleFiles());
  const out: ExampleLoadResult = { saved: [], unchanged: [], conflicts: [] };
  for (const file of files) {
    const preview = await runner.read([file], () => {});
    if (!preview.ok) throw new Error(`Eksempelfilen ${file.name} kunne ikke importeres: ${preview.errors[0]?.message ?? 'ukjent feil'}`);
    const outcome = await runner.store({ importId: preview.importId, periodKey: null, replace: options.replace === true }, () => {});
    if (outcome.kind === 'failed') throw new Error(outcome.message);
    if (outcome.kind === 'stored') out.saved.push(outcome.listing);
    else {
      runner.discard(preview.importId);
      (outcome.sameFiles ? out.unchanged : out.conflicts).push(outcome.existing);
    }
  }
  return out;
}
