import { describe, expect, it } from 'vitest';
import { captureCliOutput } from '../helpers/cli-output.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../cli/commands/check.ts';

const example = fileURLToPath(new URL('../../assets/examples/portefolje-2022-09.xlsx', import.meta.url));

describe('cli check', () => {
  const cli = captureCliOutput('check-');

  it('prints one JSON object with the figures of a valid report and exits 0', async () => {
    expect(await run([example, '--json'])).toBe(0);
    const json = JSON.parse(cli.out);
    expect(json).toMatchObject({
      ok: true,
      period: '2022-09',
      initiatives: 46,
      active: 42,
      dependencies: 2,
      opexLines: 8,
      status: { green: 18, yellow: 24, red: 0 },
      risk: { green: 7, yellow: 20, red: 1, none: 14 },
      opexTotalsMNOK: { '2022': 32.8, '2023': 53.4, '2024': 97, '2025': 40.4, '2026': 20 },
      errors: [],
    });
    expect(json.warnings[0]).toMatchObject({ sheet: 'Tiltak', row: 26, column: 'I' });
  });

  it('exits 1 with located errors for an invalid report', async () => {
    const file = join(cli.dir, 'tiltak.csv');
    writeFileSync(file, 'Nr;Aktør;Tiltaksnavn;Segment;Status\n1;A;B;Samstyre;Lilla\n');
    expect(await run([file, '--json'])).toBe(1);
    expect(JSON.parse(cli.out).errors).toEqual([expect.objectContaining({ sheet: 'tiltak.csv', row: 2, column: 'E', message: expect.stringMatching(/^Ukjent verdi «Lilla»/) })]);
  });

  it('exits 2 for an unreadable file, a missing file and wrong usage', async () => {
    const file = join(cli.dir, 'gammel.xls');
    writeFileSync(file, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(await run([file])).toBe(2);
    expect(cli.out).toMatch(/gamle Excel-formatet/);
    expect(await run([join(cli.dir, 'finnes-ikke.xlsx')])).toBe(2);
    expect(cli.err).toMatch(/filen finnes ikke/);
    expect(await run([])).toBe(2);
    expect(await run(['--json'])).toBe(2);
  });

  it('prints a Norwegian summary without --json', async () => {
    expect(await run([example])).toBe(0);
    expect(cli.out).toContain('Tiltak: 46, aktive: 42 (Samstyre 13');
    expect(cli.out).toContain('D&F akkumulert (MNOK): 2022: 32,8, 2023: 86,2, 2024: 183,2, 2025: 223,6, 2026: 243,6');
  });
});
