/** The build-time licence list (licenses.json, written by scripts/licenses.ts). */
import { formatCount } from '../../../shared/format/index.ts';

export interface LicenseEntry {
  name: string;
  version: string;
  license: string;
  text: string;
  /** Why the licence or its text is missing from the package, and what is known instead. */
  note?: string;
}

export interface LicenseReport {
  packages: LicenseEntry[];
  assets: { name: string; license: string; text: string }[];
}

/** Loaded on demand: the texts are a few hundred kB the start-up bundle need not carry. */
export async function loadLicenses(): Promise<LicenseReport> {
  const m = await import('./licenses.json');
  return (m.default ?? m) as LicenseReport;
}

/** "MIT (212), ISC (23), Apache-2.0 (4) …", most common first. */
export function summarizeLicenses(report: LicenseReport): string {
  const counts = new Map<string, number>();
  for (const p of report.packages) counts.set(p.license, (counts.get(p.license) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([license, n]) => `${license} (${formatCount(n)})`)
    .join(', ');
}
