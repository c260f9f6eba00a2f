/**
 * The case workbook colleagues keep working in and send back, written with the one xlsx writer
 * (shared/spreadsheet). It holds the estimates layout the budget reader knows (Ramme, Estimater,
 * Alternativer, Konsekvenser, Sak; see shared/budget/workbook.ts) plus the tables that make the
 * round trip whole (shared/budget/workbook-case.ts): Avsetninger, Styringsramme, Tildelt,
 * Navn og id, Alternativliste (ids, order, roles) and Merknader, each with its provenance. Then one
 * sheet per alternative and a comparison sheet whose totals, per-actor sums (SUMIFS), deltas,
 * available amounts and balances are live formulas carrying the budget engine's values.
 *
 * Extra sheets must not look like the reader's tables: their year column is called "Budsjettår"
 * and none of them has both "Alternativ" and "Beløp" headers.
 */
import { BASE_WORDS, PROVENANCE_LABELS, compileCase, computeCase, legacyView } from '../../budget/index.ts';
import type { BudgetCaseContent, Provenance } from '../../budget/index.ts';
import type { WriteCell, WriteSheet } from '../../spreadsheet/index.ts';
import { writeXlsx } from '../../spreadsheet/index.ts';
import { shortName } from '../case-text.ts';
import { caseSheetNames, writeAlternativeSheet, writeComparisonSheet } from './case-sheets.ts';
import type { CaseBook } from './case-sheets.ts';
import { SheetRows, dress, mnok, titleRows } from './case-style.ts';

/** Kilde, Kildehenvisning, Kildemerknad. */
const SOURCE_HEADERS = ['Kilde', 'Kildehenvisning', 'Kildemerknad'];
const source = (p: Provenance): WriteCell[] => [PROVENANCE_LABELS[p.kind], p.ref ?? '', p.note ?? ''];

