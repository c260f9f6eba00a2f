/** The computed sections of the case document: alternatives, comparison and follow-on D&F. */
import { compareAlternatives, allAlternatives } from '../budget/index.ts';
import type { Comparison, AlternativeResult, CompiledCase, BudgetCaseContent } from '../budget/index.ts';
import { mnok, shortName } from './case-text.ts';
import type { Block, Rgb, TableColumn, TableRow } from './document.ts';

/** Everything the sections share: the case, its compiled arrays and every alternative's result. */
export interface CaseContext {
  c: BudgetCaseContent;
  cc: CompiledCase;
  results: AlternativeResult[];
  /** Years that have at least one estimate line (others only have a frame). */
  activeYears: number[];
  /** Running table number ("Tabell 3"). */
  table: () => number;
}

/** Colours for alternatives in charts: the estimates grey, then distinct blues/greens/oranges. */
const PALETTE: Rgb[] = [
  [0.62, 0.65, 0.68],
  [0.02, 0.29, 0.47],
  [0.16, 0.55, 0.55],
  [0.85, 0.5, 0.13],
  [0.45, 0.3, 0.6],
  [0.55, 0.6, 0.15],
];

/**
 * Sentences the balancing assistant writes (shared/budget/balance.ts): a draft the analyst sees in
 * the app. The document speaks in the directorate's voice, so they are left out of it.
 */
const ASSISTANT_SENTENCES = [
  /Laget med balanseringsassistenten\s*\([^)]*\)\.\s*/g,
  /Kuttet [\d\s\u00a0,]+MNOK i \d{4}(?::[^.]*)?\.\s*/g,
  /Umulig å dekke hele mangelen[^:]*\(låste linjer og minstebeløp er respektert\):[^.]*\.\s*/g,
  /Alternativet er nå innenfor rammen i \d{4}\.\s*/g,
  /\d{4}: alternativet er allerede innenfor rammen\.\s*/g,
  /Ingen år mangler penger: ingenting å kutte\.\s*/g,
];

/** The analyst's own text, without the balancing assistant's draft sentences. */
export function withoutAssistantText(text: string): string {
  return ASSISTANT_SENTENCES.reduce((t, re) => t.replace(re, ''), text).trim();
}

function differs(ctx: CaseContext, r: AlternativeResult, year: number): boolean {
  const base = ctx.results[0]!;
  const y = ctx.cc.years.indexOf(year);
  for (let i = 0; i < ctx.cc.lineIds.length; i++) {
    if (ctx.cc.lineYear[i] === y && r.amounts[i] !== base.amounts[i]) return true;
  }
  return false;
}

function lineRows(ctxActors: Map<string, { shortName: string }>, cmp: Comparison, cellsOf: (row: Comparison['rows'][number]) => TableRow['cells'], areaTotals: boolean): TableRow[] {
  const rows: TableRow[] = [];
  const actorsPerArea = new Map<string, number>();
  for (const r of cmp.rows) if (r.kind === 'line') actorsPerArea.set(r.areaId, (actorsPerArea.get(r.areaId) ?? 0) + 1);
  let lastArea = '';
  for (const r of cmp.rows) {
    if (r.kind === 'areaTotal') {
      if (areaTotals && (actorsPerArea.get(r.areaId) ?? 0) > 1) rows.push({ cells: ['', 'Sum', ...cellsOf(r)], style: 'subtotal' });
      continue;
    }
    const actor = ctxActors.get(r.actorId ?? '');
    rows.push({ cells: [r.areaId === lastArea ? '' : r.areaName, actor?.shortName || r.actorName || '', ...cellsOf(r)] });
    lastArea = r.areaId;
  }
  return rows;
}

const actorMap = (ctx: CaseContext) => new Map(ctx.c.actors.map((a) => [a.id, a]));

function alternativeTable(ctx: CaseContext, r: AlternativeResult, year: number): Block {
  const cmp = compareAlternatives(ctx.c, ctx.cc, [ctx.results[0]!, r], { kind: 'year', year });
  const cells = (row: Comparison['rows'][number]) => [
    row.cells[0]!.amountKNok,
    row.cells[1]!.amountKNok,
    row.cells[1]!.deltaKNok === 0 ? '–' : row.cells[1]!.deltaKNok,
    row.cells[1]!.deltaPercent === null || row.cells[1]!.deltaKNok === 0 ? '' : row.cells[1]!.deltaPercent,
  ];
  return {
    kind: 'table',
    caption: `Tabell ${ctx.table()}: ${shortName(r.name)} – fordeling ${year} (MNOK)`,
    columns: [
      { header: 'Tjenesteområde', width: 2.8 },
      { header: 'Aktør', width: 1.2 },
      { header: 'Estimat', width: 1, format: 'mnok' },
      { header: 'Forslag', width: 1, format: 'mnok' },
      { header: 'Endring', width: 1, format: 'mnokSigned' },
      { header: 'Endring %', width: 1, format: 'percent' },
    ],
    rows: [...lineRows(actorMap(ctx), cmp, cells, true), { cells: ['Sum', '', ...cells(cmp.total)], style: 'total' }],
  };
}

