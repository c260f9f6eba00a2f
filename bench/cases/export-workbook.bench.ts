import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { measure } from '../harness.ts';
import type { BenchCase, BenchResult } from '../harness.ts';
import { syntheticReport } from '../synthetic-report.ts';
import { canonicalSheets } from '../../shared/import/index.ts';
import { plainValue } from '../../shared/spreadsheet/index.ts';
import type { PortfolioReport } from '../../shared/portfolio/model.ts';
import { writePortfolioWorkbook } from '../../shared/export/xlsx/portfolio-workbook.ts';
import { peakRssBytes } from '../peak-rss.ts';

// Portfolio workbook (canonical layout) for 10k and 100k tiltak: our streaming writer vs exceljs's
// in-memory writeBuffer (what a browser worker could use) and a floor (the sheet XML as one string,
// deflated natively). Peak memory is measured in a child process per writer and size (this file,
// run directly). Targets: 10k in under 1 s, 100k in under 500 MB. exceljs at 100k runs only with
// BENCH_EXPORT_EXCELJS_100K=1 (it needs ~2,5 GB).
const self = fileURLToPath(import.meta.url);
const root = fileURLToPath(new URL('../..', import.meta.url));

type Writer = 'ours' | 'exceljs' | 'floor';

async function exceljsWorkbook(report: PortfolioReport): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of canonicalSheets(report)) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) {
      ws.addRow(r.map((c) => plainValue(c) ?? null));
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function floorWorkbook(report: PortfolioReport): number {
  let size = 0;
  for (const s of canonicalSheets(report)) {
    let xml = '<sheetData>';
    s.rows.forEach((r, i) => {
      xml += `<row r="${i + 1}">`;
      for (const c of r) {
        const v = plainValue(c);
        xml += typeof v === 'number' ? `<c><v>${v}</v></c>` : `<c t="inlineStr"><is><t>${String(v ?? '')}</t></is></c>`;
      }
      xml += '</row>';
    });
    size += deflateRawSync(xml + '</sheetData>', { level: 1 }).length;
  }
  return size;
}

async function write(writer: Writer, report: PortfolioReport): Promise<number> {
  if (writer === 'ours') return writePortfolioWorkbook(report).length;
  if (writer === 'exceljs') return (await exceljsWorkbook(report)).length;
  return floorWorkbook(report);
}

/** Child mode: `node --import tsx export-workbook.bench.ts WRITER N` prints {ms, peakRssMB, bytes}. */
async function child(writer: Writer, n: number): Promise<void> {
  const report = syntheticReport(n);
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  const bytes = await write(writer, report);
  const ms = performance.now() - t0;
  const peak = peakRssBytes();
  process.stdout.write(JSON.stringify({ ms, bytes, peakRssMB: Math.round(peak / 1048576), baseRssMB: Math.round(before / 1048576) }));
}

function inChild(writer: Writer, n: number): { ms: number; bytes: number; peakRssMB: number; baseRssMB: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', self, writer, String(n)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out) as { ms: number; bytes: number; peakRssMB: number; baseRssMB: number };
}

if (process.argv[1] && fileURLToPath(new URL(`file://${process.argv[1]}`)) === self && process.argv[2]) {
  await child(process.argv[2] as Writer, Number(process.argv[3]));
}

async function sized(n: number, label: string): Promise<BenchResult[]> {
  const report = syntheticReport(n);
  const runs = n >= 100_000 ? 1 : 5;
  const results: BenchResult[] = [];
  const writers: Writer[] = n >= 100_000 && process.env['BENCH_EXPORT_EXCELJS_100K'] !== '1' ? ['ours', 'floor'] : ['ours', 'exceljs', 'floor'];
  for (const w of writers) {
    let bytes = 0;
    const ms = await measure(async () => (bytes = await write(w, report)), runs);
    const mem = inChild(w, n);
    results.push({
      name: `eksport: porteføljearbeidsbok ${label} tiltak, ${w === 'ours' ? 'vår strømmende skriver' : w === 'exceljs' ? 'exceljs writeBuffer' : 'gulv (XML + deflate)'}`,
      ms,
      extra: { peakRssMB: mem.peakRssMB, baseRssMB: mem.baseRssMB, ...(w === 'floor' ? {} : { fileMB: Number((bytes / 1048576).toFixed(1)) }) },
    });
  }
  return results;
}

export const cases: BenchCase[] = [
  { name: 'eksport: porteføljearbeidsbok 10k', run: () => sized(10_000, '10k') },
  { name: 'eksport: porteføljearbeidsbok 100k', run: () => sized(100_000, '100k') },
];
