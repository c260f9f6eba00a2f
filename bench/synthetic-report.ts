/**
 * Synthetic portfolio reports for benchmarks: n tiltak (with three extra columns, twelve in all),
 * n/2 dependencies and n/10 D&F lines over five years. Deterministic, obviously not real data.
 */
import { ACTIVITIES, PHASES, SEGMENTS, TRAFFIC_LIGHTS } from '../shared/portfolio/model.ts';
import type { PortfolioReport } from '../shared/portfolio/model.ts';
import { writeCanonicalWorkbook } from '../shared/import/portfolio/write-canonical.ts';

export function syntheticReport(n: number): PortfolioReport {
  const pick = <T,>(list: readonly T[], i: number) => list[i % list.length]!;
  const initiatives = Array.from({ length: n }, (_v, i) => ({
    nr: String(i + 1),
    owner: `Aktør ${i % 37}`,
    name: `Syntetisk tiltak nummer ${i + 1} for måling`,
    segment: pick(SEGMENTS, i),
    phase: pick(PHASES, i >> 1),
    activity: pick(ACTIVITIES, i % 7 === 0 ? 1 : 0),
    status: pick(TRAFFIC_LIGHTS, i >> 2),
    risk: pick(SEGMENTS, i) === 'observere' ? null : pick(TRAFFIC_LIGHTS, i >> 3),
    focusArea: { code: `${1 + (i % 6)}.${1 + (i % 3)}`, name: 'Innsatsområde for måling' },
    extra: { 'Kontaktperson': `Person ${i % 101}`, 'Budsjett (MNOK)': String((i % 97) / 10), 'Kommentar': i % 5 === 0 ? 'Merknad med æøå' : 'Ingen' },
    source: null,
  }));
  const dependencies = Array.from({ length: Math.floor(n / 2) }, (_v, i) => ({
    initiativeNr: String(1 + ((i * 7) % n)),
    initiativeName: null,
    owner: null,
    description: `Leveranse ${i} fra en annen aktør`,
    dependsOn: `Tiltak (${1 + ((i * 13) % n)})`,
    dependsOnNr: String(1 + ((i * 13) % n)),
    category: 'Nasjonale løsninger',
    criticality: (['high', 'medium', 'low'] as const)[i % 3]!,
    status: pick(TRAFFIC_LIGHTS, i),
    deadline: `2023-${String(1 + (i % 12)).padStart(2, '0')}-15`,
    extra: {},
    source: null,
  }));
  const years = [2022, 2023, 2024, 2025, 2026];
  const opex = Array.from({ length: Math.floor(n / 10) }, (_v, i) => ({
    solution: `Løsning ${i % 9}`,
    initiativeName: `Linje ${i}`,
    initiativeNr: null,
    years: Object.fromEntries(years.map((y, k) => [String(y), (i + k) % 6 === 0 ? { kind: 'marker' as const, marker: 'blank' as const } : { kind: 'amount' as const, kNok: ((i * 31 + k) % 500) * 100 }])),
    note: null,
    extra: {},
    source: null,
  }));
  return {
    period: { key: '2030-01', label: 'Januar 2030', reportDate: null, title: 'Syntetisk rapport', reconstructed: false, notes: 'Syntetiske data for måling' },
    initiatives,
    dependencies,
    opex,
    opexYears: years,
    opexFootnotes: {},
    focusAreas: [],
    extraColumns: { initiatives: ['Kontaktperson', 'Budsjett (MNOK)', 'Kommentar'], dependencies: [], opex: [] },
    metadata: {},
  };
}

export function syntheticWorkbook(n: number): Uint8Array {
  return writeCanonicalWorkbook(syntheticReport(n));
}
