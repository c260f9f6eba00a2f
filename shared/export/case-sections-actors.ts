/**
 * Case document sections across actors and years: per-actor sums and the allocation table shaped
 * like the mandates' table 2 for each alternative, the per-actor comparison, lasting D&F levels,
 * the styringsramme check, and what followed the case (decided allocations and grants).
 */
import { allocationTable, compareActors, cutImpacts, periodLabel, spanCheck, yearRanges } from '../budget/index.ts';
import type { ActorScope, AlternativeResult } from '../budget/index.ts';
import type { PortfolioReport, TrafficLight } from '../portfolio/index.ts';
import { CRITICALITY_LABELS, TRAFFIC_LIGHT_LABELS } from '../portfolio/index.ts';
import type { CaseContext } from './case-sections.ts';
import { mnok, shortName } from './case-text.ts';
import { labelInSentence } from './format-cell.ts';
import type { Block, TableRow } from './document.ts';

const scopeText = (ctx: CaseContext, s: ActorScope) => (s.kind === 'year' ? String(s.year) : periodLabel(ctx.cc).toLowerCase());

/** Per actor for one alternative: the estimates, the proposal and the change, per planned year. */
export function actorTable(ctx: CaseContext, r: AlternativeResult): Block {
  const ys = ctx.activeYears.map((y) => ctx.cc.years.indexOf(y));
  const N = ctx.cc.actorIds.length;
  const base = ctx.results[0]!;
  const rows: TableRow[] = [];
  ctx.c.actors.forEach((a, k) => {
    const est = ys.map((y) => base.byActor[y * N + k]!);
    const alt = ys.map((y) => r.byActor[y * N + k]!);
    if (est.every((v) => v === 0) && alt.every((v) => v === 0)) return;
    rows.push({ cells: [a.name, 'Estimat', ...est] });
    rows.push({ cells: ['', 'Forslag', ...alt], style: 'subtotal' });
    rows.push({ cells: ['', 'Endring', ...alt.map((v, i) => (v === est[i] ? '–' : v - est[i]!))], style: 'muted' });
  });
  return {
    kind: 'table',
    caption: `Tabell ${ctx.table()}: ${shortName(r.name)} – per aktør (MNOK)`,
    columns: [
      { header: 'Aktør', width: 2.4 },
      { header: '', width: 1 },
      ...ctx.activeYears.map((y) => ({ header: String(y), width: 1, format: 'mnok' as const })),
    ],
    rows,
  };
}

/** The allocation of an alternative shaped like the mandates' table 2: rows areas, columns actors and sum. */
export function allocationBlock(ctx: CaseContext, r: AlternativeResult, scope: ActorScope): Block {
  const t = allocationTable(ctx.c, ctx.cc, r, scope);
  return {
    kind: 'table',
    caption: `Tabell ${ctx.table()}: ${shortName(r.name)} – fordeling mellom aktørene, ${scopeText(ctx, scope)} (MNOK)`,
    columns: [
      { header: 'Tjenesteområde', width: 2.8 },
      ...t.actors.map((a) => ({ header: a.shortName, width: 1, format: 'mnok' as const })),
      { header: 'Totalt', width: 1, format: 'mnok' as const },
    ],
    rows: [
      ...t.rows.map((row) => ({ cells: [row.areaName, ...row.cells, row.sumKNok] })),
      { cells: ['Sum', ...t.totals, t.totalKNok], style: 'total' as const },
    ],
  };
}

/** The D&F level per year (each increase stays from the year after its investment) and the total. */
export function opexLevelRow(ctx: CaseContext, r: AlternativeResult): string {
  const levels = Array.from(r.opexLevel);
  if (levels.every((v) => v === 0)) return '';
  const years = ctx.cc.levelYears;
  const total = levels.reduce((s, v) => s + v, 0);
  // Consecutive years at the same level are said once: "14,3 MNOK per år i 2025–2030".
  const parts: string[] = [];
  let i = 0;
  while (i < levels.length) {
    let j = i;
    while (j + 1 < levels.length && levels[j + 1] === levels[i]) j++;
    parts.push(`${mnok(levels[i]!)} per år i ${yearRanges(years.slice(i, j + 1))}`);
    i = j + 1;
  }
  return `Varig drift og forvaltning (D&F-nivå): ${parts.join(', ')}; til sammen ${mnok(total)} for ${years[0]}–${years[years.length - 1]}.`;
}

