import { readFileSync } from 'node:fs';

/**
 * A tiny benchmark harness: each case file in bench/cases exports `cases`, a list of named
 * measurements. Runs are repeated and the median is reported, because noise here is ±10–25 %.
 */
export interface BenchResult {
  /** What was measured, e.g. "import: parse 10k tiltak". */
  name: string;
  /** Median wall time in milliseconds. */
  ms: number;
  /** Free-form extra figures, e.g. { peakRssMB: 310, floorMs: 80 }. */
  extra?: Record<string, string | number>;
}

export interface BenchCase {
  name: string;
  /** Runs the measurement and returns one or more result rows. */
  run: () => Promise<BenchResult[]>;
}

/**
 * CPU time of the calling thread in ms (Linux: /proc/thread-self/schedstat), NaN elsewhere. Unlike
 * the wall clock it leaves out the time the thread waited for a core that other work held.
 */
export function threadCpuMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

/** Median time of `fn` over `runs` runs after one warm-up. */
export async function measure(fn: () => unknown | Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export function printTable(results: BenchResult[]): void {
  const rows = results.map((r) => [
    r.name,
    r.ms.toFixed(r.ms < 10 ? 2 : 0),
    Object.entries(r.extra ?? {})
      .map(([k, v]) => `${k}=${typeof v === 'number' ? (Number.isInteger(v) ? v : v.toFixed(2)) : v}`)
      .join(' '),
  ]);
  const head = ['måling', 'median ms', 'annet'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  console.log(line(head));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.log(line(r));
}
