/**
 * The budget engine. A case is compiled once into index arrays (line → year, area, actor) and
 * typed arrays of estimates; each alternative is then a pass over those arrays. Plain nested
 * objects cost ~60× more here (MEASUREMENTS.md), and an edit must show in the comparison at once.
 *
 * All sums are of whole kNOK in Float64Array, exact below 2^53.
 */
import type { KNok } from '../format/index.ts';
import { applyChange, proportionalFollowOn } from './arith.ts';
import type { Alternative, BudgetCaseContent, LineAdjustment } from './model.ts';
import { BASELINE_ID, allAlternatives } from './model.ts';
import type { YearAvailability } from './set-asides.ts';
import { resolveSetAsides } from './set-asides.ts';

/** A case as index and typed arrays; rebuild it when lines, years, areas or actors change. */
export interface CompiledCase {
  years: number[];
  areaIds: string[];
  actorIds: string[];
  lineIds: string[];
  lineIndex: Map<string, number>;
  /** Per line: index into years / areaIds / actorIds; −1 when it names none (validation reports it). */
  lineYear: Int32Array;
  lineArea: Int32Array;
  lineActor: Int32Array;
  estimate: Float64Array;
  followOn: Float64Array;
  /**
   * Per line: the D&F increase counts in levels[lineOpexStart[i] .. lineOpexEnd[i] − 1] (indexes
   * into {@link levelYears}); start = the year after the line's year, end after its end year.
   */
  lineOpexStart: Int32Array;
  lineOpexEnd: Int32Array;
  /** Calendar years of the D&F levels: first year + 1 … max(last year + 1, the cap's last year). */
  levelYears: number[];
  /** Per year. */
  frame: Float64Array;
  /** Sum of the year's earmarks. */
  earmarked: Float64Array;
  /** Sum of the year's reserves. */
  reserve: Float64Array;
  available: Float64Array;
  /** Per year: the set-asides worked out, for explanations. */
  availability: YearAvailability[];
  /** Per year: 1 when the year has estimates (lines); "Hele perioden" sums only these. */
  planned: Uint8Array;
  /**
   * Line index per adjustment, cached per adjustments array (edits replace the array, so a cached
   * entry never goes stale). String-keyed lookups are most of the cost of a recompute otherwise.
   */
  adjustmentIndex: WeakMap<readonly LineAdjustment[], Int32Array>;
}

/** What one alternative comes to. Arrays are indexed by line, by year, or by year × area/actor. */
export interface AlternativeResult {
  alternativeId: string;
  name: string;
  baseline: boolean;
  recommended: boolean;
  /** Per line: the alternative's amount. */
  amounts: Float64Array;
  /** Per line: follow-on D&F arising the year after the line's year. */
  followOn: Float64Array;
  /** Per year. */
  total: Float64Array;
  balance: Float64Array;
  /** Follow-on D&F arising in year+1 from spending in each year (index = spending year). */
  followOnByYear: Float64Array;
  /** D&F level per year of {@link CompiledCase.levelYears}: every increase counts from its start on. */
  opexLevel: Float64Array;
  /** [year * areaCount + area]. */
  byArea: Float64Array;
  /** [year * actorCount + actor]. */
  byActor: Float64Array;
  /** balance ≥ 0 in every planned year. */
  fitsFrame: boolean;
  /**
   * "Hele perioden": sums over the planned years only (years with estimates), so frames of years
   * nobody has estimated do not show as money left over. `followOnKNok`: sum of the increases.
   */
  period: { frameKNok: KNok; availableKNok: KNok; totalKNok: KNok; balanceKNok: KNok; followOnKNok: KNok };
}

/** What compiling needs: the structure and the baseline, not the alternatives. */
export type CaseStructure = Pick<BudgetCaseContent, 'years' | 'frames' | 'areas' | 'actors' | 'lines'> & Partial<Pick<BudgetCaseContent, 'cap'>>;

