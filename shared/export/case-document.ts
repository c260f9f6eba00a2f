/**
 * The NUIT case document for a budget case, modelled on NUIT case 43/23 (seed 001): header block,
 * Forslag til vedtak, Hensikt med saken, Bakgrunn (frame, earmarks, reserve, what is missing),
 * deliverables and estimates per service area, each alternative with its table, balance and
 * consequences, the side-by-side comparison, follow-on D&F, Anbefaling and Vedlegg.
 *
 * All figures are computed by the budget engine (shared/budget); this module only arranges them.
 */
import { availabilityFormula, baseWords, compileCase, computeCase } from '../budget/index.ts';
import type { BudgetCaseContent, CompiledCase } from '../budget/index.ts';
import { parseNorwegianNumber } from '../format/index.ts';
import { alternativeSections, comparisonSections, followOnSection } from './case-sections.ts';
import type { CaseContext } from './case-sections.ts';
import { mnok } from './case-text.ts';
import { actorComparison, capSection, followedSection, opexLevelTable, perAlternativeBlocks } from './case-sections-actors.ts';
import type { ImpactSource } from './case-sections-actors.ts';
import type { Block, DocumentModel, TableRow } from './document.ts';
import { formatDateLong, formatDateNo, formatFixed } from './format-cell.ts';

export interface CaseDocumentOptions {
  /** ISO timestamp written as the PDF's creation date. */
  generatedAt: string;
  /** Author in the metadata; defaults to the case officer, then the sender. */
  author?: string;
  /** File name of the case workbook, listed under Vedlegg when given. */
  workbookName?: string;
  /** A portfolio period: each alternative then shows the tiltak and dependencies its cuts touch. */
  impact?: ImpactSource;
}

/** MNOK with one decimal always, for figures set in a table column ("20,0 MNOK" above "67,7 MNOK"). */
const mnokFixed = (k: number) => `${formatFixed(k / 1000, 1)} MNOK`;

function paragraphs(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ kind: 'paragraph', text: t }) as const);
}

/** The year's set-asides in sentences, and the available amount as a sum in words. */
function setAsideSentences(c: BudgetCaseContent, cc: CompiledCase, y: number): string[] {
  const names = {
    actor: (id: string) => c.actors.find((a) => a.id === id)?.shortName || id,
    area: (id: string) => c.areas.find((a) => a.id === id)?.shortName || id,
  };
  const a = cc.availability[y]!;
  const out = a.items.map((r) => {
    const amt = r.setAside.amount;
    const how = amt.kind === 'fixed' ? mnok(r.kNok) : `${String(amt.percent).replace('.', ',')} % av ${baseWords(amt.base, names)} (${mnok(r.kNok)})`;
    const modelled = r.setAside.source.kind === 'modellert' ? ` Modellert: ${r.setAside.source.note ?? ''}`.trimEnd() : '';
    return r.setAside.kind === 'earmark'
      ? `${r.setAside.name}: ${how} er øremerket og holdes utenfor saken.${modelled}`
      : `${r.setAside.name}: ${how} holdes tilbake.${modelled}`;
  });
  out.push(`Til fordeling er dermed ${mnok(a.availableKNok)}${a.items.length ? ` (${availabilityFormula(a)})` : ''}.`);
  return out;
}

function frameTable(ctx: CaseContext): Block {
  const { cc, results } = ctx;
  const base = results[0]!;
  const cols = ctx.activeYears.map((y) => cc.years.indexOf(y));
  const row = (label: string, pick: (y: number) => number, style?: TableRow['style']): TableRow => ({
    cells: [label, ...cols.map(pick)],
    style,
  });
  return {
    kind: 'table',
    caption: `Tabell ${ctx.table()}: Ramme, estimater og balanse (MNOK)`,
    columns: [
      { header: '', width: 3 },
      ...ctx.activeYears.map((y) => ({ header: String(y), width: 1, format: 'mnok' as const })),
    ],
    rows: [
      row('Ramme', (y) => cc.frame[y]!),
      row('Øremerket, holdes utenfor saken', (y) => -cc.earmarked[y]!),
      row('Avsetninger (usikkerhet o.a.)', (y) => -cc.reserve[y]!),
      row('Til fordeling', (y) => cc.available[y]!, 'subtotal'),
      row('Aktørenes estimater', (y) => base.total[y]!),
      row('Balanse (negativt: mangler)', (y) => base.balance[y]!, 'total'),
    ],
    note: 'Beløp i millioner kroner. Til fordeling = ramme − øremerket − avsetninger.',
  };
}

