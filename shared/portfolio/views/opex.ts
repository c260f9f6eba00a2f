/**
 * The D&F table as the report shows it: yearly cost increases per solution (løsning) and tiltak,
 * cells that hold markers instead of amounts, and yearly and accumulated totals computed from the
 * rows (which can differ from the totals the report prints: the printed ones are rounded by hand).
 */
import type { KNok } from '../../format/index.ts';
import { mNokToKNok, parseNorwegianNumber } from '../../format/index.ts';
import { opexTotals } from '../summary.ts';
import type { OpexMarker, OpexIncrease, PortfolioReport } from '../model.ts';

/** Rows grouped by solution, in the order they first occur. */
export function opexBySolution(lines: readonly OpexIncrease[]): { solution: string; lines: OpexIncrease[] }[] {
  const groups = new Map<string, OpexIncrease[]>();
  for (const l of lines) {
    const g = groups.get(l.solution);
    if (g) g.push(l);
    else groups.set(l.solution, [l]);
  }
  return [...groups.entries()].map(([solution, ls]) => ({ solution, lines: ls }));
}

/** Sum of one line's amounts over all years (markers add nothing). */
export function lineTotal(line: OpexIncrease): KNok {
  let s = 0;
  for (const c of Object.values(line.years)) if (c.kind === 'amount') s += c.kNok;
  return s;
}

/** The markers used in the table with their footnote text, from the report or a line's note. */
export function opexFootnotes(report: Pick<PortfolioReport, 'opex' | 'opexFootnotes'>): { marker: OpexMarker; text: string }[] {
  const out = new Map<OpexMarker, string>();
  for (const [m, t] of Object.entries(report.opexFootnotes) as [OpexMarker, string | undefined][]) if (t) out.set(m, t);
  for (const l of report.opex) {
    for (const c of Object.values(l.years)) {
      if (c.kind !== 'marker' || c.marker === 'blank' || out.has(c.marker)) continue;
      const fromNote = c.footnote ?? (l.note?.startsWith(c.marker + ' ') ? l.note : undefined);
      if (fromNote) out.set(c.marker, fromNote);
    }
  }
  return [...out.entries()].map(([marker, text]) => ({ marker, text })).sort((a, b) => a.marker.localeCompare(b.marker));
}

/** A year where the computed total differs from the one the report prints. */
export interface PrintedDifference {
  year: string;
  kind: 'total' | 'accumulated';
  computed: KNok;
  printed: KNok;
}

/**
 * Compares computed totals with the printed ones kept in the report's metadata
 * (`dof_totalsum_2022_2026_mnok` = "33;53;97;40;20", `dof_akkumulert_…`). Differences within the
 * printed figure's rounding (half a unit of its last digit) are not listed.
 */
export function printedDifferences(report: Pick<PortfolioReport, 'opex' | 'opexYears' | 'metadata'>): PrintedDifference[] {
  const { totals, accumulated } = opexTotals(report);
  const out: PrintedDifference[] = [];
  const check = (prefix: string, kind: PrintedDifference['kind'], computed: Record<string, KNok>) => {
    const entry = Object.entries(report.metadata).find(([k]) => k.startsWith(prefix));
    if (!entry) return;
    const values = entry[1].split(';').map((s) => parseNorwegianNumber(s));
    report.opexYears.forEach((year, idx) => {
      const printed = values[idx];
      if (printed === null || printed === undefined) return;
      const c = computed[String(year)] ?? 0;
      const decimals = entry[1].split(';')[idx]?.split(',')[1]?.length ?? 0;
      const tolerance = mNokToKNok(0.5 * 10 ** -decimals);
      if (Math.abs(c - mNokToKNok(printed)) > tolerance) out.push({ year: String(year), kind, computed: c, printed: mNokToKNok(printed) });
    });
  };
  check('dof_totalsum', 'total', totals);
  check('dof_akkumulert', 'accumulated', accumulated);
  return out;
}
