/** Tiltak rows → {@link Initiative}s, with segment from a column or from group-heading rows. */
import type { FocusArea, Initiative, Segment } from '../../portfolio/index.ts';
import { cellFor } from '../../spreadsheet/index.ts';
import type { FoundTable, TableColumn, SheetRow } from '../../spreadsheet/index.ts';
import type { IssueCollector } from './context.ts';
import { sourceOf } from './context.ts';
import { readActivity, readFocusArea, readPhase, readSegment, readTrafficLight, textOf } from './values.ts';
import type { Parsed } from './values.ts';

/** A row holding only a segment name (in one or several, e.g. merged, cells) is a group heading. */
function groupHeading(row: SheetRow): Segment | null {
  let seen: string | null = null;
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (!c) continue;
    const t = textOf(c);
    if (t === '') continue;
    if (seen !== null && t !== seen) return null;
    seen = t;
  }
  if (seen === null) return null;
  const s = readSegment(seen);
  return s.ok ? s.value : null;
}

const unknownColumns = new WeakMap<FoundTable, TableColumn[]>();

/** Unknown columns of a row, by header text. */
export function extrasOf(table: FoundTable, row: SheetRow): Record<string, string> {
  let cols = unknownColumns.get(table);
  if (!cols) unknownColumns.set(table, (cols = table.columns.filter((c) => c.key === null)));
  const extra: Record<string, string> = {};
  for (const col of cols) {
    const t = textOf(row.cells[col.index]);
    if (t !== '') extra[col.header] = t;
  }
  return extra;
}

/** Reads an optional enum cell: null when blank, an error when unreadable. */
export function optionalEnum<T>(
  table: FoundTable,
  row: SheetRow,
  key: string,
  read: (text: string) => Parsed<T>,
  issues: IssueCollector,
): T | null {
  const text = textOf(cellFor(table, row, key));
  if (text === '') return null;
  const r = read(text);
  if (r.ok) return r.value;
  issues.error(table, row, key, r.message);
  return null;
}

export function buildInitiatives(table: FoundTable, focusAreas: ReadonlyMap<string, FocusArea>, issues: IssueCollector): Initiative[] {
  const out: Initiative[] = [];
  let headingSegment: Segment | null = null;
  const hasSegmentColumn = table.columnOf.has('segment');
  const rows = table.rows;
  for (const row of rows) {
    const heading = groupHeading(row);
    if (heading) {
      headingSegment = heading;
      continue;
    }
    const nr = textOf(cellFor(table, row, 'nr'));
    const name = textOf(cellFor(table, row, 'name'));
    const nrError = issues.refuseErrorValue(table, row, 'nr', cellFor(table, row, 'nr'));
    if (issues.refuseErrorValue(table, row, 'name', cellFor(table, row, 'name')) || nrError) continue;
    if (nr === '') issues.error(table, row, 'nr', 'Mangler tiltaksnummer.');
    if (name === '') issues.error(table, row, 'name', 'Mangler tiltaksnavn.');

    let segment = hasSegmentColumn ? optionalEnum(table, row, 'segment', readSegment, issues) : null;
    const segmentText = textOf(cellFor(table, row, 'segment'));
    if (segment === null) segment = headingSegment;
    if (segment === null && segmentText === '') {
      issues.error(
        table,
        row,
        hasSegmentColumn ? 'segment' : null,
        'Mangler segment: fyll ut kolonnen Segment, eller legg tiltaket under en overskriftsrad (Samstyre, Koordinere eller Observere).',
      );
    }
    const phase = optionalEnum(table, row, 'phase', readPhase, issues);
    const activity = optionalEnum(table, row, 'activity', readActivity, issues);
    const status = optionalEnum(table, row, 'status', readTrafficLight, issues);
    const risk = optionalEnum(table, row, 'risk', readTrafficLight, issues);

    let focusArea: FocusArea | null = null;
    const faText = textOf(cellFor(table, row, 'focusArea'));
    if (faText !== '') {
      const fa = readFocusArea(faText);
      if (fa.ok) {
        const known = focusAreas.get(fa.value.code);
        focusArea = { code: fa.value.code, name: fa.value.name || known?.name || '' };
        if (focusAreas.size > 0 && !known) issues.warning(table, row, 'focusArea', `Innsatsområde ${fa.value.code} finnes ikke i listen over innsatsområder.`);
      } else issues.warning(table, row, 'focusArea', fa.message);
    }

    if (nr === '' || name === '' || segment === null) continue;
    out.push({
      nr,
      owner: textOf(cellFor(table, row, 'owner')),
      name,
      segment,
      phase,
      activity,
      status,
      risk,
      focusArea,
      extra: extrasOf(table, row),
      source: sourceOf(table, row),
    });
  }
  return out;
}
