/**
 * The portfolio status report for one period, in the order of the published report (seed 004): key
 * figures, status and risk by segment as vector charts, red and yellow lists, high-criticality
 * dependencies, the D&F table with totals, changes since the previous period, and the full tiltak
 * list as an appendix (landscape). Figures come from shared/portfolio (summary, compare).
 */
import { formatMNok, formatMNokExact } from '../format/index.ts';
import { comparePeriods, ACTIVITY_LABELS, CRITICALITY_LABELS, PHASE_LABELS, SEGMENTS, SEGMENT_LABELS, TRAFFIC_LIGHT_LABELS, isActive, periodLabel, opexTotals, summarize, printedDifferences } from '../portfolio/index.ts';
import type { InitiativeChange, Initiative, OpexCell, PortfolioReport, Segment, TrafficLight } from '../portfolio/index.ts';
import type { Block, DocumentModel, Rgb, TableColumn, TableRow } from './document.ts';
import { formatDateLong, formatDateNo, labelInSentence } from './format-cell.ts';

export interface StatusReportOptions {
  generatedAt: string;
  author?: string;
}

const LIGHT_COLORS: Record<TrafficLight, Rgb> = {
  green: [0.16, 0.52, 0.31],
  yellow: [0.97, 0.78, 0.2],
  red: [0.75, 0.13, 0.15],
};
const DARK: Rgb = [0.1, 0.1, 0.12];

const light = (l: TrafficLight | null) => (l ? TRAFFIC_LIGHT_LABELS[l] : '–');

function labelOf(r: PortfolioReport): string {
  return r.period ? r.period.label || periodLabel(r.period.key) : 'Uten periode';
}

/** The period's label inside a sentence: month names are written in lower case ("status september 2022"). */
function labelInText(r: PortfolioReport): string {
  return labelInSentence(labelOf(r));
}

/**
 * Whether a period's dependencies are unknown rather than none: a reconstructed period registers
 * none because its dependencies were never reported (seed 004's May 2022).
 */
function dependenciesUnknown(r: PortfolioReport): boolean {
  return r.dependencies.length === 0 && r.period?.reconstructed === true;
}

/** The Samstyre budget the report states ("budsjett_samstyring_2022_mnok": "715,2"), if any. */
function statedBudget(r: PortfolioReport): { year: string; mnok: string } | null {
  for (const [key, value] of Object.entries(r.metadata)) {
    const m = /^budsjett_samstyring_(\d{4})_mnok$/.exec(key);
    if (m && value.trim()) return { year: m[1]!, mnok: value.trim() };
  }
  return null;
}

function initiativeTable(items: readonly Initiative[], caption: string | undefined, withFocus = false): Block {
  const columns: TableColumn[] = [
    { header: 'Nr', width: 0.55, align: 'right' },
    { header: 'Aktør', width: 1.7 },
    { header: 'Tiltak', width: 3.4 },
    { header: 'Segment', width: 1.1 },
    { header: 'Fase', width: 1.15 },
    { header: 'Status', width: 0.75 },
    { header: 'Risiko', width: 0.75 },
    ...(withFocus ? [{ header: 'Innsatsområde', width: 2.6 }] : []),
  ];
  return {
    kind: 'table',
    ...(caption ? { caption } : {}),
    columns,
    rows: items.map((i) => ({
      cells: [
        i.nr,
        i.owner,
        i.name,
        SEGMENT_LABELS[i.segment],
        i.phase ? PHASE_LABELS[i.phase] : '–',
        light(i.status),
        light(i.risk),
        ...(withFocus ? [i.focusArea ? [i.focusArea.code, i.focusArea.name].filter(Boolean).join(' ') : '–'] : []),
      ],
    })),
  };
}

