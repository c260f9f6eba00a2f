/**
 * `check FILE... [--json]`: reads and validates a portfolio report (one workbook, or several CSV
 * files of one period) without storing anything. Exit 0 valid (warnings allowed), 1 invalid,
 * 2 unreadable file or wrong usage. With --json, stdout holds exactly one JSON object.
 */
import { basename } from 'node:path';
import { formatMNok, kNokToMNok } from '../../shared/format/money.ts';
import { importPortfolio, formatIssue } from '../../shared/import/index.ts';
import type { ImportIssue, PortfolioImport } from '../../shared/import/index.ts';
import { SEGMENT_LABELS, SEGMENTS } from '../../shared/portfolio/model.ts';
import { describeUnexpectedError } from '../../shared/spreadsheet/index.ts';
import { nodeZipCodec } from '../node-zip-codec.ts';
import { printable } from '../printable.ts';
import { readInput } from '../read-input.ts';

const USAGE = 'Bruk: npm run --silent cli -- check FIL [FIL ...] [--json]\n';

function issueJson(i: ImportIssue) {
  return { file: i.file, sheet: i.sheet, row: i.row, column: i.column, columnName: i.columnName, message: i.message };
}

/** The JSON the issue specifies, plus file and column name on each issue. */
export function toJson(result: PortfolioImport): Record<string, unknown> {
  const s = result.summary;
  const opexTotalsMNOK: Record<string, number> = {};
  const opexAccumulatedMNOK: Record<string, number> = {};
  for (const [y, k] of Object.entries(s?.opexTotalsKNok ?? {})) opexTotalsMNOK[y] = kNokToMNok(k);
  for (const [y, k] of Object.entries(s?.opexAccumulatedKNok ?? {})) opexAccumulatedMNOK[y] = kNokToMNok(k);
  return {
    ok: result.ok,
    period: result.report?.period?.key ?? null,
    initiatives: s?.initiatives ?? 0,
    active: s?.active ?? 0,
    activeBySegment: s?.activeBySegment ?? null,
    dependencies: s?.dependencies ?? 0,
    opexLines: s?.opexLines ?? 0,
    status: s?.status ?? { green: 0, yellow: 0, red: 0 },
    risk: s?.risk ?? { green: 0, yellow: 0, red: 0, none: 0 },
    opexTotalsMNOK,
    opexAccumulatedMNOK,
    errors: result.errors.map(issueJson),
    warnings: result.warnings.map(issueJson),
  };
}

function summaryText(result: PortfolioImport, files: string[]): string {
  const lines: string[] = [];
  const s = result.summary;
  const p = result.report?.period;
  lines.push(`Kontroll av ${files.join(', ')}`);
  if (result.unreadable) {
    lines.push('Filen kan ikke leses:');
  } else if (s) {
    lines.push(`Periode: ${p ? `${p.label} (${p.key})${p.reconstructed ? ', rekonstruert' : ''}` : 'ikke oppgitt (må angis ved import)'}`);
    lines.push(`Tiltak: ${s.initiatives}, aktive: ${s.active} (${SEGMENTS.map((x) => `${SEGMENT_LABELS[x]} ${s.activeBySegment[x]}`).join(', ')})`);
    lines.push(`Status blant aktive: grønn ${s.status.green}, gul ${s.status.yellow}, rød ${s.status.red}`);
    lines.push(`Risiko blant aktive: grønn ${s.risk.green}, gul ${s.risk.yellow}, rød ${s.risk.red}, ikke oppgitt ${s.risk.none}`);
    lines.push(`Avhengigheter: ${s.dependencies}, D&F-linjer: ${s.opexLines}`);
    if (s.opexYears.length > 0) {
      lines.push(`D&F-økning per år (MNOK): ${s.opexYears.map((y) => `${y}: ${formatMNok(s.opexTotalsKNok[y]!)}`).join(', ')}`);
      lines.push(`D&F akkumulert (MNOK): ${s.opexYears.map((y) => `${y}: ${formatMNok(s.opexAccumulatedKNok[y]!)}`).join(', ')}`);
    }
  }
  if (result.errors.length > 0) {
    lines.push(`Feil (${result.errors.length}):`);
    for (const e of result.errors) lines.push(`  ${formatIssue(e)}`);
  }
  if (result.warnings.length > 0) {
    lines.push(`Advarsler (${result.warnings.length}):`);
    for (const w of result.warnings) lines.push(`  ${formatIssue(w)}`);
  }
  lines.push(result.ok ? 'Resultat: gyldig rapport' + (result.warnings.length ? ' (med advarsler)' : '') : result.unreadable ? 'Resultat: filen kan ikke leses' : 'Resultat: ugyldig rapport, ingenting ville blitt importert');
  // each line is one line: file, sheet and cell text cannot break it
  return lines.map(printable).join('\n') + '\n';
}

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const paths = args.filter((a) => a !== '--json');
  if (paths.length === 0 || paths.some((p) => p.startsWith('--'))) {
    process.stderr.write(USAGE);
    return 2;
  }
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const p of paths) {
    try {
      files.push({ name: basename(p), bytes: await readInput(p, p) });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (json) {
        process.stdout.write(JSON.stringify({ ok: false, period: null, errors: [{ file: basename(p), sheet: null, row: null, column: null, columnName: null, message }], warnings: [] }) + '\n');
      } else process.stderr.write(printable(message) + '\n');
      return 2;
    }
  }
  let result: PortfolioImport;
  try {
    result = importPortfolio(files, nodeZipCodec ? { codec: nodeZipCodec } : {});
  } catch (e) {
    // engine errors (memory, internal) in Norwegian, never their English text
    const message = describeUnexpectedError(e, files.map((f) => f.name).join(', '));
    if (json) process.stdout.write(JSON.stringify({ ok: false, period: null, errors: [{ file: files[0]?.name ?? '', sheet: null, row: null, column: null, columnName: null, message }], warnings: [] }) + '\n');
    else process.stderr.write(printable(message) + '\n');
    return 2;
  }
  if (json) process.stdout.write(JSON.stringify(toJson(result)) + '\n');
  else process.stdout.write(summaryText(result, files.map((f) => f.name)));
  if (result.unreadable) return 2;
  return result.ok ? 0 : 1;
}
