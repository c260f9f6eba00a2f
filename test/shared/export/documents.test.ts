import { describe, expect, it } from 'vitest';
import type { BudgetCase } from '../../../shared/budget/model.ts';
import { buildCaseDocument } from '../../../shared/export/case-document.ts';
import { documentTexts } from '../../../shared/export/document.ts';
import { writePdf } from '../../../shared/export/pdf/write.ts';
import { buildStatusReport } from '../../../shared/export/status-report.ts';
import { exampleCase, exampleReport as report } from './support/examples.ts';
import { readPdf, testFonts } from './support/pdf.ts';

const headingTexts = (blocks: ReturnType<typeof buildCaseDocument>['blocks']) =>
  blocks.filter((b) => b.kind === 'heading' && b.level <= 2).map((b) => (b.kind === 'heading' ? b.text : ''));

describe('NUIT case document', { timeout: 60_000 }, () => {
  const c = exampleCase();
  const model = buildCaseDocument(c, { generatedAt: '2023-10-31T08:00:00Z', workbookName: 'sak-43-23.xlsx' });

  it('has the sections of NUIT case 43/23, in order', () => {
    const h = headingTexts(model.blocks);
    const order = ['Forslag til vedtak', 'Hensikt med saken', 'Bakgrunn', 'Leveranser og estimater per tjenesteområde', 'Budsjettalternativer',
      c.alternatives[0]!.name, c.alternatives[1]!.name, 'Sammenligning av alternativene', 'Drift og forvaltning som følge av alternativene', 'Anbefaling', 'Vedlegg'];
    const positions = order.map((t) => h.indexOf(t));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const header = model.blocks.find((b) => b.kind === 'keyValue');
    expect(header?.kind === 'keyValue' && header.rows.map((r) => `${r.key}=${r.value}`)).toEqual([
      'Til=NUIT', 'Møte=NUIT møte 4/2023 (ekstramøte)', 'Dato=31.10.2023', 'Saksnummer=43/23', 'Sakstype=Drøfting',
      'Fra=Direktoratet for e-helse', 'Saksbehandler=Lucie Aunan, Rune Røren',
    ]);
    expect(model.meta.language).toBe('nb-NO');
    expect(model.running.headerLeft).toContain('sak 43/23');
  });

  it('states the frame, reserve, what is available and what is missing, as computed by the budget engine', () => {
    const all = documentTexts(model).join('\n');
    expect(all).toContain('Rammen for 2024 er 267,1 MNOK');
    expect(all).toContain('Helseteknologiordningen: 20,0 MNOK er øremerket og holdes utenfor saken.');
    expect(all).toContain('Usikkerhetsavsetning til HOD: 12 % av rammen minus øremerket (29,7 MNOK) holdes tilbake.');
    expect(all).toContain('Til fordeling er dermed 217,4 MNOK (267,1 − 20,0 øremerket − 12 % av 247,1 = 217,4).');
    expect(all).toContain('Det mangler 51,7 MNOK');
  });

  it('names the attachments as the source does, and gives the workbook the next label', () => {
    const all = documentTexts(model);
    const at = all.indexOf('Vedlegg', all.indexOf('Anbefaling'));
    expect(all.slice(at + 1, at + 4)).toEqual([
      'Vedlegg 1A: Digital Samhandling – Estimat NHN 2024 v.1.0',
      'Vedlegg 1B: Digital Samhandling – Estimat E-helse 2024 v.1.0',
      'Vedlegg 1C: sak-43-23.xlsx – estimater, alternativer og sammenligning (Excel)',
    ]);
    // without the case's own list: the estimates' source documents, numbered
    const plain = documentTexts(buildCaseDocument({ ...c, meta: { ...c.meta, attachments: '' } }, { workbookName: 'sak.xlsx', generatedAt: '2026-01-01T00:00:00.000Z' }));
    expect(plain.filter((t) => t.startsWith('Vedlegg '))).toEqual([
      expect.stringMatching(/^Vedlegg 1: NUIT-sak 43\/23 \(31\.10\.2023\), estimater per tjenesteområde/),
      'Vedlegg 2: sak.xlsx – estimater, alternativer og sammenligning (Excel)',
    ]);
  });

  it('gives each proposal per actor and a table shaped like the mandates’ table 2, and keeps what followed apart', () => {
    const all = documentTexts(model).join('\n');
    expect(all).toContain('Alternativ 2 – per aktør (MNOK)');
    expect(all).toContain('Alternativ 2 – fordeling mellom aktørene, 2024 (MNOK)');
    expect(all).toContain('Varig drift og forvaltning (D&F-nivå): 14,3 MNOK per år i 2025–2030; til sammen 85,8 MNOK for 2025–2030.');
    expect(all).toContain('Det som fulgte etter saken');
    expect(all).toContain('Tildelt per aktør, og hva alternativene ville gitt (MNOK)');
    const list = model.blocks.find((b) => b.kind === 'list' && b.ordered);
    expect(list?.kind === 'list' && list.items.map((i) => i.slice(0, 13))).toEqual(['Alternativ 1 ', 'Alternativ 2 ']);
    expect(all).toContain('Om saksnummeret: Kilden skriver selv «Sak 42-23»');
  });

  it('shows what each alternative’s cuts touch in a chosen portfolio period, with status and risk', () => {
    const period = report('portefolje-2022-09.xlsx');
    const withImpact = buildCaseDocument(c, { generatedAt: '2023-10-31T08:00:00Z', impact: { report: period, periodLabel: 'September 2022' } });
    const tables = withImpact.blocks.filter((b) => b.kind === 'table' && /tiltak og avhengigheter som berøres/.test(b.caption ?? ''));
    expect(tables.map((t) => (t.kind === 'table' ? t.caption : ''))).toEqual([
      expect.stringContaining('Alternativ 1 – tiltak og avhengigheter som berøres (porteføljeperioden september 2022)'),
      expect.stringContaining('Alternativ 2 – tiltak og avhengigheter som berøres (porteføljeperioden september 2022)'),
    ]);
    const first = tables[0]!;
    const cells = first.kind === 'table' ? first.rows.map((r) => r.cells.map(String)) : [];
    expect(cells.some((r) => r[2]!.startsWith('194 ') && r[3] === 'Finansieres av linjen' && r[4] !== '–')).toBe(true);
    expect(documentTexts(model).join('\n')).not.toContain('Hva kuttene berører');
  });

  it('shows the styringsramme against frames of 1 395,2 MNOK and warns, with a pointer to the reasons', () => {
    const all = documentTexts(model).join('\n').replace(/\s/g, ' ');
    expect(all).toContain('Styringsrammen er 1 250,0 MNOK for 2024–2029');
    expect(all).toContain('Rammene for 2024–2029 er til sammen 1 395,2 MNOK, 145,2 MNOK over styringsrammen på 1 250,0 MNOK.');
    expect(all).toContain('Om avviket: se «Styringsrammen 1 250 MNOK og mandatenes rammer» under Om tallene.');
  });

  it('renders to a PDF whose text holds the headings, figures and Norwegian letters', async () => {
    const pdf = await readPdf(await writePdf(model, testFonts()));
    for (const t of ['Forslag til vedtak', 'Hensikt med saken', 'Pasientens måledata', 'Pasientens prøvesvar', 'Sammenligning av alternativene', 'Anbefaling', 'Vedlegg']) {
      expect(pdf.text).toContain(t);
    }
    expect(pdf.text).toContain('267,1');
    expect(pdf.text).toContain('217,4');
    expect(pdf.text).toContain('Saksbehandler');
    expect(pdf.text).toContain('Lucie Aunan, Rune Røren');
    expect(pdf.info['Title']).toBe(c.title);
    expect(pdf.pages.length).toBeGreaterThan(4);
    expect(pdf.pages[0]!.text).toContain(`Side 1 av ${pdf.pages.length}`);
  });

  it('copes with an empty case: no alternatives, no text filled in', async () => {
    const empty: BudgetCase = { ...c, alternatives: [], meta: { ...c.meta, proposedDecision: '', purpose: '', background: '', recommendation: '' }, notes: [] };
    const pdf = await readPdf(await writePdf(buildCaseDocument(empty, { generatedAt: '2024-01-01T00:00:00Z' }), testFonts()));
    expect(pdf.text).toContain('Saken har ingen alternativer ennå.');
    expect(pdf.text).toContain('Forslag til vedtak er ikke fylt ut.');
  });
});