function keyFigures(report: PortfolioReport, previous: PortfolioReport | null, added: number, ended: number): Block {
  const now = summarize(report);
  const before = previous ? summarize(previous) : null;
  const rows: [string, number, number | null][] = [
    ['Tiltak i porteføljelisten', now.initiatives, before?.initiatives ?? null],
    ['Aktive tiltak', now.active, before?.active ?? null],
    ...SEGMENTS.map((s): [string, number, number | null] => [`   aktive i ${SEGMENT_LABELS[s]}`, now.activeBySegment[s], before?.activeBySegment[s] ?? null]),
    ['Gul status (aktive)', now.status.yellow, before?.status.yellow ?? null],
    ['Rød status (aktive)', now.status.red, before?.status.red ?? null],
    ['Gul risiko (aktive)', now.risk.yellow, before?.risk.yellow ?? null],
    ['Rød risiko (aktive)', now.risk.red, before?.risk.red ?? null],
    ['Avhengigheter registrert', now.dependencies, before?.dependencies ?? null],
  ];
  const unknownDeps = previous !== null && dependenciesUnknown(previous);
  const table: TableRow[] = rows.map(([label, n, b]) => {
    // An unknown previous value is "–", never 0 (nor a change from 0).
    const prev = label === 'Avhengigheter registrert' && unknownDeps ? null : b;
    return { cells: before ? [label, n, prev ?? '–', prev === null ? '–' : n - prev] : [label, n] };
  });
  if (before) {
    table.push({ cells: ['Nye tiltak siden forrige periode', added, null, null] });
    table.push({ cells: ['Avsluttede tiltak siden forrige periode', ended, null, null] });
  }
  const budget = statedBudget(report);
  if (budget) {
    const prevBudget = previous ? statedBudget(previous) : null;
    table.push({
      cells: [`Budsjett for tiltak i Samstyre ${budget.year}`, `${budget.mnok} MNOK`, ...(before ? [prevBudget ? `${prevBudget.mnok} MNOK` : '–', null] : [])],
    });
  }
  const stated = report.metadata['avhengigheter_rapportert_totalt'];
  return {
    kind: 'table',
    caption: 'Tabell 1: Nøkkeltall',
    columns: [
      { header: '', width: 3.2 },
      { header: labelOf(report), width: 1.2, format: 'integer' },
      ...(before && previous ? [{ header: labelOf(previous), width: 1.2, format: 'integer' as const }, { header: 'Endring', width: 0.9, format: 'integer' as const }] : []),
    ],
    rows: table,
    note:
      'Status og risiko telles blant aktive tiltak. Observere-tiltak rapporterer bare status.' +
      (stated ? ` Rapporten oppgir ${stated} avhengigheter totalt; bare de som er registrert i filen, telles her.` : '') +
      (unknownDeps ? ` Avhengighetene for ${labelInText(previous)} er ikke kjent (–).` : '') +
      (budget ? ` Budsjettet for Samstyre er slik rapporten oppgir det.` : ''),
  };
}

function lightChart(report: PortfolioReport, which: 'status' | 'risk'): Block {
  const active = report.initiatives.filter(isActive);
  const segs = SEGMENTS.filter((s) => active.some((i) => i.segment === s));
  const count = (s: Segment, l: TrafficLight | null) => active.filter((i) => i.segment === s && i[which] === l).length;
  const series = (['green', 'yellow', 'red'] as const).map((l) => ({
    name: TRAFFIC_LIGHT_LABELS[l],
    color: LIGHT_COLORS[l],
    labelColor: l === 'yellow' ? DARK : undefined,
    values: segs.map((s) => count(s, l)),
  }));
  const none = segs.map((s) => count(s, null));
  if (none.some((n) => n > 0)) series.push({ name: 'Ikke oppgitt', color: [0.82, 0.84, 0.86], labelColor: DARK, values: none });
  return {
    kind: 'barChart',
    title: which === 'status' ? 'Figur 1: Status per segment (aktive tiltak)' : 'Figur 2: Risiko per segment (aktive tiltak)',
    categories: segs.map((s) => SEGMENT_LABELS[s]),
    series: series.map((s) => (s.labelColor ? s : { name: s.name, color: s.color, values: s.values })),
    stacked: true,
    format: 'integer',
    ...(which === 'risk' && none.some((n) => n > 0) ? { note: 'Ikke oppgitt: Observere-tiltak rapporterer ikke risiko.' } : {}),
  };
}

