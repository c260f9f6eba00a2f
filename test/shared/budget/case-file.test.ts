import { describe, expect, it } from 'vitest';
import { CASE_FILE_FORMAT, parseCaseFile, serializeCase } from '../../../shared/budget/case-file.ts';
import { adjust, alternative, budgetCase, frame, line } from '../../helpers/budget-case.ts';

const sample = () =>
  budgetCase(
    [frame(2024, 267_100, { earmarkedKNok: 20_000, reserve: { kind: 'percent', percent: 12 } })],
    [line('pll', 'nhn', 2024, 67_700, { followOnOpexKNok: 4_000, initiativeNrs: ['160'], source: { kind: 'dokument', ref: 'NUIT-sak 43/23' } })],
    [
      alternative('a', [
        adjust('l-2024-pll-nhn', { change: { kind: 'ambition', level: 'keepWarm', levels: { keepWarm: 5_000, reduced: 30_000 } }, locked: true, minKNok: 1_000 }),
      ], { recommended: true, consequences: ['x'] }),
    ],
  );

describe('case files', () => {
  it('round-trips a case through the file format', () => {
    const c = sample();
    const { id: _id, schemaVersion: _s, createdAt: _c, updatedAt: _u, versions: _v, ...content } = structuredClone(c);
    c.versions.push({ id: 'v1', name: 'sendt NUIT 31.10', createdAt: '2023-10-31T08:00:00.000Z', snapshot: content });
    const text = serializeCase(c);
    expect(JSON.parse(text).format).toBe(CASE_FILE_FORMAT);
    const r = parseCaseFile(text);
    expect(r.issues).toEqual([]);
    expect(r.case).toEqual(c);
    // Serializing what was read is stable (key order normalised once).
    const again = serializeCase(r.case!);
    expect(serializeCase(parseCaseFile(again).case!)).toBe(again);
  });
  it('migrates an unversioned draft and fills defaults', () => {
    const raw = JSON.parse(serializeCase(sample()));
    delete raw.schemaVersion;
    delete raw.notes;
    delete raw.versions;
    delete raw.lines[0].deliverables;
    const r = parseCaseFile(JSON.stringify(raw));
    expect(r.ok).toBe(true);
    expect(r.migratedFrom).toBe(0);
    expect(r.case!.lines[0]!.deliverables).toEqual([]);
    expect(r.case!.versions).toEqual([]);
  });
  it('refuses files from a newer version, other formats and non-JSON, in Norwegian', () => {
    const raw = JSON.parse(serializeCase(sample()));
    expect(parseCaseFile(JSON.stringify({ ...raw, schemaVersion: 9 })).issues[0]!.message).toMatch(/nyere versjon.*skjemaversjon 9/);
    expect(parseCaseFile(JSON.stringify({ ...raw, format: 'noe-annet' })).issues[0]).toMatchObject({ path: '$.format' });
    expect(parseCaseFile('ikke json').issues[0]).toMatchObject({ path: '$', message: expect.stringMatching(/^Filen er ikke gyldig JSON/) });
  });
  it('names the JSON path of schema errors', () => {
    const raw = JSON.parse(serializeCase(sample()));
    raw.lines[0].estimateKNok = -5;
    raw.frames[0].frameKNok = 1.5;
    delete raw.title;
    const r = parseCaseFile(JSON.stringify(raw));
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual(
      expect.arrayContaining([
        { path: '$.lines[0].estimateKNok', message: 'Kan ikke være mindre enn 0 (negative beløp er ikke lov).' },
        { path: '$.frames[0].frameKNok', message: 'Må være et helt tall (kNOK).' },
        { path: '$.title', message: 'Feltet mangler.' },
      ]),
    );
  });
  it('refuses a year twice or two frames for one year', () => {
    const c = sample();
    c.years.push(2024);
    c.frames.push(frame(2024, 1));
    expect(parseCaseFile(serializeCase(c)).issues).toEqual([
      { path: '$.years[1]', message: 'År 2024 står mer enn én gang.' },
      { path: '$.frames[1].year', message: 'År 2024 har mer enn én ramme.' },
    ]);
  });
  it('checks references, duplicates and that every year has a frame', () => {
    const c = sample();
    c.years.push(2025);
    c.lines.push(line('ukjent', 'nhn', 2024, 1));
    c.lines.push(line('pll', 'nhn', 2024, 2));
    c.alternatives[0]!.adjustments.push(adjust('finnes-ikke', {}));
    const r = parseCaseFile(serializeCase(c));
    expect(r.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      '$.lines[2].id: Id «l-2024-pll-nhn» er brukt mer enn én gang.',
      '$.years[1]: År 2025 har ingen ramme.',
      '$.lines[1].areaId: Ukjent tjenesteområde «ukjent».',
      '$.lines[2]: Tjenesteområde, aktør og år finnes allerede på en annen linje.',
      '$.alternatives[0].adjustments[1].lineId: Alternativet «a» endrer en linje som ikke finnes («finnes-ikke»).',
    ]);
  });
});
