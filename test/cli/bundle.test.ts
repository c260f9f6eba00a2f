import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm run cli` runs the Node bundle in out/cli (rebuilt when sources change): the bundle must
// behave like the TypeScript sources, including finding the fonts for PDF export.
const root = resolve('.');
const cli = (...args: string[]) => execFileSync(process.execPath, [join(root, 'scripts', 'cli.mjs'), ...args], { cwd: root, encoding: 'utf8' });

describe('the bundled CLI', () => {
  it('checks the example report and exports a case document from the bundle', () => {
    const result = JSON.parse(cli('check', 'assets/examples/portefolje-2022-09.xlsx', '--json')) as { ok: boolean; active: number; opexTotalsMNOK: Record<string, number> };
    expect(result.ok).toBe(true);
    expect(result.active).toBe(42);
    expect(result.opexTotalsMNOK['2023']).toBe(53.4);
    const pdf = join(mkdtempSync(join(tmpdir(), 'hp-cli-')), 'sak.pdf');
    cli('export', 'assets/examples/nuit-43-23-sak.json', '--pdf', pdf);
    expect(new TextDecoder().decode(readFileSync(pdf).subarray(0, 5))).toBe('%PDF-');
  });
});