function opexCellValue(cell: OpexCell | undefined): number | string {
  if (!cell) return '';
  if (cell.kind === 'amount') return cell.kNok;
  return cell.marker === 'blank' ? '' : cell.marker;
}

function opexSection(report: PortfolioReport): Block[] {
  if (report.opex.length === 0) return [];
  const years = report.opexYears;
  const { totals, accumulated } = opexTotals(report);
  const notes = Object.entries(report.opexFootnotes).map(([m, t]) => `${m} ${t}`);
  // Where the report's own printed totals differ from the sum of its rows, say so (seed 004 prints 87 for 86,2).
  const diffs = printedDifferences(report);
  if (diffs.length) {
    notes.push(
      'Summene er beregnet fra radene. Rapporten selv oppgir ' +
        diffs.map((d) => `${formatMNokExact(d.printed, 3)} (beregnet ${formatMNok(d.computed)}) ${d.kind === 'total' ? 'som sum for' : 'akkumulert i'} ${d.year}`).join(', ') +
        '.',
    );
  }
  return [
    { kind: 'heading', level: 2, text: 'Drift og forvaltning' },
    {
      kind: 'paragraph',
      text: 'Årlig økning i drift- og forvaltningskostnader (D&F) per nasjonal løsning og tiltak, med sum per år og akkumulert. Markeringer (*, **) er gjengitt slik rapporten har dem, og telles ikke som null.',
    },
    {
      kind: 'table',
      caption: 'Tabell 2: Økning i D&F per løsning og tiltak (MNOK)',
      columns: [
        { header: 'Løsning', width: 2 },
        { header: 'Tiltak', width: 2.8 },
        ...years.map((y) => ({ header: String(y), width: 0.6, format: 'mnok' as const, align: 'right' as const })),
      ],
      rows: [
        ...report.opex.map((l, i) => ({
          cells: [i > 0 && report.opex[i - 1]!.solution === l.solution ? '' : l.solution, l.initiativeName, ...years.map((y) => opexCellValue(l.years[String(y)]))],
        })),
        { cells: ['Sum per år', '', ...years.map((y) => totals[String(y)] ?? 0)], style: 'total' as const },
        { cells: ['Akkumulert', '', ...years.map((y) => accumulated[String(y)] ?? 0)], style: 'subtotal' as const },
      ],
      ...(notes.length ? { note: notes.join('\n') } : {}),
    },
  ];
}

const FIELD_LABELS: Record<InitiativeChange['field'], string> = { status: 'Status', risk: 'Risiko', phase: 'Fase', activity: 'Aktiv' };

function changeText(c: InitiativeChange): string {
  const word = (v: string | null) => {
    if (v === null) return 'ikke oppgitt';
    if (c.field === 'phase') return PHASE_LABELS[v as keyof typeof PHASE_LABELS];
    if (c.field === 'activity') return ACTIVITY_LABELS[v as keyof typeof ACTIVITY_LABELS];
    return TRAFFIC_LIGHT_LABELS[v as TrafficLight];
  };
  return `${FIELD_LABELS[c.field]}: fra ${word(c.from)} til ${word(c.to)}`;
}

