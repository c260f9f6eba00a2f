import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/commands/export.ts';
import { importPortfolio } from '../../shared/import/index.ts';
import { readPdf } from '../shared/export/support/pdf.ts';

const examples = fileURLToPath(new URL('../../assets/examples/', import.meta.url));
let dir: string;
let out: string[];
let err: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'export-cli-'));
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

const isPdf = (f: string) => readFileSync(f).subarray(0, 5).toString() === '%PDF-';
const isZip = (f: string) => readFileSync(f).subarray(0, 2).toString() === 'PK';

describe('cli export', { timeout: 60_000 }, () => {
  it('with --period, the case document lists what each alternative\'s cuts touch in that period', async () => {
    const pdf = join(dir, 'sak.pdf');
    const code = await run([`${examples}nuit-43-23-sak.json`, '--pdf', pdf, '--period', `${examples}portefolje-2022-09.xlsx`]);
    expect(err.join('')).toBe('');
    expect(code).toBe(0);
    const { text } = await readPdf(new Uint8Array(readFileSync(pdf)));
    expect(text).toMatch(/Alternativ 1 – tiltak og avhengigheter som berøres \(porteføljeperioden september 2022\)/);
    expect(text).toContain('Hva kuttene berører');
  });

  it('exports a report as status report, portfolio workbook and CSV; the workbook imports again', async () => {
    const pdf = join(dir, 'status.pdf');
    const xlsx = join(dir, 'portefolje.xlsx');
    const csv = join(dir, 'tiltak.csv');
    const code = await run([`${examples}portefolje-2022-09.xlsx`, '--pdf', pdf, '--xlsx', xlsx, '--csv', csv, '--previous', `${examples}portefolje-2022-05-rekonstruert.xlsx`]);
    expect(err.join('')).toBe('');
    expect(code).toBe(0);
    expect(isPdf(pdf)).toBe(true);
    expect(isZip(xlsx)).toBe(true);
    expect(existsSync(csv)).toBe(true);
    expect(out.join('')).toContain('Skrev statusrapporten');
    const back = importPortfolio([{ name: 'portefolje.xlsx', bytes: new Uint8Array(readFileSync(xlsx)) }]);
    expect(back.ok).toBe(true);
    expect(back.summary?.active).toBe(42);
  });

  it('exports a case file, and the case workbook it writes exports again as a case', async () => {
    const xlsx = join(dir, 'sak.xlsx');
    expect(await run([`${examples}nuit-43-23-sak.json`, '--pdf', join(dir, 'sak.pdf'), '--xlsx', xlsx])).toBe(0);
    expect(isPdf(join(dir, 'sak.pdf'))).toBe(true);
    expect(await run([xlsx, '--pdf', join(dir, 'igjen.pdf')])).toBe(0);
    expect(out.join('')).toContain('Skrev NUIT-saksdokumentet');
  });

  it('exits 1 for an invalid input, 2 for unreadable files and wrong usage', async () => {
    const bad = join(dir, 'feil.json');
    writeFileSync(bad, JSON.stringify({ title: 'x', years: [] }));
    expect(await run([bad, '--pdf', join(dir, 'x.pdf')])).toBe(1);
    expect(err.join('')).toContain('feil.json');
    expect(await run([join(dir, 'finnes-ikke.xlsx'), '--pdf', join(dir, 'x.pdf')])).toBe(2);
    expect(await run([`${examples}nuit-43-23-sak.json`])).toBe(2);
    expect(await run(['--pdf'])).toBe(2);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });
});