/** Compiles a case's structure and baseline into arrays. */
export function compileCase(c: CaseStructure): CompiledCase {
  const years = [...c.years].sort((a, b) => a - b);
  const yearPos = new Map(years.map((y, i) => [y, i]));
  const areaIds = c.areas.map((a) => a.id);
  const areaPos = new Map(areaIds.map((id, i) => [id, i]));
  const actorIds = c.actors.map((a) => a.id);
  const actorPos = new Map(actorIds.map((id, i) => [id, i]));
  const n = c.lines.length;
  const lineIds: string[] = new Array<string>(n);
  const lineIndex = new Map<string, number>();
  const lineYear = new Int32Array(n);
  const lineArea = new Int32Array(n);
  const lineActor = new Int32Array(n);
  const estimate = new Float64Array(n);
  const followOn = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const l = c.lines[i]!;
    lineIds[i] = l.id;
    lineIndex.set(l.id, i);
    lineYear[i] = yearPos.get(l.year) ?? -1;
    lineArea[i] = areaPos.get(l.areaId) ?? -1;
    lineActor[i] = actorPos.get(l.actorId) ?? -1;
    estimate[i] = l.estimateKNok;
    followOn[i] = l.followOnOpexKNok;
  }
  const Y = years.length;
  const first = years[0] ?? 0;
  const last = years[Y - 1] ?? first;
  const levelEnd = Math.max(last + 1, c.cap ? c.cap.toYear : 0);
  const levelYears: number[] = [];
  for (let y = first + 1; Y > 0 && y <= levelEnd; y++) levelYears.push(y);
  const L = levelYears.length;
  const lineOpexStart = new Int32Array(n);
  const lineOpexEnd = new Int32Array(n);
  const planned = new Uint8Array(Y);
  const linesOfYear: number[][] = years.map(() => []);
  for (let i = 0; i < n; i++) {
    const l = c.lines[i]!;
    // levelYears[k] = first + 1 + k, so the year after the line's year is index l.year − first.
    const start = l.year - first;
    const endYear = l.followOnEndYear ?? levelEnd;
    lineOpexStart[i] = Math.max(0, Math.min(start, L));
    lineOpexEnd[i] = Math.max(lineOpexStart[i]!, Math.min(endYear - first, L));
    const y = lineYear[i]!;
    if (y >= 0) {
      planned[y] = 1;
      linesOfYear[y]!.push(i);
    }
  }
  const frame = new Float64Array(Y);
  const earmarked = new Float64Array(Y);
  const reserve = new Float64Array(Y);
  const available = new Float64Array(Y);
  const availability: YearAvailability[] = years.map(() => ({ frameKNok: 0, earmarkedKNok: 0, reservedKNok: 0, availableKNok: 0, items: [] }));
  for (const f of c.frames) {
    const y = yearPos.get(f.year);
    if (y === undefined) continue;
    const own = linesOfYear[y]!;
    const estimatesOf = (actors: readonly string[], areas: readonly string[]) => {
      let sum = 0;
      for (const i of own) {
        const l = c.lines[i]!;
        if ((actors.length === 0 || actors.includes(l.actorId)) && (areas.length === 0 || areas.includes(l.areaId))) sum += l.estimateKNok;
      }
      return sum;
    };
    const a = resolveSetAsides(f.frameKNok, f.setAsides, estimatesOf);
    availability[y] = a;
    frame[y] = a.frameKNok;
    earmarked[y] = a.earmarkedKNok;
    reserve[y] = a.reservedKNok;
    available[y] = a.availableKNok;
  }
  return {
    years, areaIds, actorIds, lineIds, lineIndex, lineYear, lineArea, lineActor,
    estimate, followOn, lineOpexStart, lineOpexEnd, levelYears,
    frame, earmarked, reserve, available, availability, planned, adjustmentIndex: new WeakMap(),
  };
}

/** Resolves an alternative's per-line amounts and follow-on D&F (baseline when it has no adjustments). */
export function resolveAlternative(cc: CompiledCase, alt: Alternative): { amounts: Float64Array; followOn: Float64Array } {
  const amounts = cc.estimate.slice();
  const followOn = cc.followOn.slice();
  const adjs = alt.adjustments;
  let idx = cc.adjustmentIndex.get(adjs);
  if (!idx) {
    idx = new Int32Array(adjs.length);
    for (let j = 0; j < adjs.length; j++) idx[j] = cc.lineIndex.get(adjs[j]!.lineId) ?? -1;
    cc.adjustmentIndex.set(adjs, idx);
  }
  for (let j = 0; j < adjs.length; j++) {
    const i = idx[j]!;
    if (i < 0) continue;
    const adj = adjs[j]!;
    const est = cc.estimate[i]!;
    const amount = applyChange(est, adj.change);
    amounts[i] = amount;
    followOn[i] = adj.followOnOverrideKNok ?? proportionalFollowOn(cc.followOn[i]!, amount, est);
  }
  return { amounts, followOn };
}

