/** Dependency, D&F, focus-area and metadata rows → domain values. */
import type { Dependency, FocusArea, OpexCell, OpexIncrease, OpexMarker, ReportingPeriod } from '../../portfolio/index.ts';
import { periodLabel } from '../../portfolio/index.ts';
import { cellFor, normalizeKey } from '../../spreadsheet/index.ts';
import type { FoundTable } from '../../spreadsheet/index.ts';
import type { IssueCollector } from './context.ts';
import { sourceOf } from './context.ts';
import { extrasOf, optionalEnum } from './build-initiatives.ts';
import { METADATA_FIELDS } from './specs.ts';
import { readBoolean, readCriticality, readDate, readOpexCell, readPeriodKey, readTrafficLight, textOf } from './values.ts';

export function buildFocusAreas(table: FoundTable, issues: IssueCollector): FocusArea[] {
  const out: FocusArea[] = [];
  for (const row of table.rows) {
    const code = textOf(cellFor(table, row, 'code')).replace(',', '.');
    const name = textOf(cellFor(table, row, 'name'));
    if (code === '') {
      issues.warning(table, row, 'code', 'Innsatsområde uten kode hoppes over.');
      continue;
    }
    out.push({ code, name });
  }
  return out;
}

export function buildDependencies(table: FoundTable, issues: IssueCollector): Dependency[] {
  const out: Dependency[] = [];
  const rows = table.rows;
  for (const row of rows) {
    const initiativeNr = textOf(cellFor(table, row, 'initiativeNr'));
    const description = textOf(cellFor(table, row, 'description'));
    if (issues.refuseErrorValue(table, row, 'initiativeNr', cellFor(table, row, 'initiativeNr'))) continue;
    if (initiativeNr === '') issues.error(table, row, 'initiativeNr', 'Mangler tiltaksnummer for avhengigheten.');
    if (description === '') issues.error(table, row, 'description', 'Mangler beskrivelse av avhengigheten.');
    const criticality = optionalEnum(table, row, 'criticality', readCriticality, issues);
    const status = optionalEnum(table, row, 'status', readTrafficLight, issues);
    let deadline: string | null = null;
    const deadlineCell = cellFor(table, row, 'deadline');
    if (textOf(deadlineCell) !== '') {
      const d = readDate(deadlineCell);
      if (d.ok) deadline = d.value;
      else issues.error(table, row, 'deadline', d.message);
    }
    if (initiativeNr === '' || description === '') continue;
    const dependsOn = textOf(cellFor(table, row, 'dependsOn'));
    // a tiltak number in trailing parentheses, "… (160)"; resolved against the list in report.ts
    const nrInText = /\(([^()]+)\)\s*$/.exec(dependsOn);
    out.push({
      initiativeNr,
      initiativeName: textOf(cellFor(table, row, 'initiativeName')) || null,
      owner: textOf(cellFor(table, row, 'owner')) || null,
      description,
      dependsOn,
      dependsOnNr: nrInText ? nrInText[1]!.trim() : null,
      category: textOf(cellFor(table, row, 'category')) || null,
      criticality,
      status,
      deadline,
      extra: extrasOf(table, row),
      source: sourceOf(table, row),
    });
  }
  return out;
}

const SUM_ROWS = new Set(['sum', 'sum per ar', 'totalt', 'total', 'totalsum', 'sum totalt', 'akkumulert', 'akkumulert total', 'sum akkumulert', 'akkumulert sum']);

export interface OpexBuild {
  lines: OpexIncrease[];
  years: number[];
  footnotes: Partial<Record<OpexMarker, string>>;
}

