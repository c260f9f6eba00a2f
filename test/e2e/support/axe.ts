import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** One axe-core rule broken in one place of the app. */
export interface Finding {
  /** Where in the app, e.g. "1440×900 eksempel: Tiltak". */
  where: string;
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the first few elements that break it. */
  targets: string[];
  nodes: number;
}

/** The rules of WCAG 2.1 A and AA, and axe's best practices (listed, but not held to zero). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Runs axe-core on the page as it is now. axe is injected with addScriptTag from the npm
 * package; the page's Content Security Policy would refuse an inline script, so the test's browser
 * context bypasses CSP (see startApp's `bypassCsp`), as an audit tool in the browser does.
 */
export async function audit(page: Page, where: string): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    // An open modal dialog makes the rest of the page inert: audit what the user can reach.
    const open = document.querySelector('dialog[open]');
    return (await axe.run(open ?? document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'minor',
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.map(String).join(' ')),
      nodes: v.nodes.length,
    }));
  }, TAGS);
  return result.map((r) => ({ where, ...r }));
}
