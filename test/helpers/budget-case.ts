// Builders for budget-case tests: small cases with readable defaults, overridable per field.
import type { Alternative, BudgetCase, BudgetLine, LineAdjustment, Reserve, YearFrame } from '../../shared/budget/model.ts';
import { legacySetAsides } from '../../shared/budget/set-asides.ts';
import { CASE_SCHEMA_VERSION, blankAdjustment, emptyMeta } from '../../shared/budget/model.ts';

export function line(areaId: string, actorId: string, year: number, estimateKNok: number, extra: Partial<BudgetLine> = {}): BudgetLine {
  return {
    id: `l-${year}-${areaId}-${actorId}`,
    areaId,
    actorId,
    year,
    estimateKNok,
    followOnOpexKNok: 0,
    followOnEndYear: null,
    deliverables: [],
    consequenceIfNotPrioritised: '',
    initiativeNrs: [],
    source: { kind: 'bruker' },
    followOnSource: { kind: 'bruker' },
    note: '',
    ...extra,
  };
}

/** A frame; `earmarkedKNok` and `reserve` (the version 1 fields) become set-asides as the migration makes them. */
export function frame(year: number, frameKNok: number, extra: Partial<YearFrame> & { earmarkedKNok?: number; reserve?: Reserve } = {}): YearFrame {
  const { earmarkedKNok = 0, reserve = { kind: 'fixed', kNok: 0 }, ...rest } = extra;
  return { year, frameKNok, setAsides: legacySetAsides(year, earmarkedKNok, reserve, { kind: 'bruker' }), source: { kind: 'bruker' }, ...rest };
}

export function adjust(lineId: string, extra: Partial<LineAdjustment>): LineAdjustment {
  return { ...blankAdjustment(lineId), ...extra };
}

export function alternative(id: string, adjustments: LineAdjustment[], extra: Partial<Alternative> = {}): Alternative {
  return { id, name: id, role: 'proposal', description: '', consequences: [], recommended: false, adjustments, source: { kind: 'bruker' }, ...extra };
}

/** A case with areas a1..aN and actors k1..kM named after their ids. */
export function budgetCase(frames: YearFrame[], lines: BudgetLine[], alternatives: Alternative[] = []): BudgetCase {
  const areaIds = [...new Set(lines.map((l) => l.areaId))];
  const actorIds = [...new Set(lines.map((l) => l.actorId))];
  return {
    id: 'test',
    schemaVersion: CASE_SCHEMA_VERSION,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    title: 'Testsak',
    meta: emptyMeta(),
    years: frames.map((f) => f.year),
    frames,
    actors: actorIds.map((id) => ({ id, name: id, shortName: id })),
    areas: areaIds.map((id) => ({ id, name: id, shortName: id })),
    lines,
    alternatives,
    notes: [],
    versions: [],
    cap: null,
    allocations: [],
  };
}
