/**
 * Estimates workbooks (actors send their estimates in Excel): the canonical layout with the tables
 * `Ramme`, `Estimater`, `Alternativer`, `Konsekvenser` and optionally `Sak`, recognised by their
 * headers with the import's tolerance (any sheet name, title rows above, case and spacing,
 * "(MNOK)" or "MNOK"). Reads a generic {@link Workbook} (shared/import/read-file.ts) into a case;
 * errors name sheet, Excel row and column.
 */
import { mNokToKNok, parseNorwegianNumber } from '../format/index.ts';
import type { ImportIssue } from '../import/index.ts';
import type { FoundTable, TableSpec, Cell, SheetRow, Workbook } from '../spreadsheet/index.ts';
import { cellFor, findTables, normalizeKey, cellText } from '../spreadsheet/index.ts';
import type { Alternative, BudgetCase, BudgetLine, CaseMeta, LineAdjustment, YearFrame } from './model.ts';
import { CASE_SCHEMA_VERSION, blankAdjustment, emptyMeta } from './model.ts';
import { parseCaseObject } from './case-file.ts';
import { legacySetAsides } from './set-asides.ts';
import { SOURCE_COLUMNS, applyCaseTables, provenanceOf } from './workbook-case.ts';

export const RAMME_SPEC: TableSpec = {
  id: 'ramme',
  label: 'Ramme',
  minColumns: 2,
  columns: [
    { key: 'year', headers: ['År', 'Ar', 'Budsjettår'], required: true },
    { key: 'frame', headers: ['Ramme (MNOK)', 'Ramme', 'Styringsramme (MNOK)'], required: true },
    { key: 'earmarked', headers: ['Øremerket (MNOK)', 'Øremerket', 'Øremerkede midler (MNOK)'] },
    { key: 'reservePct', headers: ['Usikkerhetsavsetning (%)', 'Usikkerhetsavsetning prosent', 'Usikkerhetsavsetning'] },
    { key: 'reserveMnok', headers: ['Usikkerhetsavsetning (MNOK)'] },
    ...SOURCE_COLUMNS,
  ],
};
export const ESTIMATER_SPEC: TableSpec = {
  id: 'estimater',
  label: 'Estimater',
  minColumns: 3,
  columns: [
    { key: 'area', headers: ['Tjenesteområde', 'Samhandlingsområde'], required: true },
    { key: 'actor', headers: ['Aktør'], required: true },
    { key: 'year', headers: ['År'], required: true },
    { key: 'estimate', headers: ['Estimat (MNOK)', 'Estimat'], required: true },
    { key: 'followOn', headers: ['Økt forvaltning året etter (MNOK)', 'Økt forvaltning året etter', 'Økt D&F året etter (MNOK)'] },
    { key: 'initiatives', headers: ['Tiltak nr', 'Tiltaksnr', 'Tiltak nr (kommaseparert)', 'Tiltak'] },
    { key: 'deliverables', headers: ['Leveranser'] },
    { key: 'consequence', headers: ['Konsekvens hvis ikke prioritert', 'Konsekvens dersom ikke prioritert'] },
    // Written by the case workbook so a round trip keeps ids, lasting D&F and provenance.
    { key: 'id', headers: ['Id'] },
    { key: 'endYear', headers: ['D&F til og med'] },
    ...SOURCE_COLUMNS,
    { key: 'followKind', headers: ['Kilde D&F'] },
    { key: 'followRef', headers: ['Kildehenvisning D&F'] },
    { key: 'followNote', headers: ['Kildemerknad D&F'] },
    { key: 'note', headers: ['Merknad'] },
  ],
};
export const ALTERNATIVER_SPEC: TableSpec = {
  id: 'alternativer',
  label: 'Alternativer',
  minColumns: 3,
  columns: [
    { key: 'alt', headers: ['Alternativ'], required: true },
    { key: 'area', headers: ['Tjenesteområde', 'Samhandlingsområde'], required: true },
    { key: 'actor', headers: ['Aktør'], required: true },
    { key: 'year', headers: ['År'] },
    { key: 'amount', headers: ['Beløp (MNOK)', 'Beløp'], required: true },
    { key: 'recommended', headers: ['Anbefalt (Ja/Nei)', 'Anbefalt'] },
    { key: 'description', headers: ['Beskrivelse'] },
    // The balancing assistant's choices per line, written by the case workbook.
    { key: 'locked', headers: ['Låst (Ja/Nei)', 'Låst'] },
    { key: 'min', headers: ['Minstebeløp (MNOK)', 'Minstebeløp'] },
    { key: 'followOverride', headers: ['Overstyrt økt D&F (MNOK)', 'Overstyrt D&F (MNOK)', 'Overstyrt D&F'] },
  ],
};
export const KONSEKVENSER_SPEC: TableSpec = {
  id: 'konsekvenser',
  label: 'Konsekvenser',
  minColumns: 2,
  columns: [
    { key: 'alt', headers: ['Alternativ'], required: true },
    { key: 'consequence', headers: ['Konsekvens'], required: true },
  ],
};
export const SAK_SPEC: TableSpec = {
  id: 'sak',
  label: 'Sak',
  minColumns: 2,
  columns: [
    { key: 'field', headers: ['Felt'], required: true },
    { key: 'value', headers: ['Verdi'], required: true },
  ],
};
const SPECS = [RAMME_SPEC, ESTIMATER_SPEC, ALTERNATIVER_SPEC, KONSEKVENSER_SPEC, SAK_SPEC];

