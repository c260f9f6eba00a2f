// `case FILE [--json]`: reads a budget case (.json) or an estimates workbook (.xlsx/.csv), computes
// every alternative and prints the result. Exit 0 valid, 1 invalid, 2 unreadable.
import { basename } from 'node:path';
import { parseCaseFile } from '../../shared/budget/case-file.ts';
import { compileCase, computeCase, followOnSeries, opexLevelIn, yearSummaries } from '../../shared/budget/compute.ts';
import type { BudgetCase } from '../../shared/budget/model.ts';
import { spanCheck } from '../../shared/budget/span.ts';
import { readEstimatesWorkbook } from '../../shared/budget/workbook.ts';
import { formatMNok, kNokToMNok } from '../../shared/format/money.ts';
import { UnreadableFileError, describeUnexpectedError, readSpreadsheet } from '../../shared/spreadsheet/index.ts';
import { printable } from '../printable.ts';
import { readInput } from '../read-input.ts';

interface CliError {
  sheet: string | null;
  row: number | null;
  column: string | null;
  message: string;
}

/** The span of the case: the styringsramme's years, or the case's years without one. */
export interface CliSpan {
  fromYear: number;
  toYear: number;
  /** Sum of the frames of the case's years in the span. */
  framesMNOK: number;
  capMNOK: number | null;
}

/** The JSON printed by `case FILE --json`. */
export interface CaseCliOutput {
  ok: boolean;
  file: string;
  title: string | null;
  errors: CliError[];
  /** Null when the file could not be read. */
  span: CliSpan | null;
  alternatives: {
    id: string;
    name: string;
    /** `proposal`, or `followed` for what was decided after the case. */
    role: 'proposal' | 'followed';
    baseline: boolean;
    recommended: boolean;
    fitsFrame: boolean;
    years: Record<
      string,
      {
        totalMNOK: number;
        availableMNOK: number;
        balanceMNOK: number;
        fitsFrame: boolean;
        byActorMNOK: Record<string, number>;
        /** False for a year with a frame but no estimates (left out of "Hele perioden"). */
        planned: boolean;
      }
    >;
    /** Follow-on D&F arising the year after each year's spending (the increases). */
    followOnOpexMNOK: Record<string, number>;
    /** The yearly D&F level reached in Y, for Y from the first year + 1 to the last year + 1. */
    followOnOpexLevelMNOK: Record<string, number>;
    span: { plannedMNOK: number; opexMNOK: number; withinCap: boolean | null };
  }[];
}

function summarize(c: BudgetCase): { span: CliSpan; alternatives: CaseCliOutput['alternatives'] } {
  const cc = compileCase(c);
  const results = computeCase(c, cc);
  const check = spanCheck(c, cc, results);
  const N = cc.actorIds.length;
  const roles = new Map(c.alternatives.map((a) => [a.id, a.role]));
  const first = cc.years[0]!;
  const last = cc.years[cc.years.length - 1]!;
  const alternatives = results.map((r, j) => ({
    id: r.alternativeId,
    name: r.name,
    role: roles.get(r.alternativeId) ?? ('proposal' as const),
    baseline: r.baseline,
    recommended: r.recommended,
    fitsFrame: r.fitsFrame,
    years: Object.fromEntries(
      yearSummaries(cc, r).map((y, yi) => [
        String(y.year),
        {
          totalMNOK: kNokToMNok(y.totalKNok),
          availableMNOK: kNokToMNok(y.availableKNok),
          balanceMNOK: kNokToMNok(y.balanceKNok),
          fitsFrame: y.fitsFrame,
          byActorMNOK: Object.fromEntries(c.actors.map((a, k) => [a.name, kNokToMNok(r.byActor[yi * N + k]!)])),
          planned: cc.planned[yi] === 1,
        },
      ]),
    ),
    followOnOpexMNOK: Object.fromEntries(followOnSeries(cc, r).map((f) => [String(f.year), kNokToMNok(f.kNok)])),
    followOnOpexLevelMNOK: Object.fromEntries(
      Array.from({ length: last - first + 1 }, (_, i) => first + 1 + i).map((y) => [String(y), kNokToMNok(opexLevelIn(cc, r, y))]),
    ),
    span: {
      plannedMNOK: kNokToMNok(check.alternatives[j]!.plannedKNok),
      opexMNOK: kNokToMNok(check.alternatives[j]!.opexKNok),
      withinCap: check.alternatives[j]!.withinCap,
    },
  }));
  return {
    span: { fromYear: check.fromYear, toYear: check.toYear, framesMNOK: kNokToMNok(check.framesKNok), capMNOK: check.capKNok === null ? null : kNokToMNok(check.capKNok) },
    alternatives,
  };
}

