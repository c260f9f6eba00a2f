/**
 * Writes the canonical estimates workbook (Sak, Ramme, Estimater, Alternativer, Konsekvenser):
 * empty as a template for actors to fill in, or filled with a case so colleagues can continue in
 * Excel. {@link readEstimatesWorkbook} reads it back. Amounts in MNOK (kNOK / 1000).
 */
import { kNokToMNok } from '../format/index.ts';
import { applyChange } from './arith.ts';
import { compileCase } from './compute.ts';
import { legacyView } from './set-asides.ts';
import type { BudgetCaseContent } from './model.ts';
import { writeXlsx } from '../spreadsheet/index.ts';
import type { WriteCell } from '../spreadsheet/index.ts';

const HEADERS = {
  Sak: ['Felt', 'Verdi'],
  Ramme: ['År', 'Ramme (MNOK)', 'Øremerket (MNOK)', 'Usikkerhetsavsetning (%)', 'Usikkerhetsavsetning (MNOK)'],
  Estimater: [
    'Tjenesteområde', 'Aktør', 'År', 'Estimat (MNOK)', 'Økt forvaltning året etter (MNOK)', 'Tiltak nr',
    'Leveranser', 'Konsekvens hvis ikke prioritert',
  ],
  Alternativer: ['Alternativ', 'Tjenesteområde', 'Aktør', 'År', 'Beløp (MNOK)', 'Anbefalt (Ja/Nei)', 'Beskrivelse'],
  Konsekvenser: ['Alternativ', 'Konsekvens'],
} as const;

const TITLES: Record<keyof typeof HEADERS, string> = {
  Sak: 'Opplysninger om saken (valgfritt)',
  Ramme: 'Ramme per år. Fyll ut enten usikkerhetsavsetning i prosent av (ramme − øremerket) eller et fast beløp.',
  Estimater: 'Estimater per tjenesteområde, aktør og år. Beløp i MNOK med desimalkomma.',
  Alternativer: 'Én rad per linje alternativet endrer; linjer som ikke står her beholder estimatet.',
  Konsekvenser: 'Én rad per konsekvens.',
};

const width = (header: string, i: number) =>
  i === 0 ? 30 : header.startsWith('Leveranser') || header.startsWith('Konsekvens') || header === 'Beskrivelse' ? 60 : 18;

/** Builds the workbook; `c` null gives an empty template. */
export async function writeEstimatesWorkbook(c: BudgetCaseContent | null): Promise<Uint8Array> {
  const rows = Object.fromEntries(Object.keys(HEADERS).map((name) => [name, [] as WriteCell[][]])) as Record<keyof typeof HEADERS, WriteCell[][]>;
  if (c) fillRows(c, rows);
  return writeXlsx(
    (Object.keys(HEADERS) as (keyof typeof HEADERS)[]).map((name) => ({
      name,
      rows: [[{ value: TITLES[name], style: { italic: true } }], HEADERS[name].map((h) => ({ value: h, style: 'bold' as const })), ...rows[name]],
      widths: HEADERS[name].map(width),
      freezeRows: 2,
    })),
  );
}

function fillRows(c: BudgetCaseContent, sheets: Record<keyof typeof HEADERS, WriteCell[][]>): void {
  const meta: [string, string][] = [
    ['Tittel', c.title], ['Saksnummer', c.meta.caseNumber], ['Merknad til saksnummeret', c.meta.caseNumberNote], ['Møte', c.meta.meeting], ['Dato', c.meta.date],
    ['Sakstype', c.meta.caseType], ['Fra', c.meta.from], ['Til', c.meta.to], ['Saksbehandler', c.meta.caseOfficer],
    ['Forslag til vedtak', c.meta.proposedDecision], ['Hensikt', c.meta.purpose], ['Bakgrunn', c.meta.background],
    ['Anbefaling', c.meta.recommendation],
  ];
  for (const [k, v] of meta) if (v) sheets.Sak.push([k, v]);
  const cc = compileCase(c);
  for (const f of c.frames) {
    // The template's Ramme table has one earmark and one reserve per year; other set-asides are
    // written as their worked-out sums (a fixed reserve).
    const y = cc.years.indexOf(f.year);
    const view = legacyView(f.setAsides) ?? { earmarkedKNok: cc.earmarked[y] ?? 0, reserve: { kind: 'fixed' as const, kNok: cc.reserve[y] ?? 0 } };
    sheets.Ramme.push([
      f.year, kNokToMNok(f.frameKNok), kNokToMNok(view.earmarkedKNok),
      view.reserve.kind === 'percent' ? view.reserve.percent : null,
      view.reserve.kind === 'fixed' ? kNokToMNok(view.reserve.kNok) : null,
    ]);
  }
  const area = new Map(c.areas.map((a) => [a.id, a.name]));
  const actor = new Map(c.actors.map((a) => [a.id, a.name]));
  const lineById = new Map(c.lines.map((l) => [l.id, l]));
  for (const l of c.lines) {
    sheets.Estimater.push([
      area.get(l.areaId) ?? l.areaId, actor.get(l.actorId) ?? l.actorId, l.year, kNokToMNok(l.estimateKNok),
      kNokToMNok(l.followOnOpexKNok), l.initiativeNrs.join(', '), l.deliverables.join('\n'), l.consequenceIfNotPrioritised,
    ]);
  }
  for (const alt of c.alternatives) {
    let first = true;
    for (const adj of alt.adjustments) {
      const l = lineById.get(adj.lineId);
      if (!l || !adj.change) continue;
      sheets.Alternativer.push([
        alt.name, area.get(l.areaId) ?? l.areaId, actor.get(l.actorId) ?? l.actorId, l.year,
        kNokToMNok(applyChange(l.estimateKNok, adj.change)), alt.recommended ? 'Ja' : 'Nei', first ? alt.description : '',
      ]);
      first = false;
    }
    for (const cons of alt.consequences) sheets.Konsekvenser.push([alt.name, cons]);
  }
}
