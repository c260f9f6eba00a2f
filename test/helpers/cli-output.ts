// What a CLI command writes, captured per test: stdout, stderr and a fresh temporary folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';

export interface CliOutput {
  readonly out: string;
  readonly err: string;
  readonly dir: string;
}

/** Call inside a describe: every test there starts with empty output and its own folder. */
export function captureCliOutput(prefix: string): CliOutput {
  const state = { out: '', err: '', dir: '' };
  beforeEach(() => {
    state.out = '';
    state.err = '';
    state.dir = mkdtempSync(join(tmpdir(), prefix));
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((state.out += String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((state.err += String(s)), true));
  });
  afterEach(() => vi.restoreAllMocks());
  return state;
}
