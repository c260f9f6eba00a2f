/**
 * Two readings of one case side by side: the case as it is and a named version of it (the
 * example's literal reading of the set-asides against the "Modellert lesning" that reproduces the
 * document's "ca. 17"). Per planned year: the available amount and how it is worked out, the
 * estimates, the gap, and every alternative's total and balance, matched by id.
 */
import type { KNok } from '../format/index.ts';
import type { AlternativeResult, CompiledCase } from './compute.ts';
import { compileCase, computeCase } from './compute.ts';
import type { BudgetCaseContent, Provenance } from './model.ts';
import { availabilityFormula } from './set-asides.ts';

/** One reading: a name ("Saken nå", a version's name) and its content. */
export interface Reading {
  name: string;
  content: BudgetCaseContent;
}

/** A row of the side-by-side table; a value is null where the reading lacks the year or alternative. */
export interface ReadingRow {
  year: number;
  kind: 'available' | 'estimates' | 'gap' | 'alternative';
  label: string;
  values: [KNok | null, KNok | null];
  /** Right minus left; null when either is missing. */
  deltaKNok: KNok | null;
  /** For `available`: the sum in words per reading ("267,1 − 20,0 øremerket − 12 % av 247,1 = 217,4"). */
  words?: [string | null, string | null];
  /** For `alternative`: its id, its balance per reading and where its figures come from. */
  alternativeId?: string;
  balances?: [KNok | null, KNok | null];
  sources?: [Provenance | null, Provenance | null];
}

export interface ReadingsComparison {
  names: [string, string];
  /** Years with estimates in either reading. */
  years: number[];
  rows: ReadingRow[];
}

interface Computed {
  reading: Reading;
  cc: CompiledCase;
  results: AlternativeResult[];
}

function compute(reading: Reading): Computed {
  const cc = compileCase(reading.content);
  return { reading, cc, results: computeCase(reading.content, cc) };
}

/** Years with estimates: what a reading plans. */
function plannedYears(x: Computed): number[] {
  return x.cc.years.filter((_y, i) => x.cc.planned[i] === 1);
}

const pair = <T>(f: (x: Computed) => T | null, a: Computed, b: Computed): [T | null, T | null] => [f(a), f(b)];
const delta = ([l, r]: [KNok | null, KNok | null]): KNok | null => (l === null || r === null ? null : r - l);

/** The side-by-side table of two readings. Pure. */
export function compareReadings(left: Reading, right: Reading): ReadingsComparison {
  const a = compute(left);
  const b = compute(right);
  const years = [...new Set([...plannedYears(a), ...plannedYears(b)])].sort((x, y) => x - y);
  // the left reading's alternatives in its order, then those only the right one has
  const altIds = [...left.content.alternatives, ...right.content.alternatives.filter((x) => !left.content.alternatives.some((l) => l.id === x.id))].map((x) => x.id);
  const rows: ReadingRow[] = [];
  for (const year of years) {
    const at = (x: Computed) => {
      const y = x.cc.years.indexOf(year);
      return y < 0 ? null : y;
    };
    const value = (f: (x: Computed, y: number) => KNok | null) => (x: Computed) => {
      const y = at(x);
      return y === null ? null : f(x, y);
    };
    const available = pair(value((x, y) => x.cc.available[y]!), a, b);
    rows.push({
      year, kind: 'available', label: `Til fordeling ${year}`, values: available, deltaKNok: delta(available),
      words: pair((x) => {
        const y = at(x);
        return y === null ? null : availabilityFormula(x.cc.availability[y]!);
      }, a, b),
    });
    const estimates = pair(value((x, y) => x.results[0]!.total[y]!), a, b);
    rows.push({ year, kind: 'estimates', label: `Estimater ${year}`, values: estimates, deltaKNok: delta(estimates) });
    const gap = pair(value((x, y) => x.results[0]!.balance[y]!), a, b);
    rows.push({ year, kind: 'gap', label: `Balanse med estimatene ${year}`, values: gap, deltaKNok: delta(gap) });
    for (const id of altIds) {
      const result = (x: Computed) => x.results.find((r) => r.alternativeId === id);
      const totals = pair(value((x, y) => result(x)?.total[y] ?? null), a, b);
      const balances = pair(value((x, y) => result(x)?.balance[y] ?? null), a, b);
      const alt = left.content.alternatives.find((x) => x.id === id) ?? right.content.alternatives.find((x) => x.id === id)!;
      rows.push({
        year, kind: 'alternative', label: `${alt.name} ${year}`, values: totals, deltaKNok: delta(totals), alternativeId: id, balances,
        sources: pair((x) => x.reading.content.alternatives.find((y) => y.id === id)?.source ?? null, a, b),
      });
    }
  }
  return { names: [left.name, right.name], years, rows };
}
