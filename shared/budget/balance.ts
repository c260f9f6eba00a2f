/**
 * The balancing assistant (cost-constraint analysis): given the shortfall of an alternative in one
 * or more years, propose cuts across the lines the analyst selects so that the alternative fits the
 * frame exactly — in proportion to the amounts, by weights, or in priority order — never touching a
 * locked line and never going below a line's minimum. Whole kNOK; remainders are handed out by the
 * largest-remainder rule with ties broken by line order, so the same input always gives the same cuts.
 */
import type { KNok } from '../format/index.ts';
import { formatMNok } from '../format/index.ts';
import type { CompiledCase } from './compute.ts';
import { aggregate, resolveAlternative } from './compute.ts';
import type { Alternative, BudgetCaseContent, LineAdjustment } from './model.ts';
import { blankAdjustment, lineLabel } from './model.ts';

/** How the shortfall is spread over the selected lines. */
export type BalanceMethod =
  | { kind: 'proportional' }
  /** Share of the cut ∝ weight (≥ 0; lines without a weight get 0). */
  | { kind: 'weights'; weights: Record<string, number> }
  /** Cut the first line down to its minimum, then the next ... (`order` lists line ids). */
  | { kind: 'priority'; order: string[] };

export interface BalanceRequest {
  /** The alternative to start from (the baseline when it has no adjustments). */
  alternative: Alternative;
  /** Lines the analyst allows to be cut. */
  lineIds: string[];
  method: BalanceMethod;
  /** Years to balance; omitted: every year with a shortfall. */
  years?: number[];
  /** Name of the proposed alternative. */
  name?: string;
  /** Id for the proposed alternative. */
  newId?: string;
}

export interface BalanceCut {
  lineId: string;
  year: number;
  label: string;
  beforeKNok: KNok;
  afterKNok: KNok;
  cutKNok: KNok;
}

export interface BalanceYear {
  year: number;
  shortfallKNok: KNok;
  cutKNok: KNok;
  /** What is still missing after the proposal (0 when it fits). */
  missingKNok: KNok;
}

export interface BalanceProposal {
  /** The proposed alternative: the starting alternative with the cuts as set amounts. */
  alternative: Alternative;
  cuts: BalanceCut[];
  years: BalanceYear[];
  /** True when every balanced year fits the frame. */
  feasible: boolean;
  /** Sum of what is still missing across the balanced years. */
  missingKNok: KNok;
  /** What the assistant did, in Norwegian. */
  explanation: string;
}

interface Candidate {
  index: number;
  amount: number;
  capacity: number;
  weight: number;
}

/** Splits `total` over candidates ∝ weight (integers), respecting capacities; exact. */
function waterFill(total: number, cands: Candidate[]): Map<number, number> {
  const cut = new Map<number, number>();
  const remaining = fill(total, cands.filter((c) => c.capacity > 0 && c.weight > 0), cut);
  // What weighted lines cannot take goes to the other selected lines in equal shares.
  if (remaining > 0) {
    const rest = cands
      .filter((c) => c.capacity - (cut.get(c.index) ?? 0) > 0)
      .map((c) => ({ ...c, capacity: c.capacity - (cut.get(c.index) ?? 0), weight: 1 }));
    const extra = new Map<number, number>();
    fill(remaining, rest, extra);
    for (const [k, v] of extra) cut.set(k, (cut.get(k) ?? 0) + v);
  }
  return cut;
}

/** Water-filling with largest remainders; returns what could not be placed. */
function fill(total: number, cands: Candidate[], cut: Map<number, number>): number {
  let active = cands;
  let remaining = total;
  while (remaining > 0 && active.length > 0) {
    const W = active.reduce((s, c) => s + c.weight, 0);
    const shares = active.map((c) => {
      const num = remaining * c.weight;
      return { c, floor: Math.floor(num / W), rem: num % W };
    });
    const saturated = shares.filter((s) => s.floor >= s.c.capacity);
    if (saturated.length > 0) {
      for (const s of saturated) {
        cut.set(s.c.index, s.c.capacity);
        remaining -= s.c.capacity;
      }
      const done = new Set(saturated.map((s) => s.c.index));
      active = active.filter((c) => !done.has(c.index));
      continue;
    }
    // Every floor is below its capacity, so each leftover unit (fewer than the lines) fits as +1.
    let left = remaining - shares.reduce((s, x) => s + x.floor, 0);
    const order = shares.map((s, pos) => ({ s, pos })).sort((a, b) => b.s.rem - a.s.rem || a.pos - b.pos);
    for (const o of order) {
      const plus = left > 0 ? 1 : 0;
      left -= plus;
      cut.set(o.s.c.index, o.s.floor + plus);
    }
    remaining = 0;
  }
  return remaining;
}

function weightToInt(w: number): number {
  return Number.isFinite(w) && w > 0 ? Math.round(w * 1000) : 0;
}

