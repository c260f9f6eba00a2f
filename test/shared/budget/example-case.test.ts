import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaseFile, serializeCase } from '../../../shared/budget/case-file.ts';
import { compileCase, computeCase, followOnSeries, yearSummaries } from '../../../shared/budget/compute.ts';
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
  it('has the decided 2024 allocation and the mandates’ later frames', () => {
    const v = byId('vedtatt-2024');
    expect(v.total[0]).toBe(229_900);
    expect(yearSummaries(cc, v).slice(1).map((y) => y.frameKNok)).toEqual([238_300, 251_100, 251_390, 260_850, 126_490]);
  });
  it('is what the builder makes from the source facts (assets/examples/kilder)', () => {
    const read = (p: string) => readFileSync(join(dataDir, p), 'utf8');
    const built = buildNuit4323Case({
      estimates: read('nuit-43-23/estimater-2024.csv'),
      consequences: read('nuit-43-23/konsekvenser.csv'),
      sak: read('nuit-43-23/sak.csv'),
      allocation: read('mandates-2024/fordeling-2024.csv'),
      frames: read('mandates-2024/rammer.csv'),
    });
    expect(serializeCase(built)).toBe(json);
  });
});
