/**
 * Set-asides of a year (øremerket and avsetninger) and what they leave for the case's lines
 * ("til fordeling"), with the sum said in words: "267,1 − 20,0 øremerket − 12 % av 247,1 = 217,4".
 * Earmarks are worked out first, in the order listed, then reserves: a reserve's base
 * `frameLessEarmarks` is the frame less every earmark of the year. Whole kNOK throughout.
 */
import type { KNok } from '../format/index.ts';
import { percentOf } from './arith.ts';
import type { Provenance, Reserve, SetAside, SetAsideBase } from './model.ts';

/** One set-aside with its amount in a year, and the base a percent was taken of. */
export interface ResolvedSetAside {
  setAside: SetAside;
  kNok: KNok;
  /** The base's amount for a percent, null for a fixed amount. */
  baseKNok: KNok | null;
}

/** A year's frame, what is set aside and what is left for the lines. */
export interface YearAvailability {
  frameKNok: KNok;
  earmarkedKNok: KNok;
  reservedKNok: KNok;
  /** frame − earmarks − reserves. */
  availableKNok: KNok;
  items: ResolvedSetAside[];
}

/**
 * The estimates a base can refer to: the sum of the year's baseline estimates whose actor is in
 * `actorIds` and area in `areaIds` (an empty list: any).
 */
export type EstimatesOf = (actorIds: readonly string[], areaIds: readonly string[]) => KNok;

function baseAmount(base: SetAsideBase, frameKNok: KNok, earmarkedKNok: KNok, estimatesOf: EstimatesOf): KNok {
  switch (base.kind) {
    case 'frame':
      return frameKNok;
    case 'frameLessEarmarks':
      return frameKNok - earmarkedKNok;
    case 'estimates':
      return estimatesOf([], []);
    case 'estimatesOf':
      return estimatesOf(base.actorIds, base.areaIds);
  }
}

/** Works out a year's set-asides against its frame and estimates. Pure. */
export function resolveSetAsides(frameKNok: KNok, setAsides: readonly SetAside[], estimatesOf: EstimatesOf): YearAvailability {
  const items: ResolvedSetAside[] = new Array<ResolvedSetAside>(setAsides.length);
  let earmarked = 0;
  // Earmarks first: a reserve's default base needs their total. An earmark's `frameLessEarmarks`
  // (rejected by validation) would be circular; it counts as the frame.
  for (let i = 0; i < setAsides.length; i++) {
    const s = setAsides[i]!;
    if (s.kind !== 'earmark') continue;
    const base = s.amount.kind === 'percent' ? baseAmount(s.amount.base.kind === 'frameLessEarmarks' ? { kind: 'frame' } : s.amount.base, frameKNok, 0, estimatesOf) : null;
    const k = s.amount.kind === 'fixed' ? s.amount.kNok : percentOf(base!, s.amount.percent);
    earmarked += k;
    items[i] = { setAside: s, kNok: k, baseKNok: base };
  }
  let reserved = 0;
  for (let i = 0; i < setAsides.length; i++) {
    const s = setAsides[i]!;
    if (s.kind !== 'reserve') continue;
    const base = s.amount.kind === 'percent' ? baseAmount(s.amount.base, frameKNok, earmarked, estimatesOf) : null;
    const k = s.amount.kind === 'fixed' ? s.amount.kNok : percentOf(base!, s.amount.percent);
    reserved += k;
    items[i] = { setAside: s, kNok: k, baseKNok: base };
  }
  return { frameKNok, earmarkedKNok: earmarked, reservedKNok: reserved, availableKNok: frameKNok - earmarked - reserved, items };
}

const oneDecimal = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** MNOK with exactly one decimal ("20,0"), ASCII minus for negatives. */
export function mnok1(k: KNok): string {
  return oneDecimal.format(k / 1000).replace('\u2212', '-');
}

function percentText(p: number): string {
  return `${String(p).replace('.', ',')} %`;
}