/** Per actor, all alternatives side by side with the change against the estimates. */
export function actorComparison(ctx: CaseContext, group: AlternativeResult[]): Block {
  const scope: ActorScope = ctx.activeYears.length === 1 ? { kind: 'year', year: ctx.activeYears[0]! } : { kind: 'period' };
  const a = compareActors(ctx.c, ctx.cc, group, scope);
  const rows: TableRow[] = [];
  a.actors.forEach((actor, k) => {
    rows.push({ cells: [actor.name, ...a.amounts.map((row) => row[k]!)] });
    rows.push({ cells: ['Endring mot estimatene', ...a.deltas.map((row, j) => (j === 0 ? '' : row[k] === 0 ? '–' : row[k]!))], style: 'muted' });
  });
  return {
    kind: 'table',
    caption: `Tabell ${ctx.table()}: Per aktør, ${scopeText(ctx, scope)} (MNOK)`,
    columns: [
      { header: 'Aktør', width: 2.6 },
      ...group.map((r, j) => ({ header: j === 0 ? 'Estimater' : shortName(r.name), width: 1.1, format: 'mnok' as const })),
    ],
    rows,
  };
}

/** The styringsramme against the frames and each alternative's planned spend and lasting D&F. */
export function capSection(ctx: CaseContext): Block[] {
  const cap = ctx.c.cap;
  if (!cap) return [];
  const check = spanCheck(ctx.c, ctx.cc, ctx.results);
  const span = `${check.fromYear}–${check.toYear}`;
  const rows: TableRow[] = [
    { cells: [`Rammene ${span}`, check.framesKNok, '', check.framesKNok, check.framesWithinCap ? 'Ja' : 'Nei'], style: 'subtotal' },
    ...check.alternatives.map((a, j) => ({
      cells: [j === 0 ? 'Estimatene' : shortName(a.name), a.plannedKNok, a.opexKNok, a.countedKNok, a.withinCap ? 'Ja' : 'Nei'],
    })),
  ];
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: 'Styringsramme' },
    {
      kind: 'paragraph',
      text:
        `Styringsrammen er ${mnok(cap.kNok)} for ${span}${cap.source.ref ? ` (${cap.source.ref})` : ''}. ` +
        `Rammene i saken for ${span} er til sammen ${mnok(check.framesKNok)}. ` +
        (cap.includeOpex
          ? 'Kontrollen regner med planlagte beløp og varig drift og forvaltning i årene.'
          : 'Kontrollen regner bare med planlagte beløp, ikke drift og forvaltning.'),
    },
    {
      kind: 'table',
      caption: `Tabell ${ctx.table()}: Mot styringsrammen ${span} (MNOK)`,
      columns: [
        { header: '', width: 2.6 },
        { header: 'Planlagt', width: 1, format: 'mnok' },
        { header: 'Varig D&F', width: 1, format: 'mnok' },
        { header: 'Regnet mot rammen', width: 1.2, format: 'mnok' },
        { header: 'Innenfor', width: 0.8 },
      ],
      rows,
      note: `Planlagt gjelder bare år med estimater (${yearRanges(ctx.activeYears)}).`,
    },
  ];
  for (const w of check.warnings) blocks.push({ kind: 'callout', title: 'Over styringsrammen', text: w });
  const why = ctx.c.notes.find((n) => /styringsramme/i.test(n.title));
  if (check.warnings.length && why) blocks.push({ kind: 'paragraph', style: 'small', text: `Om avviket: se «${why.title}» under Om tallene.` });
  return blocks;
}

/** What followed the case: alternatives with role `followed` and the allocations per actor, beside the proposals. */
export function followedSection(ctx: CaseContext): Block[] {
  const { c, cc, results } = ctx;
  const followed = c.alternatives.filter((a) => a.role === 'followed');
  if (followed.length === 0 && c.allocations.length === 0) return [];
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: 'Det som fulgte etter saken' },
    { kind: 'paragraph', text: 'Dette var ikke alternativer i saken, men det som ble vedtatt og tildelt etterpå, sammenlignet med alternativene.' },
  ];
  for (const a of followed) {
    const r = results.find((x) => x.alternativeId === a.id);
    if (!r) continue;
    blocks.push({ kind: 'heading', level: 3, text: a.name });
    if (a.description.trim()) blocks.push({ kind: 'paragraph', text: a.description.trim() });
    if (a.source.ref) blocks.push({ kind: 'paragraph', style: 'small', text: `Kilde: ${a.source.ref}.` });
    blocks.push(allocationBlock(ctx, r, { kind: 'year', year: ctx.activeYears[0]! }));
  }
  if (c.allocations.length) {
    const N = cc.actorIds.length;
    const proposals = results.filter((r) => r.baseline || c.alternatives.some((a) => a.id === r.alternativeId && a.role === 'proposal'));
    const rows: TableRow[] = c.allocations.map((al) => {
      const y = cc.years.indexOf(al.year);
      const k = al.actorId === null ? -1 : cc.actorIds.indexOf(al.actorId);
      const actor = c.actors.find((x) => x.id === al.actorId);
      return {
        cells: [
          String(al.year),
          actor ? `${actor.shortName || actor.name}: ${al.label}` : al.label,
          al.kNok === null ? 'ikke oppgitt' : al.kNok,
          ...proposals.map((r) => (k >= 0 && y >= 0 && cc.planned[y] ? r.byActor[y * N + k]! : '–')),
        ],
      };
    });
    blocks.push({
      kind: 'table',
      caption: `Tabell ${ctx.table()}: Tildelt per aktør, og hva alternativene ville gitt (MNOK)`,
      columns: [
        { header: 'År', width: 0.6 },
        { header: 'Tildeling', width: 2.6 },
        { header: 'Tildelt', width: 1, format: 'mnok' },
        ...proposals.map((r, j) => ({ header: j === 0 ? 'Estimater' : shortName(r.name), width: 1, format: 'mnok' as const })),
      ],
      rows,
      note: c.allocations.map((al) => `${al.year} ${al.label}: ${al.source.ref ?? al.source.note ?? ''}`).join('\n'),
    });
  }
  return blocks;
}

