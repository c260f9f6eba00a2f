import { describe, expect, it } from 'vitest';
import { countBySeverity, judge, justifiedChecks, parseFindings, splitCsvLine } from '../../scripts/electronegativity-report.ts';

const csv = `issue, severity, confidence, filename, location, sample, description, url
CSP_GLOBAL_CHECK,"LOW","FIRM","renderer/index.html","5:0","default-src 'self'; style-src 'self' 'unsafe-inline'","One or more CSP directives detected seems to be vulnerable",https://x
PRELOAD_JS_CHECK,"MEDIUM","FIRM","main/index.js","10:2","preload: p,","Review the use of preload scripts",https://x
`;

const doc = `# Sikkerhet
## Electronegativity
- \`CSP_GLOBAL_CHECK\` (LOW): begrunnelse.
- \`PRELOAD_JS_CHECK\` (MEDIUM): gjennomgått.
## Nettverk
- \`SANDBOX_JS_CHECK\` nevnt utenfor seksjonen teller ikke.
`;

describe('Electronegativity report', () => {
  it('parses quoted CSV fields with commas and doubled quotes', () => {
    expect(splitCsvLine('A,"b, c","say ""hi""",d')).toEqual(['A', 'b, c', 'say "hi"', 'd']);
    const findings = parseFindings(csv);
    expect(findings.map((f) => [f.check, f.severity, f.file, f.location])).toEqual([
      ['CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html', '5:0'],
      ['PRELOAD_JS_CHECK', 'MEDIUM', 'main/index.js', '10:2'],
    ]);
    expect(countBySeverity(findings)).toEqual({ HIGH: 0, MEDIUM: 1, LOW: 1, INFORMATIONAL: 0 });
    expect(() => parseFindings('not,a,report')).toThrow();
  });

  it('keeps a record whole when a quoted field is broken across lines', () => {
    const broken = csv.replace("default-src 'self'; style-src", "default-src 'se\nlf'; style-src");
    expect(parseFindings(broken).map((f) => [f.check, f.severity])).toEqual([
      ['CSP_GLOBAL_CHECK', 'LOW'],
      ['PRELOAD_JS_CHECK', 'MEDIUM'],
    ]);
  });

  it('reads justified checks only from the Electronegativity section', () => {
    expect([...justifiedChecks(doc)].sort()).toEqual(['CSP_GLOBAL_CHECK', 'PRELOAD_JS_CHECK']);
  });

  it('fails on HIGH, on MEDIUM other than reviewed review-only checks, and on unjustified LOW', () => {
    const justified = justifiedChecks(doc);
    expect(judge(parseFindings(csv), justified).ok).toBe(true);
    expect(judge(parseFindings(csv), new Set()).problems).toHaveLength(2);
    const high = parseFindings(`${csv}CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","main/index.js","1:1","x","Review contextIsolation",u\n`);
    expect(judge(high, new Set([...justified, 'CONTEXT_ISOLATION_JS_CHECK'])).ok).toBe(false);
    const medium = parseFindings(`${csv}SANDBOX_JS_CHECK,"MEDIUM","FIRM","main/index.js","1:1","x","Use sandbox",u\n`);
    expect(judge(medium, new Set([...justified, 'SANDBOX_JS_CHECK'])).ok).toBe(false);
  });
});