function looksLikeJson(bytes: Uint8Array, name: string): boolean {
  if (/\.json$/i.test(name)) return true;
  for (const b of bytes.subarray(0, 64)) {
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0xef || b === 0xbb || b === 0xbf) continue;
    return b === 0x7b;
  }
  return false;
}

/** Reads and computes a case file; `null` output with a message when the file cannot be read. */
export async function evaluateCaseFile(path: string): Promise<{ code: number; output: CaseCliOutput }> {
  const file = basename(path);
  const out: CaseCliOutput = { ok: false, file, title: null, errors: [], span: null, alternatives: [] };
  let bytes: Uint8Array;
  try {
    bytes = await readInput(path, file);
  } catch (e) {
    out.errors.push({ sheet: null, row: null, column: null, message: e instanceof Error ? e.message : String(e) });
    return { code: 2, output: out };
  }
  let c: BudgetCase;
  if (looksLikeJson(bytes, file)) {
    const res = parseCaseFile(new TextDecoder().decode(bytes));
    if (!res.ok) {
      const unreadable = res.issues.length === 1 && res.issues[0]!.path === '$';
      out.errors = res.issues.map((i) => ({ sheet: null, row: null, column: i.path, message: i.message }));
      return { code: unreadable ? 2 : 1, output: out };
    }
    c = res.case;
  } else {
    try {
      const res = readEstimatesWorkbook(readSpreadsheet(bytes, file));
      out.errors = res.issues
        .filter((i) => i.severity === 'error')
        .map((i) => ({ sheet: i.sheet, row: i.row, column: i.column, message: i.message }));
      if (!res.case) return { code: 1, output: out };
      c = res.case;
    } catch (e) {
      // unreadable files and engine errors alike, in Norwegian
      out.errors.push({ sheet: null, row: null, column: null, message: e instanceof UnreadableFileError ? e.message : describeUnexpectedError(e, file) });
      return { code: 2, output: out };
    }
  }
  try {
    const sum = summarize(c);
    out.span = sum.span;
    out.alternatives = sum.alternatives;
  } catch (e) {
    out.errors.push({ sheet: null, row: null, column: null, message: describeUnexpectedError(e, file) });
    return { code: 2, output: out };
  }
  out.ok = true;
  out.title = c.title;
  return { code: 0, output: out };
}

function printText(o: CaseCliOutput): void {
  const w = (s: string) => process.stdout.write(s + '\n');
  if (!o.ok) {
    for (const e of o.errors) w(printable([e.sheet && `ark ${e.sheet}`, e.row && `rad ${e.row}`, e.column && `${e.column}`, e.message].filter(Boolean).join(', ')));
    return;
  }
  w(printable(o.title ?? o.file));
  const m = (x: number) => formatMNok(Math.round(x * 1000));
  if (o.span) {
    w(
      `Rammer ${o.span.fromYear}–${o.span.toYear}: ${m(o.span.framesMNOK)} MNOK` +
        (o.span.capMNOK === null ? '' : `, styringsramme ${m(o.span.capMNOK)} MNOK${o.span.framesMNOK > o.span.capMNOK ? ' (rammene er over styringsrammen)' : ''}`),
    );
  }
  for (const a of o.alternatives) {
    w(`\n${printable(a.name)}${a.recommended ? ' – anbefalt' : ''}: ${a.fitsFrame ? 'innenfor rammen' : 'utenfor rammen'}`);
    if (o.span?.capMNOK != null) {
      w(`  ${o.span.fromYear}–${o.span.toYear}: planlagt ${m(a.span.plannedMNOK)} + varig D&F ${m(a.span.opexMNOK)} MNOK, ${a.span.withinCap ? 'innenfor' : 'over'} styringsrammen`);
    }
    for (const [year, y] of Object.entries(a.years)) {
      if (!y.planned) {
        w(`  ${year}: ingen estimater (ramme til fordeling ${formatMNok(Math.round(y.availableMNOK * 1000))} MNOK)`);
        continue;
      }
      const bal = Math.round(y.balanceMNOK * 1000);
      w(`  ${year}: sum ${formatMNok(Math.round(y.totalMNOK * 1000))} MNOK, tilgjengelig ${formatMNok(Math.round(y.availableMNOK * 1000))} MNOK, ${bal < 0 ? `mangler ${formatMNok(-bal)}` : `til overs ${formatMNok(bal)}`} MNOK`);
    }
  }
}

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const path = args.find((a) => !a.startsWith('--'));
  if (!path) {
    process.stderr.write('Bruk: npm run --silent cli -- case FIL [--json]\n');
    return 2;
  }
  const { code, output } = await evaluateCaseFile(path);
  if (json) process.stdout.write(JSON.stringify(output, null, 2) + '\n');
  else printText(output);
  return code;
}
