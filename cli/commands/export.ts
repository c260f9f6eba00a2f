// `export INPUT [--pdf OUT.pdf] [--xlsx OUT.xlsx] [--csv OUT.csv] [--previous PREV]`:
// a portfolio report (.xlsx/.csv) → status report PDF / portfolio workbook / tiltak CSV;
// a case file (.json) or estimates workbook (.xlsx) → NUIT case document PDF / case workbook.
// Exit 0 written, 1 invalid input, 2 unreadable file or wrong usage.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCaseFile } from '../../shared/budget/case-file.ts';
import type { BudgetCase } from '../../shared/budget/model.ts';
import { ESTIMATER_SPEC, readEstimatesWorkbook } from '../../shared/budget/workbook.ts';
import { buildCaseDocument } from '../../shared/export/case-document.ts';
import { initiativesCsv } from '../../shared/export/csv.ts';
import type { PdfFontFiles } from '../../shared/export/pdf/write.ts';
import { writePdf } from '../../shared/export/pdf/write.ts';
import { buildStatusReport } from '../../shared/export/status-report.ts';
import { writeCaseWorkbook } from '../../shared/export/xlsx/case-workbook.ts';
import { writePortfolioWorkbook } from '../../shared/export/xlsx/portfolio-workbook.ts';
import { formatIssue, importWorkbooks } from '../../shared/import/index.ts';
import { UnreadableFileError, describeUnexpectedError } from '../../shared/spreadsheet/index.ts';
import { printable } from '../printable.ts';
import { readInput } from '../read-input.ts';
import type { ImportIssue } from '../../shared/import/index.ts';
import { readSpreadsheet, findTables } from '../../shared/spreadsheet/index.ts';
import type { PortfolioReport } from '../../shared/portfolio/model.ts';

const USAGE =
  'Bruk: npm run --silent cli -- export INN [--pdf UT.pdf] [--xlsx UT.xlsx] [--csv UT.csv] [--previous FORRIGE.xlsx] [--period RAPPORT.xlsx]\n' +
  '  INN er en porteføljerapport (.xlsx/.csv) → statusrapport / porteføljearbeidsbok / tiltaksliste (CSV),\n' +
  '  eller en budsjettsak (.json) / et estimatark (.xlsx) → NUIT-saksdokument / saksarbeidsbok.\n' +
  '  --previous: forrige periode, for «endringer siden forrige periode» i statusrapporten.\n' +
  '  --period: en porteføljerapport; saksdokumentet viser da tiltakene og avhengighetene hvert alternativs kutt berører.\n';

// The fonts live in the repository's assets/; this module runs from cli/commands (tsx) or from
// out/cli/chunks (the bundled CLI), so look a few folders up rather than at one fixed depth.
const FONT_DIR =
  ['../../assets/fonts/', '../../../assets/fonts/']
    .map((rel) => fileURLToPath(new URL(rel, import.meta.url)))
    .find((dir) => existsSync(`${dir}NotoSans-Regular.ttf`)) ?? fileURLToPath(new URL('../../assets/fonts/', import.meta.url));

export async function loadFonts(): Promise<PdfFontFiles> {
  const read = async (face: string) => new Uint8Array(await readFile(`${FONT_DIR}NotoSans-${face}.ttf`));
  const [regular, bold, italic] = await Promise.all([read('Regular'), read('Bold'), read('Italic')]);
  return { regular, bold, italic };
}

interface Args {
  input: string;
  pdf: string | null;
  xlsx: string | null;
  csv: string | null;
  previous: string | null;
  period: string | null;
}

function parseArgs(args: string[]): Args | string {
  const out: Args = { input: '', pdf: null, xlsx: null, csv: null, previous: null, period: null };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const flag = /^--(pdf|xlsx|csv|previous|period)(?:=(.*))?$/.exec(a);
    if (flag) {
      const value = flag[2] ?? args[++i];
      if (!value) return `Mangler filnavn etter --${flag[1]}.`;
      out[flag[1] as 'pdf' | 'xlsx' | 'csv' | 'previous' | 'period'] = value;
    } else if (a.startsWith('--')) return `Ukjent valg ${a}.`;
    else if (!out.input) out.input = a;
    else return `Bare én inndatafil, fikk også ${a}.`;
  }
  if (!out.input) return 'Mangler inndatafil.';
  if (!out.pdf && !out.xlsx && !out.csv) return 'Oppgi minst én av --pdf, --xlsx og --csv.';
  return out;
}

