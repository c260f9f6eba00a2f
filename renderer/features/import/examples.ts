import septemberUrl from '../../../assets/examples/portefolje-2022-09.xlsx?url';
import mayUrl from '../../../assets/examples/portefolje-2022-05-rekonstruert.xlsx?url';
import type { ImportFile } from '../../../shared/import/index.ts';
import { PeriodExistsError, provenanceOf, savePeriod } from '../../db/periods-repo.ts';
import type { PeriodListing } from '../../db/periods-repo.ts';
import { parseFiles } from './parse-files.ts';

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

/** Imports both example periods, each through the same parser and checks as any file. */
export async function loadExamples(options: { replace?: boolean; files?: ImportFile[] } = {}): Promise<ExampleLoadResult> {
  const files = options.files ?? (await fetchExampleFiles());
  const out: ExampleLoadResult = { saved: [], unchanged: [], conflicts: [] };
  for (const file of files) {
    const result = await parseFiles([file], () => {});
    if (!result.ok || !result.report) throw new Error(`Eksempelfilen ${file.name} kunne ikke importeres: ${result.errors[0]?.message ?? 'ukjent feil'}`);
    const provenance = await provenanceOf([file]);
    try {
      out.saved.push(await savePeriod(result.report, provenance, { replace: options.replace === true }));
    } catch (e) {
      if (!(e instanceof PeriodExistsError)) throw e;
      const same = e.existing.provenance.files.length === 1 && e.existing.provenance.files[0]!.sha256 === provenance.files[0]!.sha256;
      (same ? out.unchanged : out.conflicts).push(e.existing);
    }
  }
  return out;
}
