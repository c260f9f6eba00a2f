/**
 * Writes a report as an .xlsx in the canonical layout the reader knows best, and which the import
 * template has blank: Rapport (Felt/Verdi), Tiltak, Avhengigheter, Drift og forvaltning (one column
 * per year, markers as written, footnotes in Merknad), Innsatsområder. Extra columns are written
 * after the known ones, so nothing read is lost on the way out.
 */
import {
  ACTIVITY_LABELS,
  CRITICALITY_LABELS,
  PHASE_LABELS,
  SEGMENT_LABELS,
  TRAFFIC_LIGHT_LABELS,
} from '../../portfolio/index.ts';
import type { OpexCell, PortfolioReport } from '../../portfolio/index.ts';
import type { TableSpec, WriteCell, WriteSheet } from '../../spreadsheet/index.ts';
import { writeXlsx } from '../../spreadsheet/index.ts';
import { DEPENDENCIES_TABLE, FOCUS_AREAS_TABLE, INITIATIVES_TABLE, METADATA_TABLE, OPEX_TABLE, canonicalHeader } from './specs.ts';

export const SHEET_NAMES = {
  metadata: 'Rapport',
  initiatives: 'Tiltak',
  dependencies: 'Avhengigheter',
  opex: 'Drift og forvaltning',
  focusAreas: 'Innsatsområder',
} as const;

const INITIATIVE_KEYS = ['nr', 'owner', 'name', 'segment', 'phase', 'activity', 'status', 'risk', 'focusArea'] as const;
const DEPENDENCY_KEYS = ['initiativeNr', 'initiativeName', 'owner', 'description', 'dependsOn', 'category', 'criticality', 'status', 'deadline'] as const;

export const headersOf = (spec: TableSpec, keys: readonly string[]) => keys.map((k) => ({ value: canonicalHeader(spec, k), style: 'header' as const }));
export const initiativeHeaders = () => headersOf(INITIATIVES_TABLE, INITIATIVE_KEYS);
export const dependencyHeaders = () => headersOf(DEPENDENCIES_TABLE, DEPENDENCY_KEYS);
export const opexHeaders = (years: readonly number[]) => [
  ...headersOf(OPEX_TABLE, ['solution', 'initiativeName', 'initiativeNr']),
  ...years.map((y) => ({ value: String(y), style: 'header' as const })),
  ...headersOf(OPEX_TABLE, ['note']),
];
export const metadataHeaders = () => headersOf(METADATA_TABLE, ['field', 'value']);
export const focusAreaHeaders = () => headersOf(FOCUS_AREAS_TABLE, ['code', 'name']);

/** A tiltak number as Excel would hold it: a number when it is one, else text. */
const nrCell = (nr: string): WriteCell => (/^[1-9]\d{0,14}$/.test(nr) ? Number(nr) : nr);

function opexCell(cell: OpexCell | undefined): WriteCell {
  if (!cell) return null;
  if (cell.kind === 'amount') return cell.kNok / 1000;
  return cell.marker === 'blank' ? null : cell.marker;
}

/** The sheets of the canonical workbook (without writing them). */
/** A sheet of the canonical layout, its rows held in memory. */
export type CanonicalSheet = WriteSheet & { rows: readonly (readonly WriteCell[])[] };

export function canonicalSheets(report: PortfolioReport): CanonicalSheet[] {
  const p = report.period;
  const meta: WriteCell[][] = [metadataHeaders()];
  if (p) {
    meta.push(['periode', p.key], ['tittel', p.title], ['rapporteringsdato', p.reportDate ? { date: p.reportDate } : null]);
    meta.push(['rekonstruert', p.reconstructed ? 'Ja' : 'Nei'], ['merknad', p.notes]);
  }
  for (const [k, v] of Object.entries(report.metadata)) meta.push([k, v]);

  const ex = report.extraColumns;
  const initiatives: WriteCell[][] = [[...initiativeHeaders(), ...ex.initiatives.map((h) => ({ value: h, style: 'header' as const }))]];
  for (const i of report.initiatives) {
    initiatives.push([
      nrCell(i.nr),
      i.owner,
      i.name,
      SEGMENT_LABELS[i.segment],
      i.phase ? PHASE_LABELS[i.phase] : null,
      i.activity ? ACTIVITY_LABELS[i.activity] : null,
      i.status ? TRAFFIC_LIGHT_LABELS[i.status] : null,
      i.risk ? TRAFFIC_LIGHT_LABELS[i.risk] : null,
      i.focusArea ? (i.focusArea.name ? `${i.focusArea.code} - ${i.focusArea.name}` : i.focusArea.code) : null,
      ...ex.initiatives.map((h) => i.extra[h] ?? null),
    ]);
  }

  const deps: WriteCell[][] = [[...dependencyHeaders(), ...ex.dependencies.map((h) => ({ value: h, style: 'header' as const }))]];
  for (const d of report.dependencies) {
    deps.push([
      nrCell(d.initiativeNr),
      d.initiativeName,
      d.owner,
      { value: d.description, style: 'wrap' },
      d.dependsOn,
      d.category,
      d.criticality ? CRITICALITY_LABELS[d.criticality] : null,
      d.status ? TRAFFIC_LIGHT_LABELS[d.status] : null,
      d.deadline ? { date: d.deadline } : null,
      ...ex.dependencies.map((h) => d.extra[h] ?? null),
    ]);
  }

  const opex: WriteCell[][] = [[...opexHeaders(report.opexYears), ...ex.opex.map((h) => ({ value: h, style: 'header' as const }))]];
  for (const line of report.opex) {
    opex.push([
      line.solution,
      line.initiativeName,
      line.initiativeNr === null ? null : nrCell(line.initiativeNr),
      ...report.opexYears.map((y) => opexCell(line.years[String(y)])),
      line.note,
      ...ex.opex.map((h) => line.extra[h] ?? null),
    ]);
  }

  const focus: WriteCell[][] = [focusAreaHeaders(), ...report.focusAreas.map((f) => [f.code, f.name])];
  return [
    { name: SHEET_NAMES.metadata, rows: meta, widths: [28, 70], freezeRows: 1 },
    { name: SHEET_NAMES.initiatives, rows: initiatives, widths: [8, 30, 50, 13, 13, 12, 9, 9, 50], freezeRows: 1 },
    { name: SHEET_NAMES.dependencies, rows: deps, widths: [10, 30, 22, 60, 36, 22, 12, 9, 12], freezeRows: 1 },
    { name: SHEET_NAMES.opex, rows: opex, widths: [30, 50, 10, ...report.opexYears.map(() => 9), 60], freezeRows: 1 },
    { name: SHEET_NAMES.focusAreas, rows: focus, widths: [8, 80], freezeRows: 1 },
  ];
}

/** The report as canonical .xlsx bytes. */
export function writeCanonicalWorkbook(report: PortfolioReport): Uint8Array {
  return writeXlsx(canonicalSheets(report));
}