/** Aggregates resolved amounts into per-year, per-area and per-actor figures. */
export function aggregate(
  cc: CompiledCase,
  alt: Pick<Alternative, 'id' | 'name' | 'recommended'>,
  amounts: Float64Array,
  followOn: Float64Array,
): AlternativeResult {
  const Y = cc.years.length;
  const A = cc.areaIds.length;
  const N = cc.actorIds.length;
  const total = new Float64Array(Y);
  const followOnByYear = new Float64Array(Y);
  const byArea = new Float64Array(Y * A);
  const byActor = new Float64Array(Y * N);
  const L = cc.levelYears.length;
  // Difference array: + at the start of each increase, − after its end; a prefix sum gives levels.
  const opexLevel = new Float64Array(L + 1);
  const { lineYear, lineArea, lineActor, lineOpexStart, lineOpexEnd } = cc;
  const n = amounts.length;
  for (let i = 0; i < n; i++) {
    const y = lineYear[i]!;
    if (y < 0) continue;
    const v = amounts[i]!;
    const f = followOn[i]!;
    total[y] = total[y]! + v;
    followOnByYear[y] = followOnByYear[y]! + f;
    if (f !== 0) {
      opexLevel[lineOpexStart[i]!] = opexLevel[lineOpexStart[i]!]! + f;
      opexLevel[lineOpexEnd[i]!] = opexLevel[lineOpexEnd[i]!]! - f;
    }
    const a = lineArea[i]!;
    if (a >= 0) byArea[y * A + a] = byArea[y * A + a]! + v;
    const k = lineActor[i]!;
    if (k >= 0) byActor[y * N + k] = byActor[y * N + k]! + v;
  }
  for (let k = 1; k < L; k++) opexLevel[k] = opexLevel[k]! + opexLevel[k - 1]!;
  const balance = new Float64Array(Y);
  let fits = true;
  let pFrame = 0, pAvail = 0, pTotal = 0, pFollow = 0;
  for (let y = 0; y < Y; y++) {
    balance[y] = cc.available[y]! - total[y]!;
    if (!cc.planned[y]) continue;
    if (balance[y]! < 0) fits = false;
    pFrame += cc.frame[y]!;
    pAvail += cc.available[y]!;
    pTotal += total[y]!;
    pFollow += followOnByYear[y]!;
  }
  return {
    alternativeId: alt.id,
    name: alt.name,
    baseline: alt.id === BASELINE_ID,
    recommended: alt.recommended,
    amounts, followOn, total, balance, followOnByYear, opexLevel: opexLevel.subarray(0, L), byArea, byActor,
    fitsFrame: fits,
    period: { frameKNok: pFrame, availableKNok: pAvail, totalKNok: pTotal, balanceKNok: pAvail - pTotal, followOnKNok: pFollow },
  };
}

/** Computes one alternative against a compiled case. */
export function computeAlternative(cc: CompiledCase, alt: Alternative): AlternativeResult {
  const { amounts, followOn } = resolveAlternative(cc, alt);
  return aggregate(cc, alt, amounts, followOn);
}

/** Computes the baseline and every alternative of a case. */
export function computeCase(c: BudgetCaseContent, cc: CompiledCase = compileCase(c)): AlternativeResult[] {
  return allAlternatives(c).map((alt) => computeAlternative(cc, alt));
}

/** One year of an alternative as plain figures (for views, the CLI and tests). */
export interface YearSummary {
  year: number;
  frameKNok: KNok;
  earmarkedKNok: KNok;
  reserveKNok: KNok;
  availableKNok: KNok;
  totalKNok: KNok;
  balanceKNok: KNok;
  fitsFrame: boolean;
  /** Follow-on D&F arising in year + 1 from this year's spending. */
  followOnNextYearKNok: KNok;
}