/** The term one set-aside adds to the sum: "20,0 øremerket", "12 % av 247,1". */
function term(r: ResolvedSetAside): string {
  const a = r.setAside.amount;
  const what = a.kind === 'fixed' ? mnok1(a.kNok) : `${percentText(a.percent)} av ${mnok1(r.baseKNok ?? 0)}`;
  return r.setAside.kind === 'earmark' ? `${what} øremerket` : what;
}

/**
 * The available amount as a sum in words, in MNOK with one decimal:
 * "267,1 − 20,0 øremerket − 12 % av 247,1 = 217,4". A year without set-asides: "267,1 = 267,1".
 */
export function availabilityFormula(y: YearAvailability): string {
  const parts = [mnok1(y.frameKNok), ...y.items.map((r) => `− ${term(r)}`)];
  return `${parts.join(' ')} = ${mnok1(y.availableKNok)}`;
}

/** Where a percent's base comes from, in words ("rammen minus øremerket"). */
export function baseWords(base: SetAsideBase, names: { actor: (id: string) => string; area: (id: string) => string }): string {
  switch (base.kind) {
    case 'frame':
      return 'rammen';
    case 'frameLessEarmarks':
      return 'rammen minus øremerket';
    case 'estimates':
      return 'estimatene';
    case 'estimatesOf': {
      const who = base.actorIds.map(names.actor);
      const where = base.areaIds.map(names.area);
      return `estimatene${who.length ? ` for ${who.join(', ')}` : ''}${where.length ? ` på ${where.join(', ')}` : ''}`;
    }
  }
}

/** A default reserve: a percent of the frame less earmarks (the version 1 rule). */
export function percentReserve(id: string, name: string, percent: number, source: Provenance): SetAside {
  return { id, kind: 'reserve', name, amount: { kind: 'percent', percent, base: { kind: 'frameLessEarmarks' } }, source };
}

/**
 * The set-asides that the version 1 fields meant: one earmark (when > 0) and one reserve (when not
 * a fixed 0). Used by the case-file migration and the estimates workbook's Ramme table.
 */
export function legacySetAsides(year: number, earmarkedKNok: KNok, reserve: Reserve, source: Provenance): SetAside[] {
  const out: SetAside[] = [];
  if (earmarkedKNok > 0) out.push({ id: `sa-${year}-oremerket`, kind: 'earmark', name: 'Øremerket', amount: { kind: 'fixed', kNok: earmarkedKNok }, source });
  if (reserve.kind === 'percent' ? reserve.percent > 0 : reserve.kNok > 0) {
    out.push(
      reserve.kind === 'percent'
        ? percentReserve(`sa-${year}-usikkerhet`, 'Usikkerhetsavsetning', reserve.percent, source)
        : { id: `sa-${year}-usikkerhet`, kind: 'reserve', name: 'Usikkerhetsavsetning', amount: { kind: 'fixed', kNok: reserve.kNok }, source },
    );
  }
  return out;
}

/**
 * The version 1 view of a year's set-asides, when it can say them: fixed earmarks summed, and at
 * most one reserve that is fixed or a percent of the frame less earmarks. Null otherwise.
 */
export function legacyView(setAsides: readonly SetAside[]): { earmarkedKNok: KNok; reserve: Reserve } | null {
  let earmarked = 0;
  let reserve: Reserve = { kind: 'fixed', kNok: 0 };
  let reserves = 0;
  for (const s of setAsides) {
    if (s.kind === 'earmark') {
      if (s.amount.kind !== 'fixed') return null;
      earmarked += s.amount.kNok;
    } else {
      reserves++;
      if (s.amount.kind === 'fixed') reserve = { kind: 'fixed', kNok: s.amount.kNok };
      else if (s.amount.base.kind === 'frameLessEarmarks') reserve = { kind: 'percent', percent: s.amount.percent };
      else return null;
    }
  }
  return reserves > 1 ? null : { earmarkedKNok: earmarked, reserve };
}