export function buildOpex(table: FoundTable, issues: IssueCollector): OpexBuild {
  // each year column's year, as a number and as the key of a line's cells
  const yearColumns = table.columns.filter((c) => c.key === 'year').map((c) => {
    const y = Number(c.header.trim());
    return { ...c, y, year: String(y) };
  });
  const years: number[] = [];
  for (const c of yearColumns) {
    const y = c.y;
    if (years.includes(y)) issues.error(table, table.headerRow, null, `Året ${y} står i flere kolonner (${c.letter}).`);
    else years.push(y);
  }
  const lines: OpexIncrease[] = [];
  const footnotes: Partial<Record<OpexMarker, string>> = {};
  const rows = table.rows;
  for (const row of rows) {
    const solution = textOf(cellFor(table, row, 'solution'));
    const initiativeName = textOf(cellFor(table, row, 'initiativeName'));
    const keyErrors = ['solution', 'initiativeName', 'initiativeNr'].filter((k) => issues.refuseErrorValue(table, row, k, cellFor(table, row, k)));
    if (keyErrors.length > 0) continue;
    if (SUM_ROWS.has(normalizeKey(solution)) || SUM_ROWS.has(normalizeKey(initiativeName))) {
      issues.warning(table, row, 'solution', 'Summeringsraden hoppes over: appen beregner årlige og akkumulerte summer selv.');
      continue;
    }
    if (solution === '' && initiativeName === '') {
      issues.error(table, row, 'solution', 'Raden har beløp, men mangler både løsning og tiltak.');
      continue;
    }
    const cells: Record<string, OpexCell> = {};
    let ok = true;
    for (const c of yearColumns) {
      const r = readOpexCell(row.cells[c.index]);
      if (!r.ok) {
        issues.addAt('error', table.file, table.sheet, row.row, c.letter, r.message, c.header);
        ok = false;
        continue;
      }
      if (!(c.year in cells)) cells[c.year] = r.value;
    }
    const note = textOf(cellFor(table, row, 'note')) || null;
    if (note) {
      const m = /^(\*{1,2})\s*(.*)$/s.exec(note);
      if (m) {
        const marker = m[1] as '*' | '**';
        footnotes[marker] ??= m[2]!.trim();
      }
    }
    if (!ok) continue;
    const nrText = textOf(cellFor(table, row, 'initiativeNr'));
    lines.push({ solution, initiativeName, initiativeNr: nrText || null, years: cells, note, extra: extrasOf(table, row), source: sourceOf(table, row) });
  }
  // Attach footnotes to marker cells; warn once per marker that has no explanation.
  const unexplained = new Set<string>();
  for (const line of lines) {
    for (const cell of Object.values(line.years)) {
      if (cell.kind !== 'marker' || (cell.marker !== '*' && cell.marker !== '**')) continue;
      const f = footnotes[cell.marker];
      if (f) cell.footnote = f;
      else if (!unexplained.has(cell.marker)) {
        unexplained.add(cell.marker);
        issues.warning(table, line.source?.row ?? null, 'note', `Markøren «${cell.marker}» er ikke forklart: skriv forklaringen i Merknad, innledet med ${cell.marker}.`);
      }
    }
  }
  years.sort((a, b) => a - b);
  return { lines, years, footnotes };
}

export interface MetadataBuild {
  period: ReportingPeriod | null;
  metadata: Record<string, string>;
}

export function buildMetadata(table: FoundTable, issues: IssueCollector): MetadataBuild {
  const metadata: Record<string, string> = {};
  let key: string | null = null;
  let reportDate: string | null = null;
  let title: string | null = null;
  let notes: string | null = null;
  let reconstructed = false;
  for (const row of table.rows) {
    const field = textOf(cellFor(table, row, 'field'));
    const cell = cellFor(table, row, 'value');
    const kind = METADATA_FIELDS[normalizeKey(field)];
    if (field === '' || textOf(cell) === '') continue;
    if (kind === 'period') {
      const p = readPeriodKey(cell);
      if (p.ok) key = p.value;
      else issues.error(table, row, 'value', p.message);
    } else if (kind === 'reportDate') {
      const d = readDate(cell);
      if (d.ok) reportDate = d.value;
      else issues.error(table, row, 'value', d.message);
    } else if (kind === 'title') title = textOf(cell) || null;
    else if (kind === 'notes') notes = textOf(cell) || null;
    else if (kind === 'reconstructed') reconstructed = readBoolean(cell);
    else metadata[field] = textOf(cell);
  }
  const period = key ? { key, label: periodLabel(key), reportDate, title, reconstructed, notes } : null;
  if (!period) {
    // Without a period these are kept as metadata, so they are not lost while the user names the period.
    if (title) metadata['tittel'] = title;
    if (reportDate) metadata['rapporteringsdato'] = reportDate;
    if (notes) metadata['merknad'] = notes;
  }
  return { period, metadata };
}
