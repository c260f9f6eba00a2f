/** Workbooks → one {@link PortfolioReport}, with validation across tables. */
import type { FocusArea, PortfolioReport, ReportingPeriod } from '../../portfolio/index.ts';
import { findTables, normalizeKey } from '../../spreadsheet/index.ts';
import type { FoundTable, SheetRow, Workbook } from '../../spreadsheet/index.ts';
import { IssueCollector } from './context.ts';
import { buildInitiatives } from './build-initiatives.ts';
import { buildDependencies, buildFocusAreas, buildMetadata, buildOpex } from './build-tables.ts';
import { REPORT_TABLES } from './specs.ts';
import type { ImportIssue } from '../issues.ts';

export interface BuildResult {
  report: PortfolioReport;
  issues: ImportIssue[];
}

/** Builds a report from one workbook or several CSV files that together hold one period. */
export function buildReport(workbooks: readonly Workbook[]): BuildResult {
  const issues = new IssueCollector();
  const tables = workbooks.flatMap((wb) => findTables(wb, REPORT_TABLES));
  for (const wb of workbooks) {
    if (!tables.some((t) => t.file === wb.fileName)) {
      issues.add('error', { file: wb.fileName, sheet: null }, null, null,
        'Fant ingen kjent tabell i filen. Tabellene kjennes igjen på overskriftsraden (se importmalen): tiltak, avhengigheter, drift og forvaltning, innsatsområder eller rapportinformasjon (Felt/Verdi).');
    }
  }
  const of = (id: string) => tables.filter((t) => t.spec.id === id);
  for (const wb of workbooks) {
    for (const sh of wb.sheets) {
      for (const w of sh.warnings ?? []) issues.addAt('warning', wb.fileName, sh.name, w.row, w.column, w.message);
      const own = tables.filter((t) => t.file === wb.fileName && t.sheet === sh.name);
      // a sheet with rows of content but no table known is not read: say so, rather than leave its data
      // out without a word (a lone heading row loses nothing; a file without any known table has its error above)
      if (own.length === 0 && tables.some((t) => t.file === wb.fileName) && rowsWithContent(sh.rows, 2) >= 2) {
        issues.addAt('warning', wb.fileName, sh.name, null, null, `Arket «${sh.name}» har innhold, men ingen tabell appen kjenner igjen, og importeres ikke. Sjekk overskriftsraden mot importmalen hvis arket skulle vært med.`);
      }
      if (sh.hidden && own.some((t) => t.spec.id === 'initiatives')) {
        issues.addAt('warning', wb.fileName, sh.name, null, null, `Arket «${sh.name}» er skjult i Excel, men har en tiltaksliste; tiltakene importeres. Sjekk at det er meningen.`);
      }
    }
  }

  const focusAreas: FocusArea[] = of('focusAreas').flatMap((t) => buildFocusAreas(t, issues));
  const focusByCode = new Map(focusAreas.map((f) => [f.code, f]));

  const initiativeTables = of('initiatives');
  if (initiativeTables.length === 0 && workbooks.length > 0) {
    issues.add('error', { file: workbooks.map((w) => w.fileName).join(', '), sheet: null }, null, null,
      'Fant ingen tiltaksliste. Den kjennes igjen på en overskriftsrad med minst Nr, Tiltaksnavn og to av Aktør, Segment, Fase, Aktiv, Status, Risiko, Innsatsområde.');
  }
  const initiatives = initiativeTables.flatMap((t) => buildInitiatives(t, focusByCode, issues));
  const firstTable = initiativeTables[0];
  if (firstTable && initiatives.length === 0 && !issues.hasErrors) {
    issues.error(firstTable, firstTable.headerRow, null, 'Tiltakslisten er tom: fyll inn minst ett tiltak under overskriftsraden.');
  }
  const dependencies = of('dependencies').flatMap((t) => buildDependencies(t, issues));

  let opexYears: number[] = [];
  const opex: PortfolioReport['opex'] = [];
  const opexFootnotes: PortfolioReport['opexFootnotes'] = {};
  for (const t of of('opex')) {
    const b = buildOpex(t, issues);
    opex.push(...b.lines);
    opexYears = [...new Set([...opexYears, ...b.years])].sort((a, c) => a - c);
    for (const [m, f] of Object.entries(b.footnotes)) opexFootnotes[m as keyof typeof opexFootnotes] ??= f;
  }
  // Every line holds every year, so lines from tables with fewer years read as blank there.
  for (const line of opex) for (const y of opexYears) line.years[String(y)] ??= { kind: 'marker', marker: 'blank' };

  let period: ReportingPeriod | null = null;
  const metadata: Record<string, string> = {};
  for (const t of of('metadata')) {
    const m = buildMetadata(t, issues);
    Object.assign(metadata, m.metadata);
    if (m.period && period && m.period.key !== period.key) {
      issues.error(t, t.headerRow, null, `Filene oppgir ulike perioder (${period.key} og ${m.period.key}); importer én periode om gangen.`);
    }
    period ??= m.period;
  }

  validateAcrossTables(initiatives, dependencies, opex, initiativeTables, of('dependencies'), of('opex'), issues);

  const extraOf = (list: FoundTable[]) => [...new Set(list.flatMap((t) => t.columns.filter((c) => c.key === null).map((c) => c.header)))];
  const report: PortfolioReport = {
    period,
    initiatives,
    dependencies,
    opex,
    opexYears,
    opexFootnotes,
    focusAreas,
    extraColumns: { initiatives: extraOf(initiativeTables), dependencies: extraOf(of('dependencies')), opex: extraOf(of('opex')) },
    metadata,
  };
  return { report, issues: issues.finish() };
}