/** Ja/Nei cells (normalised) → true/false. */
const YES_NO = new Map([['ja', true], ['yes', true], ['x', true], ['nei', false], ['no', false]]);

/** Sak field names (normalised) → meta keys. */
const META_FIELDS: Record<string, keyof CaseMeta | 'title' | 'caseId'> = {
  tittel: 'title', 'sakens id': 'caseId', saksnummer: 'caseNumber', 'merknad til saksnummeret': 'caseNumberNote', mote: 'meeting', dato: 'date', sakstype: 'caseType', fra: 'from', til: 'to',
  saksbehandler: 'caseOfficer', 'forslag til vedtak': 'proposedDecision', hensikt: 'purpose', bakgrunn: 'background',
  anbefaling: 'recommendation', vedlegg: 'attachments',
};

export interface EstimatesReadResult {
  /** Null when there are errors. */
  case: BudgetCase | null;
  issues: ImportIssue[];
}

// Ids may not hold `|` or control characters (see case-file.ts), and stay within its length limit.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_ID = /[|\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
function slug(text: string): string {
  return normalizeKey(text).replace(/ /g, '-').replace(UNSAFE_IN_ID, '-').slice(0, 200) || 'x';
}

/** Reads the canonical estimates layout into a case. Pure; `id`/`now` make it deterministic. */
export function readEstimatesWorkbook(wb: Workbook, opts: { id?: string; now?: string } = {}): EstimatesReadResult {
  const issues: ImportIssue[] = [];
  const tables = findTables(wb, SPECS);
  const of = (id: string) => tables.filter((t) => t.spec.id === id);
  // at most 1 000 errors, then "… og N til" (a sheet of junk rows must not make millions)
  let dropped = 0;
  const capped = (): ImportIssue[] =>
    dropped === 0 ? issues : [...issues, { severity: 'error', file: wb.fileName, sheet: null, row: null, column: null, columnName: null, message: `… og ${dropped} feil til.` }];
  const err = (t: FoundTable | null, row: number | null, key: string | null, message: string) => {
    if (issues.length >= 1000) {
      dropped++;
      return;
    }
    const col = t && key ? t.columnOf.get(key) : undefined;
    issues.push({
      severity: 'error', file: wb.fileName, sheet: t?.sheet ?? null, row, column: col?.letter ?? null,
      columnName: col?.header ?? null, message,
    });
  };
  const text = (t: FoundTable, r: SheetRow, key: string) => cellText(cellFor(t, r, key)).trim();
  const num = (t: FoundTable, r: SheetRow, key: string, what: string, opt = false): number | null => {
    const c: Cell | undefined = cellFor(t, r, key);
    const raw = cellText(c).trim();
    if (raw === '') {
      if (!opt) err(t, r.row, key, `${what} mangler.`);
      return null;
    }
    const n = c?.kind === 'number' ? c.value : parseNorwegianNumber(raw.replace(/\s*(mnok|%)$/i, ''));
    if (n === null) {
      err(t, r.row, key, `${what} er ikke et tall («${raw}»).`);
      return null;
    }
    if (n < 0) {
      err(t, r.row, key, `${what} kan ikke være negativt (${raw}).`);
      return null;
    }
    return n;
  };

  const rammeT = of('ramme');
  const estT = of('estimater');
  if (rammeT.length === 0) err(null, null, null, 'Fant ingen tabell Ramme (kolonner År, Ramme (MNOK), Øremerket (MNOK), Usikkerhetsavsetning).');
  if (estT.length === 0) err(null, null, null, 'Fant ingen tabell Estimater (kolonner Tjenesteområde, Aktør, År, Estimat (MNOK) ...).');

  const frames: YearFrame[] = [];
  for (const t of rammeT) {
    for (const r of t.rows) {
      const year = num(t, r, 'year', 'År');
      const frame = num(t, r, 'frame', 'Ramme');
      const earmarked = num(t, r, 'earmarked', 'Øremerket', true) ?? 0;
      const pct = t.columnOf.has('reservePct') ? num(t, r, 'reservePct', 'Usikkerhetsavsetning (%)', true) : null;
      const fixed = t.columnOf.has('reserveMnok') ? num(t, r, 'reserveMnok', 'Usikkerhetsavsetning (MNOK)', true) : null;
      if (year === null || frame === null) continue;
      if (!Number.isInteger(year)) {
        err(t, r.row, 'year', `År må være et helt tall («${year}»).`);
        continue;
      }
      if (frames.some((f) => f.year === year)) {
        err(t, r.row, 'year', `År ${year} har allerede en ramme.`);
        continue;
      }
      if (pct !== null && pct > 100) err(t, r.row, 'reservePct', 'Usikkerhetsavsetningen kan ikke være over 100 %.');
      if (pct === null && fixed !== null && fixed > frame - earmarked) err(t, r.row, 'reserveMnok', 'Usikkerhetsavsetningen er større enn rammen minus øremerkede midler.');
      frames.push({
        year,
        frameKNok: mNokToKNok(frame),
        setAsides: legacySetAsides(
          year,
          mNokToKNok(earmarked),
          pct !== null ? { kind: 'percent', percent: pct } : { kind: 'fixed', kNok: mNokToKNok(fixed ?? 0) },
          { kind: 'bruker', ref: `${wb.fileName}, ark ${t.sheet}, rad ${r.row}` },
        ),
        source: provenanceOf(text(t, r, 'sourceKind'), text(t, r, 'sourceRef'), text(t, r, 'sourceNote')) ?? { kind: 'bruker', ref: `${wb.fileName}, ark ${t.sheet}, rad ${r.row}` },
      });
    }
  }
  frames.sort((a, b) => a.year - b.year);
  if (rammeT.length > 0 && frames.length === 0 && issues.length === 0) err(rammeT[0]!, null, null, 'Tabellen Ramme har ingen år.');
  const frameYears = new Set(frames.map((f) => f.year));

  const areas: BudgetCase['areas'] = [];
  const actors: BudgetCase['actors'] = [];
  const areaOf = (name: string) => {
    const id = slug(name);
    if (!areas.some((a) => a.id === id)) areas.push({ id, name, shortName: name });
    return id;
  };
  const actorOf = (name: string) => {
    const id = slug(name);
    if (!actors.some((a) => a.id === id)) actors.push({ id, name, shortName: name });
    return id;
  };
  const lines: BudgetLine[] = [];
  // The cell (area, actor, year) decides a duplicate, not the joined id: "A B"/"C" and "A"/"B C"
  // join to the same id but are different lines, which then get distinct ids.
  const cellsSeen = new Set<string>();
  const lineIds = new Set<string>();
  for (const t of estT) {
    for (const r of t.rows) {
      const area = text(t, r, 'area');
      const actor = text(t, r, 'actor');
      if (!area) err(t, r.row, 'area', 'Tjenesteområde mangler.');
      if (!actor) err(t, r.row, 'actor', 'Aktør mangler.');
      const year = num(t, r, 'year', 'År');
      const est = num(t, r, 'estimate', 'Estimat');
      const follow = num(t, r, 'followOn', 'Økt forvaltning året etter', true);
      if (!area || !actor || year === null || est === null) continue;
      if (!frameYears.has(year)) err(t, r.row, 'year', `År ${year} har ingen ramme i tabellen Ramme.`);
      const areaId = areaOf(area);
      const actorId = actorOf(actor);
      const cell = JSON.stringify([areaId, actorId, year]);
      if (cellsSeen.has(cell)) {
        err(t, r.row, 'area', `${area} / ${actor} / ${year} står allerede på en annen rad.`);
        continue;
      }
      cellsSeen.add(cell);
      // A case workbook gives each line its id; otherwise one is made from area, actor and year.
      const base = text(t, r, 'id') || `l-${year}-${areaId}-${actorId}`;
      let id = base;
      for (let k = 2; lineIds.has(id); k++) id = `${base}-${k}`;
      lineIds.add(id);
      const ref = `${wb.fileName}, ark ${t.sheet}, rad ${r.row}`;
      lines.push({
        id, areaId, actorId, year,
        estimateKNok: mNokToKNok(est),
        followOnOpexKNok: mNokToKNok(follow ?? 0),
        followOnEndYear: num(t, r, 'endYear', 'D&F til og med', true),
        deliverables: text(t, r, 'deliverables').split(/\r?\n|;\s*/).map((s) => s.replace(/^[•\-–]\s*/, '').trim()).filter(Boolean),
        consequenceIfNotPrioritised: text(t, r, 'consequence'),
        initiativeNrs: text(t, r, 'initiatives').split(/[,;\s]+/).filter(Boolean),
        source: provenanceOf(text(t, r, 'sourceKind'), text(t, r, 'sourceRef'), text(t, r, 'sourceNote')) ?? { kind: 'bruker', ref },
        followOnSource: provenanceOf(text(t, r, 'followKind'), text(t, r, 'followRef'), text(t, r, 'followNote')) ?? { kind: 'bruker', ref },
        note: text(t, r, 'note'),
      });
    }
  }

  if (estT.length > 0 && lines.length === 0 && issues.length === 0) err(estT[0]!, null, null, 'Tabellen Estimater har ingen rader.');
  const alternatives: Alternative[] = [];
  const altByName = new Map<string, Alternative>();
  for (const t of of('alternativer')) {
    for (const r of t.rows) {
      const name = text(t, r, 'alt');
      if (!name) {
        err(t, r.row, 'alt', 'Alternativ mangler navn.');
        continue;
      }
      let alt = altByName.get(normalizeKey(name));
      if (!alt) {
        alt = { id: `alt-${alternatives.length + 1}`, name, role: 'proposal', description: '', consequences: [], recommended: false, adjustments: [], source: { kind: 'bruker', ref: `${wb.fileName}, ark ${t.sheet}` } };
        altByName.set(normalizeKey(name), alt);
        alternatives.push(alt);
      }
      const rec = normalizeKey(text(t, r, 'recommended'));
      if (YES_NO.get(rec) === true) alt.recommended = true;
      else if (rec !== '' && !YES_NO.has(rec)) err(t, r.row, 'recommended', `Anbefalt må være Ja eller Nei («${text(t, r, 'recommended')}»).`);
      const desc = text(t, r, 'description');
      if (desc && !alt.description) alt.description = desc;
      const area = text(t, r, 'area');
      const actor = text(t, r, 'actor');
      const amount = num(t, r, 'amount', 'Beløp');
      const areaId = slug(area);
      const actorId = slug(actor);
      if (!areas.some((a) => a.id === areaId)) {
        err(t, r.row, 'area', `Ukjent tjenesteområde «${area}»: det finnes ikke i tabellen Estimater.`);
        continue;
      }
      if (!actors.some((a) => a.id === actorId)) {
        err(t, r.row, 'actor', `Ukjent aktør «${actor}»: den finnes ikke i tabellen Estimater.`);
        continue;
      }
      const yearRaw = text(t, r, 'year');
      const year = yearRaw === '' ? (frames.length === 1 ? frames[0]!.year : null) : num(t, r, 'year', 'År');
      if (year === null) {
        if (yearRaw === '') err(t, r.row, 'year', 'År mangler (saken har flere år).');
        continue;
      }
      const line = lines.find((l) => l.areaId === areaId && l.actorId === actorId && l.year === year);
      if (!line) {
        err(t, r.row, 'area', `${area} / ${actor} har ikke noe estimat for ${year}.`);
        continue;
      }
      if (amount === null) continue;
      if (alt.adjustments.some((a) => a.lineId === line.id)) {
        err(t, r.row, 'area', `Alternativet «${name}» endrer ${area} / ${actor} / ${year} mer enn én gang.`);
        continue;
      }
      const lockedText = normalizeKey(text(t, r, 'locked'));
      if (lockedText !== '' && !YES_NO.has(lockedText)) err(t, r.row, 'locked', `Låst må være Ja eller Nei («${text(t, r, 'locked')}»).`);
      const min = num(t, r, 'min', 'Minstebeløp', true);
      const override = num(t, r, 'followOverride', 'Overstyrt økt D&F', true);
      const adj: LineAdjustment = {
        ...blankAdjustment(line.id),
        change: { kind: 'set', kNok: mNokToKNok(amount) },
        locked: YES_NO.get(lockedText) ?? false,
        minKNok: min === null ? null : mNokToKNok(min),
        followOnOverrideKNok: override === null ? null : mNokToKNok(override),
      };
      alt.adjustments.push(adj);
    }
  }
  for (const t of of('konsekvenser')) {
    for (const r of t.rows) {
      const name = text(t, r, 'alt');
      const cons = text(t, r, 'consequence');
      if (!name || !cons) continue;
      const alt = altByName.get(normalizeKey(name));
      if (!alt) err(t, r.row, 'alt', `Alternativet «${name}» finnes ikke i tabellen Alternativer.`);
      else alt.consequences.push(cons);
    }
  }
  const meta = emptyMeta();
  let title = '';
  let caseId = '';
  for (const t of of('sak')) {
    for (const r of t.rows) {
      const key = META_FIELDS[normalizeKey(text(t, r, 'field'))];
      const value = text(t, r, 'value');
      if (key === 'title') title = value;
      else if (key === 'caseId') caseId = value;
      else if (key) meta[key] = value;
    }
  }
  if (issues.length > 0) return { case: null, issues: capped() };
  const now = opts.now ?? '';
  const read: BudgetCase = {
    // A case workbook names the case it came from, so reading it back can offer to update that case.
    id: caseId || opts.id || slug(title || wb.fileName),
    schemaVersion: CASE_SCHEMA_VERSION,
    createdAt: now,
    updatedAt: now,
    title: title || wb.fileName.replace(/\.[^.]+$/, ''),
    meta,
    years: frames.map((f) => f.year),
    frames,
    actors,
    areas,
    lines,
    alternatives,
    notes: [],
    cap: null,
    allocations: [],
    versions: [],
  };
  // The same schema and checks as a case file: what is read here can be saved and opened again,
  // and the file's limits (years, lines, amounts, text lengths) hold for workbooks too.
  const checked = parseCaseObject(applyCaseTables(wb, read, issues));
  if (issues.some((i) => i.severity === 'error')) return { case: null, issues: capped() };
  if (!checked.ok) {
    for (const i of checked.issues) err(null, null, null, `Estimatene kan ikke bli en budsjettsak: ${i.path}: ${i.message}`);
    return { case: null, issues: capped() };
  }
  return { case: checked.case, issues };
}
