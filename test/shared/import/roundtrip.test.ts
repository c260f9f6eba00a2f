import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importPortfolio } from '../../../shared/import/index.ts';
import { writeCanonicalWorkbook } from '../../../shared/import/portfolio/write-canonical.ts';
import { ACTIVITIES, CRITICALITIES, PHASES, SEGMENTS, TRAFFIC_LIGHTS, periodLabel } from '../../../shared/portfolio/model.ts';
import type { Dependency, Initiative, OpexCell, OpexIncrease, PortfolioReport } from '../../../shared/portfolio/model.ts';

const text = (prefix = '') =>
  fc
    .stringMatching(/^[A-Za-zÆØÅæøåé0-9][A-Za-zÆØÅæøåé0-9 ,.&<>"'()/_x-]{0,24}$/)
    .map((s) => (prefix + s).trim())
    .filter((s) => s.length > 0);
const maybe = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const isoDate = fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const nr = fc.oneof(fc.integer({ min: 1, max: 99_999 }).map(String), fc.stringMatching(/^[A-Z]{1,3}-?\d{1,4}$/));
const focusCode = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 12 })).map(([a, b]) => `${a}.${b}`);

const extraHeaders = fc.uniqueArray(text('Ekstra '), { maxLength: 2 });

function initiativeArb(nrValue: string, extras: string[]): fc.Arbitrary<Initiative> {
  return fc.record({
    nr: fc.constant(nrValue),
    owner: text(),
    name: text('Tiltak '),
    segment: fc.constantFrom(...SEGMENTS),
    phase: maybe(fc.constantFrom(...PHASES)),
    activity: maybe(fc.constantFrom(...ACTIVITIES)),
    status: maybe(fc.constantFrom(...TRAFFIC_LIGHTS)),
    risk: maybe(fc.constantFrom(...TRAFFIC_LIGHTS)),
    focusArea: maybe(fc.record({ code: focusCode, name: text() })),
    extra: fc.tuple(...extras.map(() => maybe(text()))).map((vals) => {
      const e: Record<string, string> = {};
      vals.forEach((v, i) => {
        if (v !== null) e[extras[i]!] = v;
      });
      return e;
    }),
    source: fc.constant(null),
  });
}

const cellArb: fc.Arbitrary<OpexCell> = fc.oneof(
  fc.integer({ min: -1_000_000, max: 10_000_000 }).map((kNok) => ({ kind: 'amount' as const, kNok })),
  fc.constantFrom('*', '**', '-', '–', 'blank').map((marker) => ({ kind: 'marker' as const, marker })),
);

const reportArb: fc.Arbitrary<PortfolioReport> = fc
  .tuple(fc.uniqueArray(nr, { minLength: 1, maxLength: 8 }), extraHeaders, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 2000, max: 2090 }))
  .chain(([nrs, extras, yearCount, firstYear]) => {
    const years = Array.from({ length: yearCount }, (_v, i) => firstYear + i);
    const dependency: fc.Arbitrary<Dependency> = fc.record({
      initiativeNr: fc.constantFrom(...nrs),
      initiativeName: maybe(text()),
      owner: maybe(text()),
      description: text(),
      dependsOnNr: maybe(fc.constantFrom(...nrs)),
      dependsOn: text('Lev '),
      category: maybe(text()),
      criticality: maybe(fc.constantFrom(...CRITICALITIES)),
      status: maybe(fc.constantFrom(...TRAFFIC_LIGHTS)),
      deadline: maybe(isoDate),
      extra: fc.constant({}),
      source: fc.constant(null),
    }).map((d) => ({ ...d, dependsOn: d.dependsOnNr ? `${d.dependsOn} (${d.dependsOnNr})` : d.dependsOn }));
    const line: fc.Arbitrary<OpexIncrease> = fc.record({
      solution: text('Løsning '),
      initiativeName: text('Linje '),
      initiativeNr: maybe(fc.constantFrom(...nrs)),
      years: fc.tuple(...years.map(() => cellArb)).map((cells) => Object.fromEntries(cells.map((c, i) => [String(years[i]), c]))),
      note: maybe(fc.oneof(text('Merk '), text('* '), text('** '))),
      extra: fc.constant({}),
      source: fc.constant(null),
    });
    return fc.record({
      period: maybe(
        fc.record({
          key: fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
          reportDate: maybe(isoDate),
          title: maybe(text()),
          reconstructed: fc.boolean(),
          notes: maybe(text()),
        }).map((p) => ({ ...p, label: periodLabel(p.key) })),
      ),
      initiatives: fc.tuple(...nrs.map((n) => initiativeArb(n, extras))),
      dependencies: fc.array(dependency, { maxLength: 4 }),
      opex: years.length > 0 ? fc.array(line, { maxLength: 5 }) : fc.constant<OpexIncrease[]>([]),
      opexYears: fc.constant(years),
      opexFootnotes: fc.constant({}),
      focusAreas: fc.uniqueArray(fc.record({ code: focusCode, name: text() }), { selector: (f) => f.code, maxLength: 3 }),
      extraColumns: fc.constant<PortfolioReport['extraColumns']>({ initiatives: extras, dependencies: [], opex: [] }),
      metadata: fc.dictionary(text('felt_'), text(), { maxKeys: 3 }),
    });
  })
  .map(withDerivedFootnotes);

/** Footnotes are derived data: the first note beginning with a marker explains it, and marker cells carry it. */
function withDerivedFootnotes(r: PortfolioReport): PortfolioReport {
  const footnotes: PortfolioReport['opexFootnotes'] = {};
  for (const l of r.opex) {
    const m = l.note ? /^(\*{1,2})\s*(.*)$/s.exec(l.note) : null;
    if (m) footnotes[m[1] as '*' | '**'] ??= m[2]!.trim();
  }
  for (const l of r.opex) {
    for (const c of Object.values(l.years)) if (c.kind === 'marker' && (c.marker === '*' || c.marker === '**') && footnotes[c.marker]) c.footnote = footnotes[c.marker];
  }
  return { ...r, opexFootnotes: footnotes };
}

const withoutSources = (r: PortfolioReport) => ({
  ...r,
  initiatives: r.initiatives.map((i) => ({ ...i, source: null })),
  dependencies: r.dependencies.map((d) => ({ ...d, source: null })),
  opex: r.opex.map((o) => ({ ...o, source: null })),
});

describe('canonical workbook round trip', () => {
  it('a report written with the canonical writer reads back identical', () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        const bytes = writeCanonicalWorkbook(report);
        const back = importPortfolio([{ name: 'rundtur.xlsx', bytes }]);
        expect(back.errors).toEqual([]);
        expect(withoutSources(back.report!)).toEqual(report);
      }),
      { numRuns: 100 },
    );
    // generous: the machine is shared and this runs a hundred write/read cycles
  }, 60_000);
});