/** `tableNo`: the number of the section's first table (tables are numbered through the report). */
function changesSection(report: PortfolioReport, previous: PortfolioReport, tableNo: number): Block[] {
  const cmp = comparePeriods(previous, report);
  let n = tableNo;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: `Endringer siden forrige periode (${labelInText(previous)})` },
    {
      kind: 'paragraph',
      text: `${cmp.added.length} nye tiltak, ${cmp.ended.length} avsluttet og ${cmp.changed.length} med endret status, risiko, fase eller aktivitet.` +
        (previous.period?.reconstructed ? ` Om forrige periode: ${previous.period.notes ?? 'rekonstruert fra endringsnotatene i en senere rapport.'}` : ''),
    },
  ];
  if (cmp.added.length) blocks.push(initiativeTable(cmp.added, `Tabell ${n++}: Nye tiltak`));
  if (cmp.ended.length) blocks.push(initiativeTable(cmp.ended, `Tabell ${n++}: Avsluttede tiltak`));
  if (cmp.changed.length) {
    blocks.push({
      kind: 'table',
      caption: `Tabell ${n}: Endret status, risiko, fase eller aktivitet`,
      columns: [
        { header: 'Nr', width: 0.55, align: 'right' },
        { header: 'Tiltak', width: 3.2 },
        { header: 'Aktør', width: 1.7 },
        { header: 'Endring', width: 3.2 },
      ],
      rows: cmp.changed.map((c) => ({ cells: [c.nr, c.name, c.initiative.owner, c.changes.map(changeText).join('\n')] })),
    });
  }
  return blocks;
}

function dependencySection(report: PortfolioReport): Block[] {
  const high = report.dependencies.filter((d) => d.criticality === 'high');
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'Avhengigheter med høy kritikalitet' }];
  if (high.length === 0) {
    blocks.push({ kind: 'paragraph', text: 'Ingen avhengigheter med høy kritikalitet er registrert for perioden.' });
    return blocks;
  }
  const order: Record<string, number> = { red: 0, yellow: 1, green: 2 };
  high.sort((a, b) => (order[a.status ?? ''] ?? 3) - (order[b.status ?? ''] ?? 3));
  blocks.push({
    kind: 'table',
    columns: [
      { header: 'Tiltak', width: 1.8 },
      { header: 'Avhengighet', width: 3.2 },
      { header: 'Avhenger av', width: 1.9 },
      { header: 'Kategori', width: 1.2 },
      { header: 'Kritikalitet', width: 0.95 },
      { header: 'Status', width: 0.75 },
      { header: 'Frist', width: 0.95 },
    ],
    rows: high.map((d) => ({
      cells: [
        `${d.initiativeNr}${d.initiativeName ? ` ${d.initiativeName}` : ''}`,
        d.description,
        d.dependsOn,
        d.category ?? '–',
        d.criticality ? CRITICALITY_LABELS[d.criticality] : '–',
        light(d.status),
        d.deadline ? formatDateNo(d.deadline) : '–',
      ],
    })),
  });
  return blocks;
}

/**
 * When the yellow list is shorter than the yellow key figure, says why: a tiltak with yellow status
 * and red risk is listed once, among the red ones.
 */
function yellowNote(active: readonly Initiative[], listed: number): Block[] {
  const elsewhere = active.filter((i) => i.status === 'yellow' && i.risk === 'red');
  if (elsewhere.length === 0) return [];
  const total = listed + elsewhere.length;
  const names = elsewhere.map((i) => `${i.nr} ${i.name}`).join(', ');
  return [
    {
      kind: 'paragraph',
      text:
        `${total} aktive tiltak har gul status (tabell 1). ${elsewhere.length === 1 ? 'Ett av dem' : `${elsewhere.length} av dem`} har rød risiko og står ` +
        `i listen over tiltak med rød status eller risiko: ${names}. Listen under har de øvrige ${listed}.`,
    },
  ];
}

