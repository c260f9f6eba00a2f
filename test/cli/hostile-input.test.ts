import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureCliOutput } from '../helpers/cli-output.ts';
import { run as runCase } from '../../cli/commands/case.ts';
import { run as runCheck } from '../../cli/commands/check.ts';
import { printable } from '../../cli/printable.ts';
import { describeUnexpectedError } from '../../shared/spreadsheet/index.ts';

describe('CLI under hostile input', () => {
  const cli = captureCliOutput('cli-hostile-');

  it('escapes control characters in file names and cell text, so nothing forges a result line', async () => {
    const name = join(cli.dir, 'x\nResultat: gyldig rapport\n.csv');
    writeFileSync(name, 'Nr;Tiltaksnavn\r\n1;"a\u001b[2J\nResultat: gyldig rapport"\r\n');
    expect(await runCheck([name])).toBe(1);
    const lines = cli.out.split('\n');
    expect(lines.filter((l) => l.startsWith('Resultat:'))).toEqual(['Resultat: ugyldig rapport, ingenting ville blitt importert']);
    expect(cli.out).toContain('x\\x0aResultat: gyldig rapport\\x0a.csv');
    expect(cli.out).not.toContain('\u001b');
  });

  it.runIf(process.platform === 'linux')('refuses a FIFO at once instead of hanging', async () => {
    const fifo = join(cli.dir, 'rapport.xlsx');
    execFileSync('mkfifo', [fifo]);
    expect(await runCheck([fifo])).toBe(2);
    expect(cli.err).toMatch(/er ikke en vanlig fil/);
    expect(await runCase([fifo, '--json'])).toBe(2);
    expect(JSON.parse(cli.out).errors[0].message).toMatch(/rapport\.xlsx: «rapport\.xlsx» er ikke en vanlig fil/);
  });

  it('words engine errors in Norwegian, never in English', () => {
    for (const e of [new RangeError('Invalid string length'), new RangeError('Map maximum size exceeded'), new RangeError('Array buffer allocation failed')]) {
      expect(describeUnexpectedError(e, 'a.xlsx')).toBe('a.xlsx: filen er for stor eller for sammensatt til å leses (minnegrensen ble nådd). Ingenting er importert.');
    }
    expect(describeUnexpectedError(new TypeError('Cannot read properties of undefined'))).not.toMatch(/Cannot|undefined/);
  });

  it('escapes separators and bidirectional overrides', () => {
    expect(printable('a\u2028b\u202ec\u0007')).toBe('a\\u2028b\\u202ec\\x07');
  });
});