function balanceTable(ctx: CaseContext, r: AlternativeResult): Block {
  const ys = ctx.activeYears.map((y) => ctx.cc.years.indexOf(y));
  return {
    kind: 'table',
    columns: [{ header: 'Balanse mot rammen', width: 3 }, ...ctx.activeYears.map((y) => ({ header: String(y), width: 1, format: 'mnok' as const }))],
    rows: [
      { cells: ['Til fordeling', ...ys.map((y) => ctx.cc.available[y]!)] },
      { cells: ['Sum alternativ', ...ys.map((y) => r.total[y]!)] },
      { cells: ['Balanse (negativt: mangler)', ...ys.map((y) => r.balance[y]!)], style: 'total' },
      { cells: ['Innenfor rammen', ...ys.map((y) => (r.balance[y]! >= 0 ? 'Ja' : 'Nei'))] },
    ],
  };
}

/**
 * The proposals, each with its tables; `extra` adds blocks after an alternative's tables (per
 * actor, allocation, D&F level). Alternatives that followed the case are left to their own section.
 */
export function alternativeSections(ctx: CaseContext, extra: (r: AlternativeResult, firstChangedYear: number) => Block[] = () => []): Block[] {
  const { c, cc, results } = ctx;
  const base = results[0]!;
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'Budsjettalternativer' }];
  const short = ctx.activeYears.filter((y) => base.balance[cc.years.indexOf(y)]! < 0);
  if (short.length) {
    blocks.push({
      kind: 'paragraph',
      text: `Estimatene går ikke innenfor rammen: det mangler ${short.map((y) => `${mnok(-base.balance[cc.years.indexOf(y)]!)} i ${y}`).join(' og ')}.`,
    });
  }
  const proposals = c.alternatives.map((alt, i) => ({ alt, r: results[i + 1]! })).filter((x) => x.alt.role !== 'followed');
  if (proposals.length === 0) {
    blocks.push({ kind: 'paragraph', style: 'muted', text: 'Saken har ingen alternativer ennå.' });
    return blocks;
  }
  blocks.push({ kind: 'paragraph', text: 'Budsjettforslagene som foreslås diskutert er følgende:' });
  blocks.push({ kind: 'list', ordered: true, items: proposals.map(({ alt }) => alt.name + (alt.recommended ? ' (anbefalt)' : '')) });
  proposals.forEach(({ alt, r }) => {
    blocks.push({ kind: 'heading', level: 2, text: alt.name });
    const description = withoutAssistantText(alt.description);
    if (description) blocks.push({ kind: 'paragraph', text: description });
    const years = ctx.activeYears.filter((y) => differs(ctx, r, y));
    const shown = years.length ? years : ctx.activeYears.slice(0, 1);
    for (const y of shown) blocks.push(alternativeTable(ctx, r, y));
    blocks.push(balanceTable(ctx, r));
    blocks.push(...extra(r, shown[0]!));
    if (alt.consequences.length) {
      blocks.push({ kind: 'heading', level: 3, text: 'Konsekvens av dette budsjettforslaget' });
      blocks.push({ kind: 'list', items: alt.consequences });
    }
    const follow = ctx.activeYears.map((y) => ({ y, k: r.followOnByYear[cc.years.indexOf(y)]!, b: base.followOnByYear[cc.years.indexOf(y)]! }));
    const text = follow
      .filter((f) => f.k > 0 || f.b > 0)
      .map((f) => `${mnok(f.k)} i ${f.y + 1} (estimatene: ${mnok(f.b)})`)
      .join('; ');
    if (text) blocks.push({ kind: 'paragraph', text: `Økt drift og forvaltning som følge av alternativet: ${text}.` });
    if (alt.recommended) blocks.push({ kind: 'paragraph', style: 'bold', text: 'Direktoratet anbefaler dette alternativet.' });
  });
  return blocks;
}