/**
 * When the background text (the source's words) states a gap other than the computed one, a
 * sentence that says so and points to where the difference is explained: a case note that names
 * the stated amount, else the table with the computation. Page 1 never shows two gaps unexplained.
 */
function gapReference(c: BudgetCaseContent, gapKNok: number, tableNo: number): string {
  const m = /mangler\s+(?:ca\.\s*)?(\d[\d\s\u00a0]*(?:,\d+)?)\s*(millioner kroner|mill\.|MNOK)/i.exec(c.meta.background);
  if (!m) return '';
  const stated = parseNorwegianNumber(m[1]!);
  if (stated === null || Math.abs(stated * 1000 - gapKNok) < 50) return '';
  const amount = m[0].replace(/^mangler\s+/i, '');
  const note = c.notes.find((n) => n.title.includes(m[1]!.trim()) || n.text.includes(`«${amount}»`) || /mangler/i.test(n.title));
  return note
    ? ` Beløpet er beregnet fra tallene i saken (tabell ${tableNo}) og avviker fra «${amount}» i teksten over; forskjellen er forklart under «Om tallene» (${note.title}).`
    : ` Beløpet er beregnet fra tallene i saken (tabell ${tableNo}) og avviker fra «${amount}» i teksten over.`;
}

function background(ctx: CaseContext): Block[] {
  const { c, cc, results } = ctx;
  const base = results[0]!;
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'Bakgrunn' }, ...paragraphs(c.meta.background)];
  const table = frameTable(ctx);
  const tableNo = table.kind === 'table' ? Number(/^Tabell (\d+)/.exec(table.caption ?? '')?.[1] ?? 1) : 1;
  let referenced = false;
  for (const year of ctx.activeYears) {
    const y = cc.years.indexOf(year);
    const parts = [`Rammen for ${year} er ${mnok(cc.frame[y]!)}.`];
    parts.push(...setAsideSentences(c, cc, y));
    const bal = base.balance[y]!;
    parts.push(
      bal < 0
        ? `Aktørenes estimater er til sammen ${mnok(base.total[y]!)}. Det mangler ${mnok(-bal)} for å realisere ambisjonene på alle tjenesteområder.`
        : `Aktørenes estimater er til sammen ${mnok(base.total[y]!)}, innenfor rammen med ${mnok(bal)} til gode.`,
    );
    const gapRef: string = bal < 0 && !referenced ? gapReference(c, -bal, tableNo) : '';
    if (gapRef) referenced = true;
    blocks.push({ kind: 'paragraph', text: parts.join(' ') + gapRef });
  }
  blocks.push(table);
  const later = c.frames.filter((f) => !ctx.activeYears.includes(f.year));
  if (later.length > 0) {
    blocks.push({
      kind: 'paragraph',
      style: 'small',
      text: `Saken har også rammer uten estimater: ${later.map((f) => `${f.year}: ${mnok(f.frameKNok)}`).join('; ')}.`,
    });
  }
  return blocks;
}

