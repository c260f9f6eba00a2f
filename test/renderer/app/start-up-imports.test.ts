import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// What a module pulls in when it is loaded: its static imports, followed through the repository
// (type-only imports and dynamic import() left out: they load nothing, or load later). The
// start-up weight itself is measured in `npm run bench startup`; this keeps the structure that
// makes it small from eroding silently.
const root = resolve('.');

function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const specs: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) specs.push((node.moduleSpecifier as ts.StringLiteral).text);
    if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier) specs.push((node.moduleSpecifier as ts.StringLiteral).text);
  }
  return specs;
}

/** Repository files (relative paths) and packages (`pkg:name`) loaded with `entry`. */
function loadedWith(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [resolve(entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    for (const spec of staticImports(file)) {
      if (!spec.startsWith('.')) {
        seen.add(`pkg:${spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]}`);
        continue;
      }
      const target = resolve(dirname(file), spec.split('?')[0]!);
      const rel = relative(root, target);
      if (seen.has(rel)) continue;
      seen.add(rel);
      if (/\.tsx?$/.test(target)) queue.push(target);
    }
  }
  return seen;
}

const EXPORT_LIBRARIES = ['pkg:pdf-lib', 'pkg:@pdf-lib/fontkit', 'pkg:exceljs', 'pkg:pdfjs-dist'];

/** Export code: the writers, the export feature's modules (its lazy entry aside) and their libraries. */
function exportCode(loaded: Set<string>): string[] {
  return [...loaded].filter(
    (m) =>
      EXPORT_LIBRARIES.includes(m) ||
      m.startsWith('shared/export/') ||
      (m.startsWith('renderer/features/export/') && m !== 'renderer/features/export/index.tsx'),
  );
}

describe('what loads at start-up', () => {
  it('the shell (renderer/main.tsx) loads no export code, no chart library and no page', () => {
    const loaded = loadedWith('renderer/main.tsx');
    expect(exportCode(loaded)).toEqual([]);
    expect(loaded).not.toContain('pkg:recharts');
    expect([...loaded].filter((m) => m.startsWith('renderer/features/') && m.endsWith('Page.tsx'))).toEqual([]);
    // restore validation (zod schemas of every record) and the spreadsheet reader load on demand
    expect(loaded).not.toContain('pkg:zod');
    expect(loaded).not.toContain('renderer/db/backup-restore.ts');
    expect([...loaded].filter((m) => m.startsWith('shared/spreadsheet/'))).toEqual([]);
  });

  it('the first view (Oversikt) loads no export code and no chart library', () => {
    const loaded = loadedWith('renderer/features/overview/OverviewPage.tsx');
    expect(exportCode(loaded)).toEqual([]);
    expect(loaded).not.toContain('pkg:recharts');
  });

  it('the Import page loads no export code (its export section arrives on its own)', () => {
    const loaded = loadedWith('renderer/features/import/ImportPage.tsx');
    expect(loaded).toContain('renderer/features/export/index.tsx');
    expect(exportCode(loaded)).toEqual([]);
  });

  it('nothing shipped loads test or bench code', () => {
    const loaded = [...loadedWith('renderer/main.tsx'), ...loadedWith('renderer/features/export/export.worker.ts')];
    expect(loaded.filter((m) => m.startsWith('test/') || m.startsWith('bench/'))).toEqual([]);
  });
});
