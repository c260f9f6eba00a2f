/**
 * Parsing and judging Electronegativity's CSV output. The tool exits 0 whatever it finds, so CI
 * counts the findings itself: any HIGH or MEDIUM fails, and every LOW must be justified in
 * docs/security.md (by its check id under «Electronegativity»).
 */

export type Severity = 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';

export interface Finding {
  check: string;
  severity: Severity;
  confidence: string;
  file: string;
  location: string;
  description: string;
}

/** Splits one CSV line with double-quoted fields ("" is an escaped quote). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out.map((s) => s.trim());
}

const SEVERITIES: readonly Severity[] = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];

/** Parses the tool's CSV (header: issue, severity, confidence, filename, location, sample, description, url). */
/**
 * CSV text → records, a line break inside a quoted field kept in its field. Electronegativity's
 * writer has been seen to break a long quoted sample (the CSP) across lines on a loaded machine.
 */
export function splitCsvRecords(csv: string): string[] {
  const records: string[] = [];
  let cur = '';
  let quoted = false;
  for (const c of csv) {
    if (c === '"') quoted = !quoted;
    if (!quoted && (c === '\n' || c === '\r')) {
      if (cur.trim() !== '') records.push(cur);
      cur = '';
    } else cur += c === '\n' || c === '\r' ? '' : c;
  }
  if (cur.trim() !== '') records.push(cur);
  return records;
}

export function parseFindings(csv: string): Finding[] {
  const lines = splitCsvRecords(csv);
  if (lines.length === 0 || !/^issue\s*,\s*severity/i.test(lines[0]!)) throw new Error('Uventet format på Electronegativity-utdata');
  return lines.slice(1).map((line) => {
    const [check = '', severity = '', confidence = '', file = '', location = '', , description = ''] = splitCsvLine(line);
    const sev = severity.toUpperCase() as Severity;
    if (!SEVERITIES.includes(sev)) throw new Error(`Ukjent alvorlighetsgrad «${severity}» i linjen: ${line}`);
    return { check, severity: sev, confidence, file, location, description };
  });
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { HIGH: 0, MEDIUM: 0, LOW: 0, INFORMATIONAL: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Check ids justified in docs/security.md: the `CHECK_ID` words in its «Electronegativity» section. */
export function justifiedChecks(securityDoc: string): Set<string> {
  const start = securityDoc.search(/^##+ .*Electronegativity/m);
  if (start < 0) return new Set();
  const rest = securityDoc.slice(start);
  const next = rest.slice(3).search(/^## /m);
  const section = next < 0 ? rest : rest.slice(0, next + 3);
  return new Set([...section.matchAll(/`([A-Z][A-Z0-9_]+_CHECK)`/g)].map((m) => m[1]!));
}

export interface Verdict {
  ok: boolean;
  problems: string[];
}

/**
 * "Review required" checks that fire on the mere presence of a feature, not on a misuse of it:
 * PRELOAD_JS_CHECK reports every `preload` (MEDIUM) whatever the script does. Such a finding
 * passes only when docs/security.md holds the written review (the check id in the section).
 * Nothing else at MEDIUM or HIGH can pass.
 */
export const REVIEW_ONLY_CHECKS: ReadonlySet<string> = new Set(['PRELOAD_JS_CHECK']);

/** Fails on any HIGH or MEDIUM finding (bar reviewed review-only ones) and any unjustified LOW. */
export function judge(findings: readonly Finding[], justified: ReadonlySet<string>): Verdict {
  const problems: string[] = [];
  for (const f of findings) {
    const where = `${f.check} i ${f.file}:${f.location}`;
    if (f.severity === 'HIGH' || f.severity === 'MEDIUM') {
      const reviewed = f.severity === 'MEDIUM' && REVIEW_ONLY_CHECKS.has(f.check) && justified.has(f.check);
      if (!reviewed) problems.push(`${f.severity}: ${where} – ${f.description}`);
    }
    else if (f.severity === 'LOW' && !justified.has(f.check)) problems.push(`LOW uten begrunnelse i docs/security.md: ${where} – ${f.description}`);
  }
  return { ok: problems.length === 0, problems };
}