function serviceAreas(ctx: CaseContext): Block[] {
  const { c } = ctx;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: 'Leveranser og estimater per tjenesteområde' },
    {
      kind: 'paragraph',
      text: 'Under er en kort oppsummering av leveranser og estimater fra aktørene på de ulike tjenesteområdene.',
    },
  ];
  for (const area of c.areas) {
    const lines = c.lines.filter((l) => l.areaId === area.id);
    if (lines.length === 0) continue;
    const actors = c.actors.filter((a) => lines.some((l) => l.actorId === a.id));
    const first = Math.min(...lines.map((l) => l.year));
    const years = [...new Set(lines.map((l) => l.year))].sort((a, b) => a - b);
    const byActor = actors.map((a) => lines.filter((l) => l.actorId === a.id));
    const firstLine = (i: number) => byActor[i]!.find((l) => l.year === first) ?? byActor[i]![0]!;
    const rows: TableRow[] = [
      { cells: actors.map((_, i) => firstLine(i).deliverables.map((d) => `• ${d}`).join('\n') || 'Ingen leveranser oppgitt.') },
      ...years.map((y) => ({
        cells: actors.map((_, i) => {
          const l = byActor[i]!.find((x) => x.year === y);
          return l ? `Estimat${years.length > 1 ? ` ${y}` : ''}: ${mnokFixed(l.estimateKNok)}` : '–';
        }),
        style: 'subtotal' as const,
      })),
    ];
    const follow = actors.map((_, i) => byActor[i]!.reduce((s, l) => s + l.followOnOpexKNok, 0));
    if (follow.some((f) => f > 0)) {
      rows.push({ cells: follow.map((f) => `Økt drift og forvaltning året etter: ${mnokFixed(f)}`), style: 'muted' });
    }
    blocks.push({ kind: 'heading', level: 3, text: area.name });
    blocks.push({
      kind: 'table',
      columns: actors.map((a) => ({ header: `Leveranser ${a.shortName || a.name} i ${first}`, width: 1 })),
      rows,
    });
    actors.forEach((a, i) => {
      const cons = firstLine(i).consequenceIfNotPrioritised.trim();
      if (cons) blocks.push({ kind: 'paragraph', style: 'small', text: `Konsekvens dersom ikke prioritert (${a.shortName || a.name}): ${cons}` });
    });
  }
  return blocks;
}

function headerBlock(c: BudgetCaseContent): Block {
  const m = c.meta;
  return {
    kind: 'keyValue',
    columns: 2,
    rows: [
      { key: 'Til', value: m.to },
      { key: 'Møte', value: m.meeting },
      { key: 'Dato', value: formatDateNo(m.date) },
      { key: 'Saksnummer', value: m.caseNumber },
      { key: 'Sakstype', value: m.caseType },
      { key: 'Fra', value: m.from },
      { key: 'Saksbehandler', value: m.caseOfficer },
    ],
  };
}

/** The label after the last one the case names: "1B" → "1C", "2" → "3"; null when there is no pattern. */
function nextLabel(last: string | undefined): string | null {
  const m = last ? /^Vedlegg\s+(\d+)([A-Z]?)\b/i.exec(last) : null;
  if (!m) return last === undefined ? '1' : null;
  const letter = m[2]!.toUpperCase();
  if (!letter) return String(Number(m[1]) + 1);
  return letter === 'Z' ? null : `${m[1]}${String.fromCharCode(letter.charCodeAt(0) + 1)}`;
}

function attachments(ctx: CaseContext, workbookName: string | undefined): Block[] {
  // The case's own list, as the analyst (or the source) names them; without one, the estimates'
  // source documents, which are what the committee gets attached (other references are under "Om tallene").
  const own = ctx.c.meta.attachments.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  const items = own.length ? own : [...new Set(ctx.c.lines.flatMap((l) => (l.source.kind === 'dokument' && l.source.ref ? [l.source.ref] : [])))].map((t, i) => `Vedlegg ${i + 1}: ${t}`);
  if (workbookName) {
    const label = nextLabel(items[items.length - 1]);
    items.push(`${label ? `Vedlegg ${label}: ` : ''}${workbookName} – estimater, alternativer og sammenligning (Excel)`);
  }
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'Vedlegg' }];
  blocks.push(items.length ? { kind: 'list', items } : { kind: 'paragraph', text: 'Ingen vedlegg.' });
  return blocks;
}

function provenance(ctx: CaseContext): Block[] {
  const { c } = ctx;
  const modelled = c.alternatives.filter((a) => a.source.kind === 'modellert').map((a) => a.name);
  const fromDocs = c.lines.filter((l) => l.source.kind === 'dokument').length;
  const text =
    (fromDocs === c.lines.length
      ? `Alle ${c.lines.length} estimater er hentet fra dokumenter. `
      : `${fromDocs} av ${c.lines.length} estimater er hentet fra dokumenter; de øvrige er registrert av saksbehandler. `) +
    (modelled.length ? `Modellert (beregnet i Helseportefølje, ikke fra et dokument): ${modelled.join('; ')}. ` : '') +
    'Alle summer, balanser og følgekostnader er beregnet av Helseportefølje fra tallene i saken.';
  const sources = new Set<string>();
  for (const f of c.frames) if (f.source.ref) sources.add(`Ramme ${f.year}: ${f.source.ref}`);
  for (const a of c.alternatives) if (a.source.ref) sources.add(`${a.name}: ${a.source.ref}`);
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'Om tallene' }, { kind: 'paragraph', style: 'small', text }];
  if (sources.size) blocks.push({ kind: 'paragraph', style: 'small', text: `Kilder: ${[...sources].join('; ')}.` });
  for (const n of c.notes) {
    blocks.push({ kind: 'heading', level: 3, text: n.title });
    blocks.push({ kind: 'paragraph', style: 'small', text: n.text });
  }
  return blocks;
}

