import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCase } from '../../../shared/budget/compute.ts';
import type { Alternative, BudgetCase, BudgetLine, Provenance, SetAside } from '../../../shared/budget/model.ts';
import { CASE_SCHEMA_VERSION, emptyMeta } from '../../../shared/budget/model.ts';
import { readEstimatesWorkbook } from '../../../shared/budget/workbook.ts';
import { writeCaseWorkbook } from '../../../shared/export/xlsx/case-workbook.ts';
import { readSpreadsheet } from '../../../shared/spreadsheet/index.ts';
import { exampleCase } from '../export/support/examples.ts';

/** What must survive export → Excel → import: everything but the form of the alternatives' changes. */
function shape(c: BudgetCase) {
  return {
    title: c.title,
    meta: c.meta,
    years: c.years,
    frames: c.frames,
    actors: c.actors,
    areas: c.areas,
    lines: c.lines,
    alternatives: c.alternatives.map(({ id, name, role, recommended, description, consequences, source }) => ({ id, name, role, recommended, description, consequences, source })),
    notes: c.notes,
    cap: c.cap,
    allocations: c.allocations,
  };
}

/** Every alternative's figures: amounts per line, totals, per actor, D&F levels. */
function figures(c: BudgetCase) {
  return computeCase(c).map((r) => ({ id: r.alternativeId, amounts: [...r.amounts], total: [...r.total], byActor: [...r.byActor], levels: [...r.opexLevel] }));
}

/** The balancing assistant's choices per alternative and line: locks, minimums, overridden D&F. */
function choices(c: BudgetCase) {
  return c.alternatives.map((a) =>
    a.adjustments
      .filter((x) => x.locked || x.minKNok !== null || x.followOnOverrideKNok !== null)
      .map(({ lineId, locked, minKNok, followOnOverrideKNok }) => ({ lineId, locked, minKNok, followOnOverrideKNok }))
      .sort((x, y) => x.lineId.localeCompare(y.lineId)),
  );
}

async function roundTrip(c: BudgetCase): Promise<BudgetCase> {
  const back = readEstimatesWorkbook(readSpreadsheet(await writeCaseWorkbook(c), 'sak.xlsx'), { id: c.id, now: c.createdAt });
  expect(back.issues).toEqual([]);
  return back.case!;
}

const word = fc.constantFrom('PLL', 'Prøvesvar', 'Måledata', 'journal', 'HOD', 'Bodø', 'utprøving', 'ramme', 'æøå', '12 %', 'sak 43/23');
const sentence = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
const provenance: fc.Arbitrary<Provenance> = fc.record(
  { kind: fc.constantFrom('dokument' as const, 'modellert' as const, 'bruker' as const), ref: sentence, note: sentence },
  { requiredKeys: ['kind'] },
);
const kNok = fc.integer({ min: 0, max: 100_000 });