/** Writes the case workbook as .xlsx bytes. */
export async function writeCaseWorkbook(c: BudgetCaseContent, _options: { generatedAt?: string } = {}): Promise<Uint8Array> {
  const cc = compileCase(c);
  const results = computeCase(c, cc);
  const names = caseSheetNames(c.alternatives.map((a) => shortName(a.name)));
  const book: CaseBook = { c, cc, results, names, estimateRow: new Map(), frameRow: new Map(), altRow: new Map() };
  const areaName = new Map(c.areas.map((a) => [a.id, a.name]));
  const actorName = new Map(c.actors.map((a) => [a.id, a.name]));

  // Ramme: År | Ramme | Øremerket | Usikkerhetsavsetning (%) | (MNOK) | computed set-asides | available.
  const ramme = new SheetRows();
  titleRows(ramme, 'Ramme per år (MNOK)', 'Øremerket og avsetninger står i arket Avsetninger; de to siste kolonnene er beregnet.');
  ramme.add(['År', 'Ramme (MNOK)', 'Øremerket (MNOK)', 'Usikkerhetsavsetning (%)', 'Usikkerhetsavsetning (MNOK)', 'Avsetninger beregnet (MNOK)', 'Til fordeling (MNOK)', ...SOURCE_HEADERS]);
  for (const f of [...c.frames].sort((a, b) => a.year - b.year)) {
    const y = cc.years.indexOf(f.year);
    const r = ramme.rowCount + 1;
    book.frameRow.set(f.year, r);
    // One earmark and one reserve column per year (what older readers know); other set-asides are written as their sums.
    const view = legacyView(f.setAsides) ?? { earmarkedKNok: cc.earmarked[y] ?? 0, reserve: { kind: 'fixed' as const, kNok: cc.reserve[y] ?? 0 } };
    ramme.add([
      f.year,
      mnok(f.frameKNok),
      mnok(view.earmarkedKNok),
      view.reserve.kind === 'percent' ? view.reserve.percent : null,
      view.reserve.kind === 'fixed' ? mnok(view.reserve.kNok) : null,
      { formula: `IF(D${r}<>"",ROUND((B${r}-C${r})*D${r}/100,3),N(E${r}))`, result: mnok(cc.reserve[y] ?? 0) },
      { formula: `B${r}-C${r}-F${r}`, result: mnok(cc.available[y] ?? 0) },
      ...source(f.source),
    ]);
  }

  const avs = new SheetRows();
  titleRows(avs, 'Øremerket og avsetninger per år', 'Type: Øremerket (holdes utenfor saken) eller Avsetning (holdes tilbake). Beløp i MNOK, eller Prosent av grunnlaget.');
  avs.add(['Budsjettår', 'Id', 'Type', 'Navn', 'Fast beløp (MNOK)', 'Prosent', 'Grunnlag', 'Grunnlag aktører', 'Grunnlag tjenesteområder', 'Beregnet (MNOK)', ...SOURCE_HEADERS]);
  for (const f of c.frames) {
    const y = cc.years.indexOf(f.year);
    f.setAsides.forEach((s, j) => {
      const a = s.amount;
      const base = a.kind === 'percent' ? a.base : null;
      avs.add([
        f.year, s.id, s.kind === 'earmark' ? 'Øremerket' : 'Avsetning', s.name,
        a.kind === 'fixed' ? mnok(a.kNok) : null,
        a.kind === 'percent' ? a.percent : null,
        base ? BASE_WORDS[base.kind] : '',
        base?.kind === 'estimatesOf' ? base.actorIds.join(', ') : '',
        base?.kind === 'estimatesOf' ? base.areaIds.join(', ') : '',
        mnok(cc.availability[y]?.items[j]?.kNok ?? 0),
        ...source(s.source),
      ]);
    });
  }

  const est = new SheetRows();
  titleRows(est, 'Estimater per tjenesteområde, aktør og år (MNOK)', 'Leveranser: én per linje. Økt forvaltning blir værende hvert år fra året etter, til og med «D&F til og med» om det er satt.');
  est.add([
    'Tjenesteområde', 'Aktør', 'År', 'Estimat (MNOK)', 'Økt forvaltning året etter (MNOK)', 'Tiltak nr', 'Leveranser', 'Konsekvens hvis ikke prioritert',
    'Id', 'D&F til og med', ...SOURCE_HEADERS, 'Kilde D&F', 'Kildehenvisning D&F', 'Kildemerknad D&F', 'Merknad',
  ]);
  for (const l of c.lines) {
    book.estimateRow.set(l.id, est.rowCount + 1);
    est.add([
      areaName.get(l.areaId) ?? l.areaId, actorName.get(l.actorId) ?? l.actorId, l.year, mnok(l.estimateKNok), mnok(l.followOnOpexKNok),
      l.initiativeNrs.join(', '), l.deliverables.join('\n'), l.consequenceIfNotPrioritised,
      l.id, l.followOnEndYear, ...source(l.source), ...source(l.followOnSource), l.note,
    ]);
  }

  const altSheets = c.alternatives.map((alt, i) => writeAlternativeSheet(book, names.alternatives[i]!, alt, i + 1));
  const compare = writeComparisonSheet(book);

  const alts = new SheetRows();
  titleRows(alts, 'Alternativer: beløp per linje (MNOK)', 'Beløpene hentes fra arket for hvert alternativ. Endre dem der.');
  alts.add(['Alternativ', 'Tjenesteområde', 'Aktør', 'År', 'Beløp (MNOK)', 'Anbefalt (Ja/Nei)', 'Beskrivelse', 'Låst (Ja/Nei)', 'Minstebeløp (MNOK)', 'Overstyrt økt D&F (MNOK)']);
  c.alternatives.forEach((alt, i) => {
    const r = results[i + 1]!;
    const sheet = `'${names.alternatives[i]!.replace(/'/g, "''")}'`;
    const adj = new Map(alt.adjustments.map((a) => [a.lineId, a]));
    // A reference to an empty cell gives 0 in Excel: an empty choice stays empty.
    const choice = (col: string, row: number, result: string | number | null) => ({ formula: `IF(${sheet}!${col}${row}="","",${sheet}!${col}${row})`, result: result ?? '' });
    c.lines.forEach((l, li) => {
      const row = book.altRow.get(`${alt.id}|${l.id}`)!;
      const a = adj.get(l.id);
      alts.add([
        alt.name, areaName.get(l.areaId) ?? l.areaId, actorName.get(l.actorId) ?? l.actorId, l.year,
        { formula: `${sheet}!E${row}`, result: mnok(r.amounts[li]!) },
        alt.recommended ? 'Ja' : 'Nei', li === 0 ? alt.description : '',
        choice('I', row, a?.locked ? 'Ja' : 'Nei'),
        choice('J', row, a?.minKNok == null ? null : mnok(a.minKNok)),
        choice('K', row, a?.followOnOverrideKNok == null ? null : mnok(a.followOnOverrideKNok)),
      ]);
    });
  });

  const altList = new SheetRows();
  titleRows(altList, 'Alternativene i rekkefølge', 'Rolle: Alternativ (i saken) eller Det som fulgte (vedtatt etter saken).');
  altList.add(['Rekkefølge', 'Id', 'Alternativ', 'Rolle', 'Anbefalt', 'Beskrivelse', ...SOURCE_HEADERS]);
  c.alternatives.forEach((a, i) => altList.add([i + 1, a.id, a.name, a.role === 'followed' ? 'Det som fulgte' : 'Alternativ', a.recommended ? 'Ja' : 'Nei', a.description, ...source(a.source)]));

  const cons = new SheetRows();
  titleRows(cons, 'Konsekvenser per alternativ', 'Én rad per konsekvens.');
  cons.add(['Alternativ', 'Konsekvens']);
  for (const alt of c.alternatives) for (const k of alt.consequences) cons.add([alt.name, k]);

  const ids = new SheetRows();
  titleRows(ids, 'Aktører og tjenesteområder', 'Id og kortnavn brukes når arbeidsboken leses inn igjen.');
  ids.add(['Type', 'Id', 'Navn', 'Kortnavn']);
  for (const a of c.actors) ids.add(['Aktør', a.id, a.name, a.shortName]);
  for (const a of c.areas) ids.add(['Tjenesteområde', a.id, a.name, a.shortName]);

  const cap = new SheetRows();
  titleRows(cap, 'Styringsramme', 'Et tak over flere år. «Ta med D&F»: kontrollen regner med varig drift og forvaltning (standard Ja).');
  cap.add(['Fra år', 'Til år', 'Styringsramme i alt (MNOK)', 'Ta med D&F', ...SOURCE_HEADERS]);
  if (c.cap) cap.add([c.cap.fromYear, c.cap.toYear, mnok(c.cap.kNok), c.cap.includeOpex ? 'Ja' : 'Nei', ...source(c.cap.source)]);

  const granted = new SheetRows();
  titleRows(granted, 'Tildelt etter saken', 'Aktør tom: holdt tilbake. Tildelt tom: beløpet er ikke oppgitt.');
  granted.add(['Budsjettår', 'Mottaker', 'Tildeling', 'Tildelt (MNOK)', ...SOURCE_HEADERS]);
  for (const a of c.allocations) granted.add([a.year, a.actorId ? (actorName.get(a.actorId) ?? a.actorId) : '', a.label, a.kNok === null ? null : mnok(a.kNok), ...source(a.source)]);

  const notes = new SheetRows();
  titleRows(notes, 'Merknader om tallene', '');
  notes.add(['Tittel', 'Merknad']);
  for (const n of c.notes) notes.add([n.title, n.text]);

  const sak = new SheetRows();
  titleRows(sak, 'Opplysninger om saken', '');
  sak.add(['Felt', 'Verdi']);
  const m = c.meta;
  // a real calendar date goes in as a date cell (Excel shows and sorts it as one); anything else as text
  const date: WriteCell = /^\d{4}-\d{2}-\d{2}$/.test(m.date) && !Number.isNaN(Date.parse(m.date)) ? { date: m.date } : m.date;
  for (const [k, v] of [
    ['Tittel', c.title], ['Sakens id', 'id' in c && typeof c.id === 'string' ? c.id : ''], ['Saksnummer', m.caseNumber], ['Merknad til saksnummeret', m.caseNumberNote], ['Møte', m.meeting], ['Dato', m.date ? date : ''], ['Sakstype', m.caseType],
    ['Fra', m.from], ['Til', m.to], ['Saksbehandler', m.caseOfficer], ['Forslag til vedtak', m.proposedDecision],
    ['Hensikt', m.purpose], ['Bakgrunn', m.background], ['Anbefaling', m.recommendation], ['Vedlegg', m.attachments],
  ] as const) {
    if (v) sak.add([k, v]);
  }

  const src = [36, 50, 50];
  const sheets: WriteSheet[] = [
    compare,
    ...altSheets,
    dress('Ramme', ramme, { headerRow: 3, widths: [10, 16, 18, 24, 28, 26, 20, ...src], mnokCols: [2, 3, 5, 6, 7] }),
    dress('Avsetninger', avs, { headerRow: 3, widths: [12, 22, 14, 36, 18, 10, 24, 20, 24, 16, ...src], mnokCols: [5, 10], wrapCols: [4] }),
    dress('Estimater', est, { headerRow: 3, widths: [30, 22, 8, 14, 18, 12, 70, 60, 30, 14, ...src, ...src, 50], mnokCols: [4, 5], wrapCols: [7, 8] }),
    dress('Alternativer', alts, { headerRow: 3, widths: [40, 30, 22, 8, 14, 16, 60, 12, 16, 18], mnokCols: [5, 9, 10], wrapCols: [7] }),
    dress('Alternativliste', altList, { headerRow: 3, widths: [12, 20, 50, 16, 10, 60, ...src], wrapCols: [3, 6] }),
    dress('Konsekvenser', cons, { headerRow: 3, widths: [40, 100], wrapCols: [2] }),
    dress('Styringsramme', cap, { headerRow: 3, widths: [10, 10, 24, 12, ...src], mnokCols: [3] }),
    dress('Tildelt', granted, { headerRow: 3, widths: [12, 26, 36, 16, ...src], mnokCols: [4] }),
    dress('Navn og id', ids, { headerRow: 3, widths: [16, 24, 40, 20] }),
    dress('Merknader', notes, { headerRow: 3, widths: [40, 110], wrapCols: [2], portrait: true }),
    dress('Sak', sak, { headerRow: 3, widths: [22, 100], wrapCols: [2], portrait: true }),
  ];
  return writeXlsx(sheets);
}
