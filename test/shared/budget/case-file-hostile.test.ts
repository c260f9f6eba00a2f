import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_LIMITS, parseCaseFile, validateCase } from '../../../shared/budget/case-file.ts';
import { compileCase, computeCase } from '../../../shared/budget/compute.ts';
import { budgetCase, frame, line } from '../../helpers/budget-case.ts';
import { hostileCaseFiles } from '../../helpers/hostile-case.ts';

const example = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../assets/examples/nuit-43-23-sak.json'), 'utf8')) as Record<string, unknown>;
const hostile = hostileCaseFiles(example);
const byKind = (k: string) => hostile.find((h) => h.kind === k)!.text;

describe('hostile case files', () => {
  it.each(hostile.filter((h) => !h.valid).map((h) => [h.kind, h.text] as const))('%s: refused with Norwegian messages, never thrown', (_kind, text) => {
    const r = parseCaseFile(text);
    expect(r.ok).toBe(false);
    expect(r.issues.length).toBeGreaterThan(0);
    expect(r.issues.length).toBeLessThanOrEqual(CASE_LIMITS.issues + 1);
    for (const i of r.issues) expect(i.message).not.toMatch(/Invalid|Expected|expected |Too (big|small)|primitive|undefined/);
  });

  it('reads a case with prototype keys without polluting anything', () => {
    const r = parseCaseFile(byKind('proto-keys'));
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('names an object format without calling its toString', () => {
    const r = parseCaseFile(byKind('format-object-no-tostring'));
    expect(r.issues).toEqual([{ path: '$.format', message: expect.stringMatching(/^Ukjent filformat et objekt; forventet/) }]);
  });

  it('refuses an implausible amount and says so', () => {
    const r = parseCaseFile(byKind('estimate-1e20'));
    expect(r.issues[0]).toEqual({ path: '$.lines[0].estimateKNok', message: expect.stringMatching(/urimelig stort/) });
  });

  it('refuses ids holding the key separator', () => {
    const r = parseCaseFile(byKind('line-id-with-pipe'));
    expect(r.issues).toContainEqual({ path: '$.lines[0].id', message: 'Id kan ikke inneholde «|» eller kontrolltegn.' });
  });

  it('caps the issues and says how many more there were', () => {
    const r = parseCaseFile(byKind('many-bad-lines'));
    expect(r.issues).toHaveLength(CASE_LIMITS.issues + 1);
    expect(r.issues.at(-1)!.message).toMatch(/^… og \d+ feil til\.$/);
  });

  it('says when the list is too long', () => {
    const r = parseCaseFile(byKind('alternatives-5000'));
    expect(r.issues).toContainEqual({ path: '$.alternatives', message: `Kan ha høyst ${CASE_LIMITS.alternatives} element.` });
  });

  it('refuses a line changed twice by one alternative', () => {
    const r = parseCaseFile(byKind('duplicate-adjustment'));
    expect(r.issues).toEqual([{ path: '$.alternatives[0].adjustments[1].lineId', message: expect.stringMatching(/mer enn én gang/) }]);
  });

  it('validates 300 000 frames in linear time', () => {
    const c = budgetCase([frame(2024, 1)], [line('a', 'k', 2024, 1)]);
    c.frames = Array.from({ length: 300_000 }, (_, i) => frame(1900 + (i % 300), 1));
    c.years = Array.from({ length: 300_000 }, (_, i) => 1900 + (i % 300));
    // Quadratic validation took over a minute here; the test's own timeout is the bound.
    const issues = validateCase(c);
    expect(issues.length).toBeGreaterThan(299_000);
  });

  it('does not treat different area/actor pairs as the same cell', () => {
    const c = budgetCase([frame(2024, 100)], [line('a|b', 'c', 2024, 1, { id: 'l1' }), line('a', 'b|c', 2024, 1, { id: 'l2' })]);
    expect(validateCase(c)).toEqual([]);
  });

  it('keeps the largest case within limits cheap to compute', () => {
    const L = CASE_LIMITS;
    const years = Array.from({ length: L.years }, (_, i) => 2000 + i);
    const c = budgetCase(years.map((y) => frame(y, 1)), [line('a0', 'k0', 2000, 1)]);
    c.areas = Array.from({ length: L.areas }, (_, i) => ({ id: `a${i}`, name: 'a', shortName: '' }));
    c.actors = Array.from({ length: L.actors }, (_, i) => ({ id: `k${i}`, name: 'k', shortName: '' }));
    c.alternatives = Array.from({ length: L.alternatives }, (_, i) => ({ id: `x${i}`, name: 'x', role: 'proposal' as const, description: '', consequences: [], recommended: false, adjustments: [], source: { kind: 'bruker' as const } }));
    const results = computeCase(c, compileCase(c));
    const bytes = results.reduce((s, r) => s + r.byArea.byteLength + r.byActor.byteLength + r.amounts.byteLength, 0);
    expect(bytes).toBeLessThan(64 * 1024 * 1024);
  });
});