const caseArb: fc.Arbitrary<BudgetCase> = fc
  .record({
    first: fc.integer({ min: 2024, max: 2030 }),
    yearCount: fc.integer({ min: 1, max: 3 }),
    actorCount: fc.integer({ min: 1, max: 3 }),
    areaCount: fc.integer({ min: 1, max: 3 }),
    seed: fc.array(fc.tuple(kNok, fc.integer({ min: 0, max: 20_000 }), fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }), provenance, provenance), { minLength: 27, maxLength: 27 }),
    present: fc.array(fc.boolean(), { minLength: 27, maxLength: 27 }),
    // Frames well above what the set-asides can take (at most 4 of at most 10 % + 100 MNOK each): the
    // reader refuses a reserve larger than the frame.
    frames: fc.array(fc.tuple(fc.integer({ min: 1_000_000, max: 2_000_000 }), provenance), { minLength: 3, maxLength: 3 }),
    setAsides: fc.array(
      fc.tuple(fc.integer({ min: 0, max: 2 }), fc.boolean(), fc.oneof(kNok.map((k) => ({ k })), fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 3 })).map(([p, b]) => ({ p: p / 4, b }))), sentence, provenance),
      { maxLength: 4 },
    ),
    alts: fc.array(
      fc.tuple(
        fc.boolean(),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 26 }), kNok, fc.boolean(), fc.option(kNok, { nil: null }), fc.option(kNok, { nil: null }), fc.boolean()), { maxLength: 5 }),
        fc.array(sentence, { maxLength: 2 }),
        provenance,
        sentence,
      ),
      { maxLength: 3 },
    ),
    recommended: fc.integer({ min: -1, max: 2 }),
    cap: fc.option(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 3 }), kNok, fc.boolean(), provenance), { nil: null }),
    grants: fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: -1, max: 2 }), sentence, fc.option(kNok, { nil: null }), provenance), { maxLength: 3 }),
    notes: fc.array(fc.tuple(sentence, sentence), { maxLength: 2 }),
  })
  .map((g) => {
    const years = Array.from({ length: g.yearCount }, (_, i) => g.first + i);
    const actors = Array.from({ length: g.actorCount }, (_, i) => ({ id: `k${i}`, name: `Aktør ${i + 1}`, shortName: `A${i + 1}` }));
    const areas = Array.from({ length: g.areaCount }, (_, i) => ({ id: `o${i}`, name: `Tjenesteområde ${i + 1}`, shortName: `T${i + 1}` }));
    const lines: BudgetLine[] = [];
    let n = 0;
    for (const year of years) {
      for (const area of areas) {
        for (const actor of actors) {
          const [est, follow, end, src, fsrc] = g.seed[n]!;
          if (g.present[n++]) {
            lines.push({
              id: `linje-${n}`, areaId: area.id, actorId: actor.id, year, estimateKNok: est, followOnOpexKNok: follow,
              followOnEndYear: end === null ? null : year + end, deliverables: ['Levere', 'Prøve ut'], consequenceIfNotPrioritised: 'Forsinket',
              initiativeNrs: ['160'], source: src, followOnSource: fsrc, note: 'Merknad om linjen',
            });
          }
        }
      }
    }
    const bases = [{ kind: 'frame' as const }, { kind: 'frameLessEarmarks' as const }, { kind: 'estimates' as const }, { kind: 'estimatesOf' as const, actorIds: ['k0'], areaIds: [] }];
    const frames = years.map((year, i) => ({
      year,
      frameKNok: g.frames[i]![0],
      source: g.frames[i]![1],
      setAsides: g.setAsides
        .filter(([y]) => y === i)
        .map(([, earmark, a, name, source], j): SetAside => {
          const kind = earmark ? 'earmark' : 'reserve';
          const base = 'p' in a ? bases[a.b]! : null;
          return {
            id: `sa-${year}-${j}`, kind, name, source,
            amount: base && 'p' in a ? { kind: 'percent', percent: a.p, base: kind === 'earmark' && base.kind === 'frameLessEarmarks' ? { kind: 'frame' } : base } : { kind: 'fixed', kNok: 'k' in a ? a.k : 0 },
          };
        }),
    }));
    const alternatives: Alternative[] = g.alts.map(([followed, changes, consequences, source, description], i) => {
      const seen = new Set<string>();
      const adjustments = changes.flatMap(([li, amount, locked, minKNok, followOnOverrideKNok, keepAmount]) => {
        const l = lines[li % Math.max(1, lines.length)];
        if (!l || seen.has(l.id)) return [];
        seen.add(l.id);
        // some lines only carry a choice (a lock at the estimate, a minimum): no change of amount
        const change = keepAmount || amount === l.estimateKNok ? null : { kind: 'set' as const, kNok: amount };
        return change || locked || minKNok !== null || followOnOverrideKNok !== null ? [{ lineId: l.id, change, followOnOverrideKNok, locked, minKNok }] : [];
      });
      return {
        id: `alt-${i + 1}`, name: `Forslag ${i + 1}`, role: followed ? 'followed' : 'proposal', description, consequences,
        recommended: !followed && g.recommended === i, adjustments, source,
      };
    });
    const cap = g.cap ? { fromYear: years[0]! + Math.min(g.cap[0], g.yearCount - 1), toYear: years[0]! + Math.min(g.cap[0], g.yearCount - 1) + g.cap[1], kNok: g.cap[2], includeOpex: g.cap[3], source: g.cap[4] } : null;
    return {
      id: 'sak', schemaVersion: CASE_SCHEMA_VERSION, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
      title: 'Generert sak', meta: { ...emptyMeta(), caseNumber: '12/26' }, years, frames, actors, areas, lines, alternatives,
      notes: g.notes.map(([title, text]) => ({ title, text })), cap,
      allocations: g.grants.map(([y, k, label, amount, source]) => ({ year: years[Math.min(y, years.length - 1)]!, actorId: k < 0 || k >= actors.length ? null : actors[k]!.id, label, kNok: amount, source })),
      versions: [],
    } satisfies BudgetCase;
  })
  .filter((c) => c.lines.length > 0);

describe('case workbook round trip', { timeout: 120_000 }, () => {
  it('gives the example case back: ids, order, set-asides, provenance, cap, grants, notes and every figure', async () => {
    const c = exampleCase();
    const back = await roundTrip(c);
    expect(shape(back)).toEqual(shape(c));
    expect(figures(back)).toEqual(figures(c));
    expect(choices(back)).toEqual(choices(c));
  });

  it('gives generated cases back (property)', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const back = await roundTrip(c);
        expect(shape(back)).toEqual(shape(c));
        expect(figures(back)).toEqual(figures(c));
        expect(choices(back)).toEqual(choices(c));
      }),
      { numRuns: 40 },
    );
  });
});