/** Builds the document model of a case. Pure. */
export function buildCaseDocument(c: BudgetCaseContent, options: CaseDocumentOptions): DocumentModel {
  const cc = compileCase(c);
  const results = computeCase(c, cc);
  let tableNo = 0;
  const activeYears = cc.years.filter((y) => c.lines.some((l) => l.year === y));
  const ctx: CaseContext = { c, cc, results, activeYears: activeYears.length ? activeYears : cc.years.slice(0, 1), table: () => ++tableNo };
  const m = c.meta;
  const recommended = c.alternatives.filter((a) => a.recommended);
  const blocks: Block[] = [
    { kind: 'paragraph', style: 'muted', text: [m.to ? `Saksframlegg til ${m.to}` : 'Saksframlegg', m.caseNumber ? `sak ${m.caseNumber}` : ''].filter(Boolean).join(' – ') },
    { kind: 'heading', level: 1, text: c.title },
    headerBlock(c),
    ...(m.caseNumberNote.trim() ? [{ kind: 'paragraph', style: 'small', text: `Om saksnummeret: ${m.caseNumberNote.trim()}` } as const] : []),
    { kind: 'heading', level: 2, text: 'Forslag til vedtak' },
    { kind: 'callout', text: m.proposedDecision.trim() || 'Forslag til vedtak er ikke fylt ut.' },
    { kind: 'heading', level: 2, text: 'Hensikt med saken' },
    ...(m.purpose.trim() ? paragraphs(m.purpose) : [{ kind: 'paragraph', style: 'muted', text: 'Ikke fylt ut.' } as const]),
    ...background(ctx),
    ...serviceAreas(ctx),
    ...alternativeSections(ctx, (r, year) => perAlternativeBlocks(ctx, r, year, options.impact)),
    ...comparisonSections(ctx, (g) => [actorComparison(ctx, g)]),
    ...followedSection(ctx),
    ...followOnSection(ctx),
    ...opexLevelTable(ctx),
    ...capSection(ctx),
    { kind: 'heading', level: 2, text: 'Anbefaling' },
    ...(m.recommendation.trim() ? paragraphs(m.recommendation) : []),
    ...(recommended.length
      ? [{ kind: 'callout', title: 'Anbefalt', text: recommended.map((a) => a.name).join('; ') } as const]
      : m.recommendation.trim()
        ? []
        : [{ kind: 'paragraph', style: 'muted', text: 'Ingen anbefaling er gitt.' } as const]),
    ...attachments(ctx, options.workbookName),
    ...provenance(ctx),
  ];
  const date = m.date ? formatDateLong(m.date) : '';
  return {
    meta: {
      title: c.title,
      author: options.author ?? (m.caseOfficer || m.from || 'Helseportefølje'),
      subject: [m.to ? `Saksframlegg til ${m.to}` : 'Saksframlegg', m.caseNumber ? `sak ${m.caseNumber}` : '', m.meeting].filter(Boolean).join(', '),
      keywords: ['NUIT', 'budsjett', 'alternativer', ...(m.caseNumber ? [`sak ${m.caseNumber}`] : [])],
      language: 'nb-NO',
      createdAt: options.generatedAt,
    },
    running: {
      headerLeft: [m.to || 'NUIT', m.caseNumber ? `sak ${m.caseNumber}` : '', m.meeting].filter(Boolean).join(' – '),
      headerRight: date ? `Dato: ${date}` : '',
      footerLeft: c.title,
    },
    orientation: 'portrait',
    blocks,
  };
}
