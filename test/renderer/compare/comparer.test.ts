import { afterEach, describe, expect, it, vi } from 'vitest';
import { comparePeriods } from '../../../shared/portfolio/index.ts';
import type { PortfolioReport } from '../../../shared/portfolio/index.ts';
import { Comparer, SupersededError } from '../../../renderer/features/compare/comparer.ts';
import { createCompareHost } from '../../../renderer/features/compare/compare-protocol.ts';
import type { CompareRequest } from '../../../renderer/features/compare/compare-protocol.ts';
import type { LoadedPeriod } from '../../../renderer/store/period.ts';
import { initiative, report } from '../../helpers/portfolio-builders.ts';

/** A stand-in Worker running the worker's host, with copies and a task between each message. */
class StandInWorker {
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  private readonly host = createCompareHost((answer) => setTimeout(() => this.onmessage?.({ data: structuredClone(answer) }), 0));
  postMessage(m: CompareRequest) {
    const copy = structuredClone(m);
    setTimeout(() => this.host(copy), 0);
  }
  terminate() {}
}

/** A period of n tiltak: numbers from `first`, every `every`-th one red. */
function period(id: string, n: number, first: number, every: number): LoadedPeriod {
  const r: PortfolioReport = report({
    initiatives: Array.from({ length: n }, (_v, k) => initiative({ nr: String(first + k), status: k % every === 0 ? 'red' : 'green' })),
  });
  return { period: { id, key: id, label: id, reconstructed: false, importedAt: 'x' }, report: r };
}

const expected = (a: LoadedPeriod, b: LoadedPeriod) => comparePeriods(a.report, b.report);

afterEach(() => vi.unstubAllGlobals());

describe('Comparer (the page side of the comparison worker)', () => {
  // Over 4 000 tiltak: each period crosses in several chunks, with tasks in between.
  const a = period('A', 9000, 1, 3);
  const b = period('B', 9000, 3001, 5);
  const c = period('C', 5000, 1, 7);

  it('gives the same comparison as comparing on the page, however the periods are switched', async () => {
    vi.stubGlobal('Worker', StandInWorker);
    const comparer = new Comparer();
    expect(await comparer.compare(a, b)).toEqual(expected(a, b));
    // A switch while the previous comparison is still sending its periods.
    const second = comparer.compare(a, c);
    await new Promise((r) => setTimeout(r, 0));
    const third = comparer.compare(c, b);
    expect(await second).toEqual(expected(a, c));
    expect(await third).toEqual(expected(c, b));
    // A was dropped by the worker after the third; it is sent again, not compared as empty.
    expect(await comparer.compare(a, b)).toEqual(expected(a, b));
  });

  it('drops a request that a newer one replaced before it started', async () => {
    vi.stubGlobal('Worker', StandInWorker);
    const comparer = new Comparer();
    const old = comparer.compare(a, c);
    const latest = comparer.compare(b, c);
    await expect(old).rejects.toBeInstanceOf(SupersededError);
    expect(await latest).toEqual(expected(b, c));
  });
});