function comparisonTable(ctx: CaseContext, group: AlternativeResult[], year: number | null): Block[] {
  const scope = year === null ? ({ kind: 'period' } as const) : ({ kind: 'year', year } as const);
  const cmp = compareAlternatives(ctx.c, ctx.cc, group, scope);
  const cols: TableColumn[] = [
    { header: 'Tjenesteområde', width: 2.6 },
    { header: 'Aktør', width: 1 },
    ...cmp.columns.map((col) => ({ header: col.baseline ? 'Estimater' : shortName(col.name) + (col.recommended ? ' (anbefalt)' : ''), width: 1.1, format: 'mnok' as const })),
  ];
  const fy = year === null ? -1 : ctx.cc.years.indexOf(year);
  const rows: TableRow[] = [
    ...lineRows(actorMap(ctx), cmp, (row) => row.cells.map((x) => x.amountKNok), true),
    { cells: ['Sum', '', ...cmp.total.cells.map((x) => x.amountKNok)], style: 'total' },
    { cells: ['Endring mot estimatene', '', ...cmp.total.cells.map((x, i) => (i === 0 ? '' : x.deltaKNok))], style: 'muted' },
    { cells: ['Til fordeling', '', ...cmp.columns.map((x) => x.availableKNok)] },
    { cells: ['Balanse (negativt: mangler)', '', ...cmp.columns.map((x) => x.balanceKNok)], style: 'subtotal' },
    { cells: ['Innenfor rammen', '', ...cmp.columns.map((x) => (x.fitsFrame ? 'Ja' : 'Nei'))] },
    {
      cells: [year === null ? 'Økt D&F, sum over årene' : `Økt D&F i ${year + 1}`, '', ...group.map((r) => (fy < 0 ? r.period.followOnKNok : r.followOnByYear[fy]!))],
    },
  ];
  const names = cmp.columns
    .filter((x) => !x.baseline && shortName(x.name) !== x.name)
    .map((x) => `${shortName(x.name)}: ${x.name.startsWith(shortName(x.name)) ? x.name.slice(shortName(x.name).length).replace(/^[\s–—:-]+/, '') : x.name}`);
  return [
    {
      kind: 'table',
      caption: `Tabell ${ctx.table()}: Alternativene side om side${year === null ? ', hele perioden' : `, ${year}`} (MNOK)`,
      columns: cols,
      rows,
      note: [
        'Endring mot estimatene: negativt tall er kutt. Økt D&F: økte drift- og forvaltningskostnader året etter, skalert med beløpet.',
        ...names,
      ].join('\n'),
    },
  ];
}

export function comparisonSections(ctx: CaseContext, perGroup: (group: AlternativeResult[]) => Block[] = () => []): Block[] {
  const { c, cc, results } = ctx;
  if (c.alternatives.length === 0) return [];
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: 'Sammenligning av alternativene' },
    { kind: 'paragraph', text: 'Tabellen viser estimatene og alternativene side om side per tjenesteområde og aktør, med balanse mot rammen.' },
  ];
  const others = results.slice(1);
  const groups: AlternativeResult[][] = [];
  for (let i = 0; i < others.length; i += 4) groups.push([results[0]!, ...others.slice(i, i + 4)]);
  const years: (number | null)[] = ctx.activeYears.length <= 2 ? ctx.activeYears : [null];
  for (const y of years) for (const g of groups) blocks.push(...comparisonTable(ctx, g, y));
  for (const g of groups) blocks.push(...perGroup(g));

  // Grouped bars per service area for the first year with estimates.
  const year = ctx.activeYears[0]!;
  const y = cc.years.indexOf(year);
  const A = cc.areaIds.length;
  const areas = c.areas.map((a, i) => ({ a, i })).filter(({ a }) => c.lines.some((l) => l.areaId === a.id && l.year === year));
  const alts = allAlternatives(c);
  blocks.push({
    kind: 'barChart',
    title: `Figur 1: Beløp per tjenesteområde i ${year} (MNOK)`,
    categories: areas.map(({ a }) => a.name),
    stacked: false,
    format: 'mnok',
    series: results.slice(0, 6).map((r, j) => ({
      name: j === 0 ? 'Estimater' : shortName(alts[j]?.name ?? r.name),
      color: PALETTE[j % PALETTE.length]!,
      values: areas.map(({ i }) => r.byArea[y * A + i]!),
    })),
  });
  return blocks;
}

export function followOnSection(ctx: CaseContext): Block[] {
  const { cc, results } = ctx;
  const ys = ctx.activeYears.map((y) => cc.years.indexOf(y));
  if (!results.some((r) => ys.some((y) => r.followOnByYear[y]! > 0))) return [];
  const rows: TableRow[] = results.map((r, j) => {
    let acc = 0;
    const cells: (number | string)[] = [j === 0 ? 'Estimatene' : shortName(r.name)];
    for (const y of ys) cells.push(r.followOnByYear[y]!);
    for (const y of ys) acc += r.followOnByYear[y]!;
    if (ys.length > 1) cells.push(acc);
    return { cells };
  });
  return [
    { kind: 'heading', level: 2, text: 'Drift og forvaltning som følge av alternativene' },
    {
      kind: 'paragraph',
      text:
        'Investeringene gir økte drift- og forvaltningskostnader (D&F) året etter. Når et alternativ kutter en linje, ' +
        'skaleres følgekostnaden med beløpet, med mindre saksbehandler har satt den særskilt.',
    },
    {
      kind: 'table',
      caption: `Tabell ${ctx.table()}: Økt D&F året etter (MNOK)`,
      columns: [
        { header: 'Alternativ', width: 3 },
        ...ctx.activeYears.map((y) => ({ header: `I ${y + 1}`, width: 1, format: 'mnok' as const })),
        ...(ys.length > 1 ? [{ header: 'Akkumulert', width: 1, format: 'mnok' as const }] : []),
      ],
      rows,
    },
  ];
}
