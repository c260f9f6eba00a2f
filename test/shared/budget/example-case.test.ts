import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaseFile, serializeCase } from '../../../shared/budget/case-file.ts';
import { compileCase, computeCase, followOnSeries, periodLabel, yearSummaries } from '../../../shared/budget/compute.ts';
import { availabilityFormula } from '../../../shared/budget/set-asides.ts';
import { spanCheck } from '../../../shared/budget/span.ts';
import { buildNuit4323Case } from '../../../shared/budget/examples/nuit-43-23.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const json = readFileSync(join(root, 'assets', 'examples', 'nuit-43-23-sak.json'), 'utf8');
const dataDir = join(root, 'assets', 'examples', 'kilder');

describe('example case NUIT 43/23', () => {
  const parsed = parseCaseFile(json);
  const c = parsed.case!;
  const cc = compileCase(c);
  const results = computeCase(c, cc);
  const byId = (id: string) => results.find((r) => r.alternativeId === id)!;

  it('is a valid case file with the documents’ frame, earmark and reserve', () => {
    expect(parsed.issues).toEqual([]);
    expect(parsed.migratedFrom).toBeNull();
    expect(c.meta.caseNumber).toBe('43/23');
    expect(c.years).toEqual([2024, 2025, 2026, 2027, 2028, 2029]);
    expect(yearSummaries(cc, byId('baseline'))[0]).toMatchObject({
      frameKNok: 267_100, earmarkedKNok: 20_000, reserveKNok: 29_652, availableKNok: 217_448, totalKNok: 269_100, balanceKNok: -51_652,
    });
  });
  it('has the estimates per area and actor with their provenance', () => {
    const est = Object.fromEntries(c.lines.map((l) => [l.id, l.estimateKNok]));
    expect(est).toEqual({
      'l-2024-pll-nhn': 67_700, 'l-2024-pll-hdir': 35_300, 'l-2024-provesvar-nhn': 20_000, 'l-2024-provesvar-hdir': 9_000,
      'l-2024-journaldokumenter-nhn': 85_000, 'l-2024-journaldokumenter-hdir': 11_800, 'l-2024-kritisk-nhn': 3_000,
      'l-2024-kritisk-hdir': 13_300, 'l-2024-maledata-nhn': 24_000, 'l-2024-maledata-hdir': 0,
    });
    expect(c.lines.every((l) => l.source.kind === 'dokument')).toBe(true);
    const md = c.lines.find((l) => l.id === 'l-2024-maledata-nhn')!;
    expect([md.followOnOpexKNok, md.followOnSource.kind]).toEqual([5_000, 'modellert']);
    expect(c.lines.find((l) => l.id === 'l-2024-pll-nhn')!.initiativeNrs).toEqual(['160']);
    expect(followOnSeries(cc, byId('baseline'))[0]).toEqual({ year: 2025, kNok: 22_000, accumulatedKNok: 22_000 });
  });
  it('alternative 2 is built by the assistant to fit the frame exactly and is recommended', () => {
    const a2 = byId('alt-2');
    expect(a2.recommended).toBe(true);
    expect(a2.balance[0]).toBe(0);
    expect(a2.fitsFrame).toBe(true);
    const alt = c.alternatives.find((a) => a.id === 'alt-2')!;
    expect(alt.consequences).toHaveLength(5);
    expect(alt.source.kind).toBe('modellert');
    expect(alt.role).toBe('proposal');
    const touched = alt.adjustments.map((a) => a.lineId).sort();
    expect(touched).toEqual(['l-2024-journaldokumenter-hdir', 'l-2024-journaldokumenter-nhn', 'l-2024-maledata-nhn']);
  });
  it('alternative 1 (måledata only) cannot close the gap computed from the text, and says by how much', () => {
    const a1 = byId('alt-1');
    expect(a1.balance[0]).toBe(-27_652);
    expect(a1.fitsFrame).toBe(false);
    expect(c.alternatives.find((a) => a.id === 'alt-1')!.description).toContain('det mangler fortsatt 27,7 MNOK');
    expect(a1.followOnByYear[0]).toBe(17_000); // PLL 4 + journaldokumenter 13: as the consequence says
  });
  it('shows the decided 2024 allocation as what followed, and the mandates’ later frames', () => {
    const v = byId('vedtatt-2024');
    expect(v.total[0]).toBe(229_900);
    expect(c.alternatives.find((a) => a.id === 'vedtatt-2024')!.role).toBe('followed');
    expect(yearSummaries(cc, v).slice(1).map((y) => y.frameKNok)).toEqual([238_300, 251_100, 251_390, 260_850, 126_490]);
    const actors = Object.fromEntries(cc.actorIds.map((id, k) => [id, v.byActor[k]]));
    expect(actors).toEqual({ nhn: 171_900, hdir: 58_000 });
  });
  it('says in words what is available, with the set-asides of the literal reading', () => {
    expect(availabilityFormula(cc.availability[0]!)).toBe('267,1 − 20,0 øremerket − 12 % av 247,1 = 217,4');
    expect(c.frames[0]!.setAsides.map((s) => [s.kind, s.name, s.source.kind])).toEqual([
      ['earmark', 'Helseteknologiordningen', 'dokument'],
      ['reserve', 'Usikkerhetsavsetning til HOD', 'dokument'],
    ]);
  });
  it('keeps the reading that reproduces «ca. 17» as a named version, marked modellert, where both alternatives close the gap', () => {
    const v = c.versions[0]!;
    expect(v.name).toMatch(/^Modellert lesning/);
    const m = { ...c, ...v.snapshot };
    const mcc = compileCase(m);
    const mres = computeCase(m, mcc);
    expect(availabilityFormula(mcc.availability[0]!)).toBe('267,1 − 15,0 = 252,1');
    expect(m.frames[0]!.setAsides[0]!.source.kind).toBe('modellert');
    expect(mres.map((r) => [r.alternativeId, r.balance[0]])).toEqual([['baseline', -17_000], ['alt-1', 0], ['alt-2', 0], ['vedtatt-2024', 22_200]]);
    expect(m.meta.background).toContain('Det mangler ca. 17 millioner kroner');
  });
  it('sums only the planned year over the period, and checks the styringsramme against frames of ~1 395 MNOK', () => {
    expect(periodLabel(cc)).toBe('Hele perioden (2024) – 2025–2029 har ingen estimater og er ikke med');
    expect(byId('alt-2').period.balanceKNok).toBe(0);
    const span = spanCheck(c, cc, results);
    expect([span.fromYear, span.toYear, span.capKNok, span.framesKNok, span.framesWithinCap]).toEqual([2024, 2029, 1_250_000, 1_395_230, false]);
    expect(span.warnings[0]!.replace(/\s/g, ' ')).toBe('Rammene for 2024–2029 er til sammen 1 395,2 MNOK, 145,2 MNOK over styringsrammen på 1 250,0 MNOK.');
    expect(span.alternatives.find((a) => a.alternativeId === 'baseline')).toMatchObject({ plannedKNok: 269_100, opexKNok: 110_000, withinCap: true });
    expect(c.cap!.source).toMatchObject({ kind: 'dokument' });
  });
  it('has the D&F increase of 2024 staying every later year', () => {
    expect(Array.from(byId('baseline').opexLevel)).toEqual([22_000, 22_000, 22_000, 22_000, 22_000, 22_000]);
    expect(cc.levelYears).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  });
  it('has what 002 says about 2025 with provenance, and notes the 42/23 slip', () => {
    const a2025 = c.allocations.filter((a) => a.year === 2025);
    expect(a2025.map((a) => [a.actorId, a.kNok])).toEqual([['nhn', 61_400], [null, null]]);
    expect(a2025.every((a) => a.source.kind === 'dokument' && /2025/.test(a.source.ref ?? ''))).toBe(true);
    expect(c.meta.caseNumberNote).toContain('42-23');
  });
  it('is what the builder makes from the source facts (assets/examples/kilder)', () => {
    const read = (p: string) => readFileSync(join(dataDir, p), 'utf8');
    const built = buildNuit4323Case({
      estimates: read('nuit-43-23/estimater-2024.csv'),
      consequences: read('nuit-43-23/konsekvenser.csv'),
      sak: read('nuit-43-23/sak.csv'),
      allocation: read('mandates-2024/fordeling-2024.csv'),
      frames: read('mandates-2024/rammer.csv'),
      grant2024: read('mandates-2024/tildeling-2024.csv'),
      grant2025: read('mandates-2025/tildeling-2025.csv'),
    });
    expect(serializeCase(built)).toBe(json);
  });
});