export function yearSummaries(cc: CompiledCase, r: AlternativeResult): YearSummary[] {
  return cc.years.map((year, y) => ({
    year,
    frameKNok: cc.frame[y]!,
    earmarkedKNok: cc.earmarked[y]!,
    reserveKNok: cc.reserve[y]!,
    availableKNok: cc.available[y]!,
    totalKNok: r.total[y]!,
    balanceKNok: r.balance[y]!,
    fitsFrame: r.balance[y]! >= 0,
    followOnNextYearKNok: r.followOnByYear[y]!,
  }));
}

/** Follow-on D&F by the year it arises (spending year + 1), with the accumulated sum. */
export function followOnSeries(cc: CompiledCase, r: AlternativeResult): { year: number; kNok: KNok; accumulatedKNok: KNok }[] {
  let acc = 0;
  return cc.years.map((year, y) => {
    const k = r.followOnByYear[y]!;
    acc += k;
    return { year: year + 1, kNok: k, accumulatedKNok: acc };
  });
}

/** Per line of an alternative: amount, change against the estimate in kNOK and percent. */
export interface LineOutcome {
  lineIndex: number;
  lineId: string;
  estimateKNok: KNok;
  amountKNok: KNok;
  /** amount − estimate (negative: a cut). */
  deltaKNok: KNok;
  /** Change in percent of the estimate, one decimal; null when the estimate is 0. */
  deltaPercent: number | null;
  followOnKNok: KNok;
}

export function lineOutcomes(cc: CompiledCase, r: AlternativeResult): LineOutcome[] {
  const out: LineOutcome[] = [];
  for (let i = 0; i < cc.lineIds.length; i++) {
    const est = cc.estimate[i]!;
    const amt = r.amounts[i]!;
    out.push({
      lineIndex: i,
      lineId: cc.lineIds[i]!,
      estimateKNok: est,
      amountKNok: amt,
      deltaKNok: amt - est,
      deltaPercent: est === 0 ? null : Math.round(((amt - est) / est) * 1000) / 10,
      followOnKNok: r.followOn[i]!,
    });
  }
  return out;
}

/** The years with estimates and those without (frames only), for saying what "Hele perioden" covers. */
export function plannedYears(cc: CompiledCase): { planned: number[]; unplanned: number[] } {
  const planned: number[] = [];
  const unplanned: number[] = [];
  cc.years.forEach((y, i) => (cc.planned[i] ? planned : unplanned).push(y));
  return { planned, unplanned };
}

/** Consecutive years as ranges: [2025, 2026, 2027, 2029] → "2025–2027, 2029". */
export function yearRanges(years: readonly number[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < years.length) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    out.push(j === i ? String(years[i]) : `${years[i]}–${years[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

/**
 * What "Hele perioden" covers, in words: "Hele perioden (2024)" and, when some years have only a
 * frame, "… – 2025–2029 har ingen estimater og er ikke med".
 */
export function periodLabel(cc: CompiledCase): string {
  const { planned, unplanned } = plannedYears(cc);
  const head = `Hele perioden (${planned.length ? yearRanges(planned) : 'ingen år med estimater'})`;
  return unplanned.length ? `${head} – ${yearRanges(unplanned)} har ingen estimater og er ikke med` : head;
}

/** The D&F level of an alternative in a calendar year (0 outside the level years). */
export function opexLevelIn(cc: CompiledCase, r: AlternativeResult, year: number): KNok {
  const k = year - (cc.levelYears[0] ?? 0);
  return k >= 0 && k < r.opexLevel.length ? r.opexLevel[k]! : 0;
}

/** Per actor of a year (index into cc.years): the alternative's amount. */
export function actorTotals(cc: CompiledCase, r: AlternativeResult, y: number): KNok[] {
  const N = cc.actorIds.length;
  return cc.actorIds.map((_, k) => r.byActor[y * N + k]!);
}

/** Per actor over the planned years. */
export function actorPeriodTotals(cc: CompiledCase, r: AlternativeResult): KNok[] {
  const N = cc.actorIds.length;
  const out = new Array<number>(N).fill(0);
  for (let y = 0; y < cc.years.length; y++) {
    if (!cc.planned[y]) continue;
    for (let k = 0; k < N; k++) out[k] = out[k]! + r.byActor[y * N + k]!;
  }
  return out;
}