/** Builds the status report document of `report`, compared with `previous` when given. Pure. */
export function buildStatusReport(report: PortfolioReport, previous: PortfolioReport | null, options: StatusReportOptions): DocumentModel {
  const label = labelOf(report);
  const title = report.period?.title || `Status for den nasjonale e-helseporteføljen – ${labelInText(report)}`;
  const cmp = previous ? comparePeriods(previous, report) : null;
  const active = report.initiatives.filter(isActive);
  const red = active.filter((i) => i.status === 'red' || i.risk === 'red');
  const yellow = active.filter((i) => i.status === 'yellow' && i.risk !== 'red');
  const p = report.period;
  const blocks: Block[] = [
    { kind: 'paragraph', style: 'muted', text: 'Statusrapport – nasjonal e-helseportefølje' },
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'keyValue',
      columns: 2,
      rows: [
        { key: 'Periode', value: label },
        { key: 'Rapportert per', value: p?.reportDate ? formatDateNo(p.reportDate) : '' },
        { key: 'Sammenlignet med', value: previous ? labelOf(previous) + (previous.period?.reconstructed ? ' (rekonstruert)' : '') : 'Ingen tidligere periode' },
        { key: 'Tiltak', value: `${report.initiatives.length} i listen, ${active.length} aktive` },
      ],
    },
    ...(p?.reconstructed ? [{ kind: 'callout', title: 'Rekonstruert periode', text: p.notes ?? 'Perioden er rekonstruert fra en senere rapport.' } as const] : []),
    { kind: 'heading', level: 2, text: 'Nøkkeltall' },
    keyFigures(report, previous, cmp?.added.length ?? 0, cmp?.ended.length ?? 0),
    { kind: 'heading', level: 2, text: 'Status og risiko per segment' },
    lightChart(report, 'status'),
    lightChart(report, 'risk'),
    { kind: 'heading', level: 2, text: 'Tiltak med rød status eller risiko' },
    red.length ? initiativeTable(red, undefined) : { kind: 'paragraph', text: 'Ingen aktive tiltak har rød status eller rød risiko.' },
    { kind: 'heading', level: 2, text: 'Tiltak med gul status' },
    ...yellowNote(active, yellow.length),
    yellow.length ? initiativeTable(yellow, undefined) : { kind: 'paragraph', text: 'Ingen aktive tiltak har gul status.' },
    ...dependencySection(report),
    ...opexSection(report),
    ...(previous ? changesSection(report, previous, report.opex.length ? 3 : 2) : []),
    { kind: 'pageBreak', orientation: 'landscape' },
    { kind: 'heading', level: 1, text: 'Vedlegg: Alle tiltak' },
    {
      kind: 'paragraph',
      text: `Porteføljelisten for ${labelInText(report)}: ${report.initiatives.length} tiltak gruppert per segment.`,
    },
    {
      kind: 'table',
      caption: `Tiltak per segment, ${labelInText(report)}`,
      fontSize: 8,
      columns: [
        { header: 'Nr', width: 0.5, align: 'right' },
        { header: 'Aktør', width: 1.8 },
        { header: 'Tiltak', width: 3.6 },
        { header: 'Fase', width: 1.1 },
        { header: 'Aktiv', width: 0.8 },
        { header: 'Status', width: 0.7 },
        { header: 'Risiko', width: 0.7 },
        { header: 'Innsatsområde', width: 3.2 },
      ],
      rows: SEGMENTS.flatMap((s) => {
        const items = report.initiatives.filter((i) => i.segment === s);
        if (items.length === 0) return [];
        return [
          { cells: [`${SEGMENT_LABELS[s]} (${items.length})`], style: 'section' as const },
          ...items.map((i) => ({
            cells: [
              i.nr, i.owner, i.name, i.phase ? PHASE_LABELS[i.phase] : '–', i.activity ? ACTIVITY_LABELS[i.activity] : '–',
              light(i.status), light(i.risk), i.focusArea ? [i.focusArea.code, i.focusArea.name].filter(Boolean).join(' ') : '–',
            ],
          })),
        ];
      }),
    },
  ];
  const date = p?.reportDate ? formatDateLong(p.reportDate) : '';
  return {
    meta: {
      title,
      author: options.author ?? 'Helseportefølje',
      subject: `Statusrapport for den nasjonale e-helseporteføljen, ${labelInText(report)}`,
      keywords: ['portefølje', 'status', 'risiko', label],
      language: 'nb-NO',
      createdAt: options.generatedAt,
    },
    running: {
      headerLeft: `Nasjonal e-helseportefølje – status ${labelInText(report)}`,
      headerRight: date ? `Rapportert per ${date}` : '',
      footerLeft: title,
    },
    orientation: 'portrait',
    blocks,
  };
}