describe('portfolio status report', { timeout: 60_000 }, () => {
  const now = report('portefolje-2022-09.xlsx');
  const prev = report('portefolje-2022-05-rekonstruert.xlsx');
  const model = buildStatusReport(now, prev, { generatedAt: '2022-09-30T00:00:00Z' });

  it('shows the report’s own key figures', () => {
    const table = model.blocks.find((b) => b.kind === 'table' && b.caption === 'Tabell 1: Nøkkeltall');
    if (table?.kind !== 'table') throw new Error('Nøkkeltall mangler');
    const get = (label: string) => table.rows.find((r) => r.cells[0] === label)?.cells[1];
    expect(get('Tiltak i porteføljelisten')).toBe(46);
    expect(get('Aktive tiltak')).toBe(42);
    expect(get('   aktive i Samstyre')).toBe(13);
    expect(get('Gul status (aktive)')).toBe(24);
    expect(get('Rød status (aktive)')).toBe(0);
    expect(get('Rød risiko (aktive)')).toBe(1);
    expect(get('Nye tiltak siden forrige periode')).toBe(10);
    expect(get('Avsluttede tiltak siden forrige periode')).toBe(1);
  });

  it('draws status and risk by segment as charts and lists the appendix in landscape', () => {
    const charts = model.blocks.filter((b) => b.kind === 'barChart');
    expect(charts).toHaveLength(2);
    const status = charts[0]!;
    if (status.kind !== 'barChart') throw new Error();
    expect(status.categories).toEqual(['Samstyre', 'Koordinere', 'Observere']);
    const yellow = status.series.find((s) => s.name === 'Gul')!.values.reduce((a, b) => a + b, 0);
    expect(yellow).toBe(24);
    expect(model.blocks.some((b) => b.kind === 'pageBreak' && b.orientation === 'landscape')).toBe(true);
  });

  it('renders red and yellow lists, dependencies, D&F totals, changes and the full list', async () => {
    const pdf = await readPdf(await writePdf(model, testFonts()));
    expect(pdf.text).toContain('Statistisk logganalyse');
    expect(pdf.text).toContain('Avhengigheter med høy kritikalitet');
    expect(pdf.text).toContain('Sum per år');
    expect(pdf.text).toContain('Rapporten selv oppgir 87 (beregnet 86,2) akkumulert i 2023');
    for (const t of ['32,8', '53,4', '97,0', '40,4', '20,0', '86,2', '183,2', '223,6', '243,6']) expect(pdf.text).toContain(t);
    expect(pdf.text).toContain('Kjernejournal dokumentdeling');
    expect(pdf.text).toContain('Status: fra Rød til Gul');
    expect(pdf.text).toContain('Vedlegg: Alle tiltak');
    for (const i of now.initiatives) expect(pdf.text).toContain(i.name.split(' ')[0]!);
    const last = pdf.pages.at(-1)!;
    expect(last.width).toBeGreaterThan(last.height);
  });
});