/** How many rows hold a cell, counted up to `enough`. */
function rowsWithContent(rows: readonly SheetRow[], enough: number): number {
  let n = 0;
  for (const r of rows) if (r.cells.some((c) => c !== undefined) && ++n >= enough) break;
  return n;
}

function tableAt(tables: FoundTable[], file: string, sheet: string): FoundTable | undefined {
  return tables.find((t) => t.file === file && t.sheet === sheet);
}

function validateAcrossTables(
  initiatives: PortfolioReport['initiatives'],
  dependencies: PortfolioReport['dependencies'],
  opex: PortfolioReport['opex'],
  initiativeTables: FoundTable[],
  dependencyTables: FoundTable[],
  opexTables: FoundTable[],
  issues: IssueCollector,
): void {
  const byNr = new Map<string, PortfolioReport['initiatives'][number]>();
  const byName = new Map<string, string>();
  for (const i of initiatives) {
    const t = i.source ? tableAt(initiativeTables, i.source.file, i.source.sheet) : undefined;
    const first = byNr.get(i.nr);
    if (first && t) {
      issues.error(t, i.source!.row, 'nr', `Tiltaksnummer ${i.nr} finnes allerede (rad ${first.source?.row ?? '?'}${first.source && first.source.sheet !== i.source!.sheet ? `, ark ${first.source.sheet}` : ''}).`);
      continue;
    }
    byNr.set(i.nr, i);
    byName.set(normalizeKey(i.name), i.nr);
    if (!t) continue;
    const row = i.source!.row;
    const observe = i.segment === 'observere';
    if (!i.focusArea) issues.warning(t, row, 'focusArea', `Tiltak ${i.nr} mangler innsatsområde.`);
    if (observe && i.risk !== null) issues.warning(t, row, 'risk', `Tiltak ${i.nr} er i segment Observere, som bare rapporterer status; risikoen tas med, men vurder om den skal stå der.`);
    if (i.activity === 'active' && i.status === null) issues.warning(t, row, 'status', `Aktivt tiltak ${i.nr} mangler status.`);
    if (i.activity === 'active' && !observe && i.risk === null) issues.warning(t, row, 'risk', `Aktivt tiltak ${i.nr} mangler risiko.`);
    if (i.activity === null) issues.warning(t, row, 'activity', `Tiltak ${i.nr} mangler verdi for «Er prosjektet aktivt?» og telles ikke som aktivt.`);
  }
  for (const d of dependencies) {
    const t = d.source ? tableAt(dependencyTables, d.source.file, d.source.sheet) : undefined;
    if (!t) continue;
    if (initiatives.length > 0 && !byNr.has(d.initiativeNr)) {
      issues.error(t, d.source!.row, 'initiativeNr', `Avhengigheten gjelder tiltak nr ${d.initiativeNr}, som ikke finnes i tiltakslisten.`);
    }
    if (d.dependsOnNr !== null && !byNr.has(d.dependsOnNr)) {
      // "(160)" names a tiltak that is not in the list; "(PLL)" is just an abbreviation
      if (/^\d+$/.test(d.dependsOnNr) && initiatives.length > 0) {
        issues.warning(t, d.source!.row, 'dependsOn', `«${d.dependsOn}» viser til tiltak nr ${d.dependsOnNr}, som ikke finnes i tiltakslisten.`);
      } else d.dependsOnNr = null;
    }
    if (d.dependsOnNr === null && d.dependsOn !== '') {
      d.dependsOnNr = byName.get(normalizeKey(d.dependsOn.replace(/\s*\([^()]*\)\s*$/, ''))) ?? null;
    }
  }
  for (const line of opex) {
    if (line.initiativeNr === null) line.initiativeNr = byName.get(normalizeKey(line.initiativeName)) ?? null;
    else if (initiatives.length > 0 && !byNr.has(line.initiativeNr) && line.source) {
      const t = tableAt(opexTables, line.source.file, line.source.sheet);
      if (t) issues.warning(t, line.source.row, 'initiativeNr', `D&F-linjen viser til tiltak nr ${line.initiativeNr}, som ikke finnes i tiltakslisten.`);
    }
  }
}
