/**
 * The span of a case and the styringsramme check: over the cap's years (or the case's years when
 * there is no cap), the sum of the frames and, per alternative, the planned spend and the lasting
 * D&F, each against the cap. Warnings are Norwegian and say by how much.
 */
import type { KNok } from '../format/index.ts';
import { formatMNok } from '../format/index.ts';
import type { AlternativeResult, CompiledCase } from './compute.ts';
import { opexLevelIn, yearRanges } from './compute.ts';
import type { BudgetCaseContent } from './model.ts';

/** One alternative over the span. */
export interface SpanAlternative {
  alternativeId: string;
  name: string;
  /** Sum of the alternative's amounts in the span's years. */
  plannedKNok: KNok;
  /** Sum of its D&F levels in the span's years. */
  opexKNok: KNok;
  /** planned + opex when the cap includes D&F, else planned. */
  countedKNok: KNok;
  /** Null without a cap. */
  withinCap: boolean | null;
}

export interface SpanCheck {
  fromYear: number;
  toYear: number;
  /** Sum of the frames of the case's years in the span. */
  framesKNok: KNok;
  /** Years of the span without a frame in the case. */
  yearsWithoutFrame: number[];
  capKNok: KNok | null;
  includeOpex: boolean;
  /** Null without a cap. */
  framesWithinCap: boolean | null;
  alternatives: SpanAlternative[];
  /** What exceeds the cap, in Norwegian. */
  warnings: string[];
}

/** The span check of a case's results (one per alternative, baseline included). Pure. */
export function spanCheck(c: Pick<BudgetCaseContent, 'cap'>, cc: CompiledCase, results: readonly AlternativeResult[]): SpanCheck {
  const cap = c.cap;
  const fromYear = cap ? cap.fromYear : (cc.years[0] ?? 0);
  const toYear = cap ? cap.toYear : (cc.years[cc.years.length - 1] ?? fromYear);
  const includeOpex = cap ? cap.includeOpex : true;
  let frames = 0;
  const inSpan: number[] = [];
  cc.years.forEach((y, i) => {
    if (y >= fromYear && y <= toYear) {
      frames += cc.frame[i]!;
      inSpan.push(i);
    }
  });
  const yearsWithoutFrame: number[] = [];
  for (let y = fromYear; y <= toYear; y++) if (!cc.years.includes(y)) yearsWithoutFrame.push(y);
  const capKNok = cap ? cap.kNok : null;
  const m = (k: number) => `${formatMNok(k)} MNOK`;
  const span = `${fromYear}–${toYear}`;
  const warnings: string[] = [];
  const framesWithinCap = capKNok === null ? null : frames <= capKNok;
  if (capKNok !== null && frames > capKNok) {
    warnings.push(`Rammene for ${span} er til sammen ${m(frames)}, ${m(frames - capKNok)} over styringsrammen på ${m(capKNok)}.`);
  }
  if (capKNok !== null && yearsWithoutFrame.length) {
    warnings.push(`Styringsrammen gjelder ${span}, men saken har ingen ramme for ${yearRanges(yearsWithoutFrame)}.`);
  }
  const alternatives = results.map((r): SpanAlternative => {
    let planned = 0;
    for (const i of inSpan) planned += r.total[i]!;
    let opex = 0;
    for (let y = fromYear; y <= toYear; y++) opex += opexLevelIn(cc, r, y);
    const counted = planned + (includeOpex ? opex : 0);
    const within = capKNok === null ? null : counted <= capKNok;
    if (within === false) {
      warnings.push(
        `${r.name}: planlagt ${m(planned)}${includeOpex ? ` + varig D&F ${m(opex)}` : ''} = ${m(counted)} i ${span}, ${m(counted - capKNok!)} over styringsrammen.`,
      );
    }
    return { alternativeId: r.alternativeId, name: r.name, plannedKNok: planned, opexKNok: opex, countedKNok: counted, withinCap: within };
  });
  return { fromYear, toYear, framesKNok: frames, yearsWithoutFrame, capKNok, includeOpex, framesWithinCap, alternatives, warnings };
}