type Loaded =
  | { kind: 'case'; case: BudgetCase }
  | { kind: 'report'; report: PortfolioReport; warnings: ImportIssue[] }
  | { kind: 'invalid'; messages: string[] };

const issueLine = (i: ImportIssue) => formatIssue(i);

async function load(path: string): Promise<Loaded> {
  const name = basename(path);
  const bytes = await readInput(path, name);
  const text = /\.json$/i.test(name) || bytes[0] === 0x7b ? new TextDecoder().decode(bytes) : null;
  if (text !== null && text.trimStart().startsWith('{')) {
    const res = parseCaseFile(text);
    if (!res.ok) return { kind: 'invalid', messages: res.issues.map((i) => `${name} ${i.path}: ${i.message}`) };
    return { kind: 'case', case: res.case };
  }
  const wb = readSpreadsheet(bytes, name);
  if (findTables(wb, [ESTIMATER_SPEC]).length > 0) {
    const res = readEstimatesWorkbook(wb);
    if (!res.case) return { kind: 'invalid', messages: res.issues.map(issueLine) };
    return { kind: 'case', case: res.case };
  }
  const imp = importWorkbooks([wb]);
  if (!imp.ok || !imp.report) return { kind: 'invalid', messages: imp.errors.map(issueLine) };
  return { kind: 'report', report: imp.report, warnings: imp.warnings };
}

async function save(path: string, bytes: Uint8Array, what: string): Promise<void> {
  await writeFile(path, bytes);
  process.stdout.write(`Skrev ${what} til ${path} (${Math.max(1, Math.round(bytes.length / 1024))} kB).\n`);
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n${USAGE}`);
    return 2;
  }
  const generatedAt = new Date().toISOString();
  let loaded: Loaded;
  let previous: PortfolioReport | null = null;
  try {
    loaded = await load(args.input);
    // a second portfolio report: the previous period for a status report, the period a case's cuts are checked against
    for (const path of [args.previous, args.period]) {
      if (!path) continue;
      const prev = await load(path);
      if (prev.kind === 'report') previous = prev.report;
      else if (prev.kind === 'invalid') loaded = { kind: 'invalid', messages: prev.messages };
      else {
        process.stderr.write(`${printable(path)}: er en budsjettsak, ikke en porteføljerapport.\n`);
        return 2;
      }
    }
  } catch (e) {
    // unreadable files (Norwegian already) and engine errors (told in Norwegian, never in English)
    process.stderr.write(`${printable(e instanceof UnreadableFileError || (e instanceof Error && !(e instanceof RangeError) && e.cause !== undefined) ? e.message : describeUnexpectedError(e, basename(args.input)))}\n`);
    return 2;
  }
  if (loaded.kind === 'invalid') {
    process.stderr.write(`Filen har feil og kan ikke eksporteres:\n${loaded.messages.map((m) => `  ${printable(m)}`).join('\n')}\n`);
    return 1;
  }
  if (loaded.kind === 'case') {
    const c = loaded.case;
    if (args.csv) process.stderr.write('--csv gjelder porteføljerapporter; hoppet over for en budsjettsak.\n');
    if (args.xlsx) await save(args.xlsx, await writeCaseWorkbook(c, { generatedAt }), 'saksarbeidsboken');
    if (args.pdf) {
      const impact = args.period && previous ? { report: previous, periodLabel: previous.period?.label ?? basename(args.period) } : null;
      const doc = buildCaseDocument(c, { generatedAt, ...(args.xlsx ? { workbookName: basename(args.xlsx) } : {}), ...(impact ? { impact } : {}) });
      await save(args.pdf, await writePdf(doc, await loadFonts()), 'NUIT-saksdokumentet');
    }
    return 0;
  }
  const report = loaded.report;
  if (args.xlsx) await save(args.xlsx, writePortfolioWorkbook(report), 'porteføljearbeidsboken');
  if (args.csv) await save(args.csv, initiativesCsv(report), 'tiltakslisten (CSV)');
  if (args.pdf) await save(args.pdf, await writePdf(buildStatusReport(report, previous, { generatedAt }), await loadFonts()), 'statusrapporten');
  return 0;
}