/** Proposes cuts so the alternative fits the frame in the chosen years. Pure. */
export function balance(c: BudgetCaseContent, cc: CompiledCase, req: BalanceRequest): BalanceProposal {
  const { amounts, followOn } = resolveAlternative(cc, req.alternative);
  const start = aggregate(cc, req.alternative, amounts, followOn);
  const adjByLine = new Map(req.alternative.adjustments.map((a) => [a.lineId, a]));
  const selected = new Set(req.lineIds);
  const wantedYears = req.years ? new Set(req.years) : null;
  const priority = req.method.kind === 'priority' ? req.method.order : [];
  const newAmounts = amounts.slice();
  const cuts: BalanceCut[] = [];
  const years: BalanceYear[] = [];

  cc.years.forEach((year, y) => {
    if (wantedYears && !wantedYears.has(year)) return;
    const shortfall = Math.max(0, -start.balance[y]!);
    if (shortfall === 0 && !wantedYears) return;
    const cands: Candidate[] = [];
    for (let i = 0; i < cc.lineIds.length; i++) {
      if (cc.lineYear[i] !== y) continue;
      const id = cc.lineIds[i]!;
      if (!selected.has(id)) continue;
      const adj = adjByLine.get(id);
      if (adj?.locked) continue;
      const min = Math.max(0, adj?.minKNok ?? 0);
      const amount = amounts[i]!;
      const weight =
        req.method.kind === 'proportional' ? amount : req.method.kind === 'weights' ? weightToInt(req.method.weights[id] ?? 0) : 0;
      cands.push({ index: i, amount, capacity: Math.max(0, amount - min), weight });
    }
    const capacity = cands.reduce((s, x) => s + x.capacity, 0);
    const target = Math.min(shortfall, capacity);
    let alloc: Map<number, number>;
    if (req.method.kind === 'priority') {
      alloc = new Map();
      let left = target;
      const rank = (i: number) => {
        const r = priority.indexOf(cc.lineIds[i]!);
        return r < 0 ? Number.MAX_SAFE_INTEGER : r;
      };
      for (const cand of [...cands].sort((a, b) => rank(a.index) - rank(b.index) || a.index - b.index)) {
        if (left <= 0) break;
        const take = Math.min(left, cand.capacity);
        alloc.set(cand.index, take);
        left -= take;
      }
    } else {
      alloc = waterFill(target, cands);
    }
    let cutSum = 0;
    for (const cand of cands) {
      const k = alloc.get(cand.index) ?? 0;
      if (k <= 0) continue;
      newAmounts[cand.index] = cand.amount - k;
      cutSum += k;
      const line = c.lines[cand.index]!;
      cuts.push({ lineId: line.id, year, label: lineLabel(c, line, false), beforeKNok: cand.amount, afterKNok: cand.amount - k, cutKNok: k });
    }
    years.push({ year, shortfallKNok: shortfall, cutKNok: cutSum, missingKNok: shortfall - cutSum });
  });

  const adjustments: LineAdjustment[] = req.alternative.adjustments.map((a) => ({ ...a }));
  const adjIndex = new Map(adjustments.map((a, i) => [a.lineId, i]));
  for (const cut of cuts) {
    const pos = adjIndex.get(cut.lineId);
    const base = pos === undefined ? blankAdjustment(cut.lineId) : adjustments[pos]!;
    const next: LineAdjustment = { ...base, change: { kind: 'set', kNok: cut.afterKNok } };
    if (pos === undefined) {
      adjIndex.set(cut.lineId, adjustments.length);
      adjustments.push(next);
    } else adjustments[pos] = next;
  }
  const missing = years.reduce((s, x) => s + x.missingKNok, 0);
  const explanation = explain(years, cuts);
  const alternative: Alternative = {
    ...req.alternative,
    id: req.newId ?? `${req.alternative.id}-balansert`,
    name: req.name ?? `${req.alternative.name} (balansert)`,
    recommended: false,
    adjustments,
    // the analyst chose the method, the locks and the minimums: the alternative is theirs
    source: {
      kind: 'bruker',
      note: `Laget med balanseringsassistenten (${methodLabel(req.method)}). ${explanation}`,
    },
  };
  return { alternative, cuts, years, feasible: missing === 0, missingKNok: missing, explanation };
}

function methodLabel(m: BalanceMethod): string {
  return m.kind === 'proportional' ? 'forholdsmessig' : m.kind === 'weights' ? 'etter vekter' : 'etter prioritet';
}

/** "Måledata NHN" → "måledata NHN" inside a sentence; acronyms ("PLL NHN") stay as they are. */
function inSentence(label: string): string {
  const first = label.split(' ')[0] ?? '';
  return first.length > 1 && first === first.toUpperCase() ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

function pct(part: number, whole: number): string {
  if (whole === 0) return '';
  return ` (−${Math.round((part / whole) * 100)} %)`;
}

/** "Kuttet 17,0 MNOK i 2024: måledata NHN −12,3 MNOK (−51 %), ...". */
export function explain(years: BalanceYear[], cuts: BalanceCut[]): string {
  if (years.length === 0) return 'Ingen år mangler penger: ingenting å kutte.';
  const parts: string[] = [];
  for (const y of years) {
    if (y.shortfallKNok === 0) {
      parts.push(`${y.year}: alternativet er allerede innenfor rammen.`);
      continue;
    }
    const ycuts = cuts.filter((x) => x.year === y.year).sort((a, b) => b.cutKNok - a.cutKNok);
    const list = ycuts.map((x) => `${inSentence(x.label)} −${formatMNok(x.cutKNok)} MNOK${pct(x.cutKNok, x.beforeKNok)}`).join(', ');
    let s = `Kuttet ${formatMNok(y.cutKNok)} MNOK i ${y.year}${list ? `: ${list}` : ''}.`;
    if (y.missingKNok > 0) {
      s +=
        ` Umulig å dekke hele mangelen på ${formatMNok(y.shortfallKNok)} MNOK med de valgte linjene` +
        ` (låste linjer og minstebeløp er respektert): det mangler fortsatt ${formatMNok(y.missingKNok)} MNOK.`;
    } else s += ` Alternativet er nå innenfor rammen i ${y.year}.`;
    parts.push(s);
  }
  return parts.join(' ');
}