/** What each proposal's section adds: per actor, the allocation table and the D&F level. */
export function perAlternativeBlocks(ctx: CaseContext, r: AlternativeResult, firstChangedYear: number, impact?: ImpactSource): Block[] {
  const blocks: Block[] = [actorTable(ctx, r), allocationBlock(ctx, r, { kind: 'year', year: firstChangedYear })];
  const level = opexLevelRow(ctx, r);
  if (level) blocks.push({ kind: 'paragraph', text: level });
  if (impact) blocks.push(...impactBlocks(ctx, r, impact));
  return blocks;
}

/** D&F levels of every alternative per year, with the total. */
export function opexLevelTable(ctx: CaseContext): Block[] {
  const years = ctx.cc.levelYears;
  if (years.length === 0 || ctx.results.every((r) => r.opexLevel.every((v) => v === 0))) return [];
  return [
    {
      kind: 'paragraph',
      text: 'En økning i drift og forvaltning kommer første gang året etter investeringen og blir værende hvert år etter, med mindre et sluttår er satt.',
    },
    {
      kind: 'table',
      caption: `Tabell ${ctx.table()}: D&F-nivå per år (MNOK)`,
      columns: [
        { header: 'Alternativ', width: 2.4 },
        ...years.map((y) => ({ header: String(y), width: 0.8, format: 'mnok' as const })),
        { header: `Sum ${years[0]}–${years[years.length - 1]}`, width: 1, format: 'mnok' as const },
      ],
      rows: ctx.results.map((r, j) => ({
        cells: [j === 0 ? 'Estimatene' : shortName(r.name), ...Array.from(r.opexLevel), r.opexLevel.reduce((s, v) => s + v, 0)],
      })),
    },
  ];
}

/** The portfolio period whose tiltak and dependencies a cut is shown against. */
export interface ImpactSource {
  report: PortfolioReport;
  /** "September 2022", "(rekonstruert)" included when so. */
  periodLabel: string;
}

const light = (t: TrafficLight | null) => (t ? TRAFFIC_LIGHT_LABELS[t] : '–');

/** What an alternative's cuts touch: the tiltak the cut lines fund and the dependencies on them, with status and risk. */
export function impactBlocks(ctx: CaseContext, r: AlternativeResult, source: ImpactSource): Block[] {
  const impacts = cutImpacts(ctx.c, ctx.cc, r, source.report);
  if (impacts.length === 0) return [];
  const rows: TableRow[] = [];
  for (const i of impacts) {
    for (const f of i.funded) {
      rows.push({ cells: [i.label, i.cutKNok, `${f.nr} ${f.name ?? '(finnes ikke i perioden)'}`, 'Finansieres av linjen', light(f.status), light(f.risk)] });
    }
    for (const d of i.dependencies) {
      rows.push({
        cells: [i.label, '', `${d.dependent.nr} ${d.dependent.name ?? ''}`.trim(), `Avhenger av ${d.dependsOnNr}${d.criticality ? ` (${CRITICALITY_LABELS[d.criticality].toLowerCase()} kritikalitet)` : ''}`, light(d.dependent.status), light(d.dependent.risk)],
        style: 'muted',
      });
    }
  }
  if (rows.length === 0) return [];
  return [
    { kind: 'heading', level: 3, text: 'Hva kuttene berører' },
    {
      kind: 'table',
      caption: `Tabell ${ctx.table()}: ${shortName(r.name)} – tiltak og avhengigheter som berøres (porteføljeperioden ${labelInSentence(source.periodLabel)})`,
      columns: [
        { header: 'Kuttet linje', width: 1.6 },
        { header: 'Kutt', width: 0.8, format: 'mnok' },
        { header: 'Tiltak', width: 2.4 },
        { header: 'Hvordan', width: 2 },
        { header: 'Status', width: 0.8 },
        { header: 'Risiko', width: 0.8 },
      ],
      rows,
    },
  ];
}
