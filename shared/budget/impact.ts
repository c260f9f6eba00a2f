/**
 * "Hva kuttet berører": for each line an alternative cuts, the tiltak the line funds and the tiltak
 * and dependencies in the portfolio that depend on them, with status, risk and criticality, taken
 * from one portfolio period (normally the latest).
 */
import type { KNok } from '../format/index.ts';
import type {
  Criticality,
  Dependency,
  Initiative,
  Phase,
  PortfolioReport,
  TrafficLight,
} from '../portfolio/index.ts';
import type { AlternativeResult, CompiledCase } from './compute.ts';
import type { BudgetCaseContent } from './model.ts';
import { lineLabel } from './model.ts';

/** A tiltak as seen from a cut; `found` is false when the number is not in the period's list. */
export interface TouchedInitiative {
  nr: string;
  name: string | null;
  owner: string | null;
  phase: Phase | null;
  status: TrafficLight | null;
  risk: TrafficLight | null;
  found: boolean;
}

/** A dependency another tiltak has on a funded tiltak. */
export interface TouchedDependency {
  /** The tiltak that depends. */
  dependent: TouchedInitiative;
  /** The funded tiltak it depends on. */
  dependsOnNr: string;
  description: string;
  dependsOn: string;
  criticality: Criticality | null;
  status: TrafficLight | null;
  deadline: string | null;
}

export interface CutImpact {
  lineId: string;
  label: string;
  year: number;
  estimateKNok: KNok;
  amountKNok: KNok;
  cutKNok: KNok;
  /** Tiltak the line funds. */
  funded: TouchedInitiative[];
  /** Dependencies on the funded tiltak, high criticality first. */
  dependencies: TouchedDependency[];
}

const CRIT_RANK: Record<Criticality, number> = { high: 0, medium: 1, low: 2 };

function touched(nr: string, byNr: Map<string, Initiative>, fallbackName: string | null = null): TouchedInitiative {
  const i = byNr.get(nr);
  return i
    ? { nr, name: i.name, owner: i.owner, phase: i.phase, status: i.status, risk: i.risk, found: true }
    : { nr, name: fallbackName, owner: null, phase: null, status: null, risk: null, found: false };
}

/** The tiltak number a dependency points at: its parsed number, or "(160)" in its text. */
function dependsOnNr(d: Dependency): string | null {
  if (d.dependsOnNr) return d.dependsOnNr;
  const m = /\((\d+)\)\s*$/.exec(d.dependsOn);
  return m ? m[1]! : null;
}

/**
 * What the cuts of one alternative touch. Lines that are not cut are left out; `report` null gives
 * the funded numbers without portfolio details (found = false).
 */
export function cutImpacts(
  c: BudgetCaseContent,
  cc: CompiledCase,
  r: AlternativeResult,
  report: PortfolioReport | null,
): CutImpact[] {
  const byNr = new Map((report?.initiatives ?? []).map((i) => [i.nr, i]));
  const depsByTarget = new Map<string, Dependency[]>();
  for (const d of report?.dependencies ?? []) {
    const nr = dependsOnNr(d);
    if (!nr) continue;
    const list = depsByTarget.get(nr) ?? [];
    list.push(d);
    depsByTarget.set(nr, list);
  }
  const out: CutImpact[] = [];
  for (let i = 0; i < cc.lineIds.length; i++) {
    const est = cc.estimate[i]!;
    const amt = r.amounts[i]!;
    if (amt >= est) continue;
    const line = c.lines[i]!;
    const dependencies: TouchedDependency[] = [];
    for (const nr of line.initiativeNrs) {
      for (const d of depsByTarget.get(nr) ?? []) {
        dependencies.push({
          dependent: touched(d.initiativeNr, byNr, d.initiativeName),
          dependsOnNr: nr,
          description: d.description,
          dependsOn: d.dependsOn,
          criticality: d.criticality,
          status: d.status,
          deadline: d.deadline,
        });
      }
    }
    dependencies.sort(
      (a, b) => (a.criticality ? CRIT_RANK[a.criticality] : 3) - (b.criticality ? CRIT_RANK[b.criticality] : 3),
    );
    out.push({
      lineId: line.id,
      label: lineLabel(c, line),
      year: line.year,
      estimateKNok: est,
      amountKNok: amt,
      cutKNok: est - amt,
      funded: line.initiativeNrs.map((nr) => touched(nr, byNr)),
      dependencies,
    });
  }
  return out;
}
