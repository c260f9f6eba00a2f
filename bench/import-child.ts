// Child process for the import benchmark, one per file size, so that neither the timing nor the
// memory figure carries state (JIT feedback, heap) over from another size or from the generator:
// measured after the 1k file in the same process, the 10k floor ran ~10 % faster and the parse ~8 %
// slower than in a process of its own.
//   mode "time":  warm-up, then the floor and the parse + validate alternately; medians as JSON
//   mode "parse": one parse, and the process's peak RSS
//   mode "floor": nothing parsed, the peak RSS of reading the file alone
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { threadCpuMs } from './harness.ts';
import { peakRssBytes } from './peak-rss.ts';
import { importPortfolio } from '../shared/import/index.ts';

const [file, mode, runsArg] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file!));
const parse = () => importPortfolio([{ name: 'syntetisk.xlsx', bytes }]);

/** Unzips every part and scans the sheet XML for cells, building nothing: what any reader must do. */
function floor(): number {
  let cells = 0;
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (!name.endsWith('.xml')) continue;
    const xml = strFromU8(data);
    const re = /<c [^>]*>(?:<v>([^<]*)<\/v>)?/g;
    while (re.exec(xml)) cells++;
  }
  return cells;
}

/** Median wall and CPU time of the floor and the parse, run alternately after `warm` rounds of each. */
function timeBoth(runs: number, warm: number) {
  let ok = true;
  const wall = { floor: [] as number[], parse: [] as number[] };
  const cpu = { floor: [] as number[], parse: [] as number[] };
  const time = (fn: () => unknown, kind: 'floor' | 'parse') => {
    const t = performance.now();
    const c = threadCpuMs();
    fn();
    wall[kind].push(performance.now() - t);
    cpu[kind].push(threadCpuMs() - c);
  };
  for (let i = 0; i < warm; i++) {
    floor();
    ok = parse().ok && ok;
  }
  // alternating, so load from other work on the machine hits both alike
  for (let i = 0; i < runs; i++) {
    time(floor, 'floor');
    time(() => (ok = parse().ok && ok), 'parse');
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return {
    ok,
    floorMs: median(wall.floor),
    ms: median(wall.parse),
    cpuFloorMs: median(cpu.floor),
    cpuMs: median(cpu.parse),
    // the spread, so a reader can see how steady the medians are
    parseRangeMs: [Math.min(...wall.parse), Math.max(...wall.parse)],
  };
}

if (mode === 'time') {
  const runs = Number(runsArg ?? 11);
  process.stdout.write(JSON.stringify(timeBoth(runs, runs >= 11 ? 3 : 1)));
} else {
  const t0 = performance.now();
  const r = mode === 'floor' ? null : parse();
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ms, ok: r?.ok ?? null, errors: r?.errors.length ?? 0, peakRssMB: Math.round(peakRssBytes() / 1048576) }));
}
