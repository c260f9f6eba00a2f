import type { BudgetCase } from '../../../shared/budget/model.ts';
import type { KNok } from '../../../shared/format/index.ts';

/** A budget case with lines that fund one tiltak (the lines name its number in `initiativeNrs`). */
export interface FundingCase {
  id: string;
  title: string;
  /** Saksnummer ("43/23"), or "". */
  caseNumber: string;
  /** The years of the funding lines, ascending. */
  years: number[];
  /** Per service area, its name and the actors (short names) of the funding lines. */
  areas: { name: string; actors: string[] }[];
  /** The funding lines' estimates summed over their years (the baseline, not an alternative). */
  estimateKNok: KNok;
  /** Other tiltak the same lines fund, ascending: their estimate is counted here in full. */
  sharedWith: string[];
}

/** The stored cases whose lines fund tiltak `nr`, in the order given (newest first from the repository). */
export function casesFunding(cases: readonly BudgetCase[], nr: string): FundingCase[] {
  return cases.flatMap((c): FundingCase[] => {
    const lines = c.lines.filter((l) => l.initiativeNrs.includes(nr));
    if (lines.length === 0) return [];
    const areas = new Map<string, Set<string>>();
    for (const l of lines) {
      const area = c.areas.find((a) => a.id === l.areaId)?.name ?? l.areaId;
      const actor = c.actors.find((a) => a.id === l.actorId);
      const actors = areas.get(area) ?? new Set<string>();
      actors.add(actor?.shortName || actor?.name || l.actorId);
      areas.set(area, actors);
    }
    const others = new Set(lines.flatMap((l) => l.initiativeNrs).filter((x) => x !== nr));
    return [
      {
        id: c.id,
        title: c.title,
        caseNumber: c.meta.caseNumber,
        years: [...new Set(lines.map((l) => l.year))].sort((a, b) => a - b),
        areas: [...areas].map(([name, actors]) => ({ name, actors: [...actors] })),
        estimateKNok: lines.reduce((sum, l) => sum + l.estimateKNok, 0),
        sharedWith: [...others].sort((a, b) => a.localeCompare(b, 'nb-NO', { numeric: true })),
      },
    ];
  });
}

/** "2024", "2024–2026" for consecutive years, "2024, 2026" otherwise. */
export function yearsText(years: readonly number[]): string {
  if (years.length === 0) return '';
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  return consecutive && years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years.join(', ');
}
