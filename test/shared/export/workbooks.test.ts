import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { computeCase } from '../../../shared/budget/compute.ts';
import type { BudgetCase } from '../../../shared/budget/model.ts';
import { readEstimatesWorkbook } from '../../../shared/budget/workbook.ts';
import { writeCaseWorkbook } from '../../../shared/export/xlsx/case-workbook.ts';
import { writePortfolioWorkbook } from '../../../shared/export/xlsx/portfolio-workbook.ts';
import { importPortfolio } from '../../../shared/import/index.ts';
import { readSpreadsheet } from '../../../shared/spreadsheet/index.ts';
import type { PortfolioReport } from '../../../shared/portfolio/model.ts';
import { exampleCase, exampleReport } from './support/examples.ts';

const INJECTIONS = ['=HYPERLINK("http://evil.example","klikk")', '+1+1', '-2+3', '@SUM(A1)', '\tfane', '\rCR', '\nLF'];

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

/** A report without per-row provenance, for comparing what was written with what was read. */
function plain(r: PortfolioReport) {
  const strip = <T extends { source: unknown }>(x: T) => ({ ...x, source: null });
  return { ...r, initiatives: r.initiatives.map(strip), dependencies: r.dependencies.map(strip), opex: r.opex.map(strip) };
}

describe('portfolio workbook', { timeout: 30_000 }, () => {
  it('reads back as the same period through the importer, extra columns and markers included', () => {
    const report = exampleReport('portefolje-2022-09.xlsx');
    report.extraColumns.initiatives = ['Kontaktperson', 'Kommentar'];
    report.initiatives.forEach((i, n) => (i.extra = { Kontaktperson: `Person ${n} æøå`, Kommentar: n % 2 ? 'Merknad' : '' }));
    report.initiatives[0]!.extra['Kommentar'] = INJECTIONS[0]!;
    report.initiatives[1]!.name = INJECTIONS[1]!;
    const bytes = writePortfolioWorkbook(report);
    const back = importPortfolio([{ name: 'eksport.xlsx', bytes }]);
    expect(back.errors).toEqual([]);
    expect(back.ok).toBe(true);
    const a = plain(report);
    const b = plain(back.report!);
    // The reader records blank extra cells as absent; compare what carries text.
    const filled = (x: Record<string, string>) => Object.fromEntries(Object.entries(x).filter(([, v]) => v !== ''));
    expect(b.initiatives.map((i) => ({ ...i, extra: filled(i.extra) }))).toEqual(a.initiatives.map((i) => ({ ...i, extra: filled(i.extra) })));
    expect(b.dependencies).toEqual(a.dependencies);
    expect(b.opex).toEqual(a.opex);
    expect(b.opexYears).toEqual(a.opexYears);
    expect(b.period).toEqual(a.period);
    expect(b.focusAreas).toEqual(a.focusAreas);
    expect(b.extraColumns).toEqual(a.extraColumns);
    expect(back.summary?.active).toBe(42);
  });

  it('keeps names that look like Excel escapes or hold control characters (export → import)', () => {
    const report = exampleReport('portefolje-2022-09.xlsx');
    const names = ['_x0041_', 'A_x005F_x0042_B', 'Linje\u0001skift', 'Tiltak 𝔘 \ud800'];
    names.forEach((n, i) => (report.initiatives[i]!.name = n));
    const back = importPortfolio([{ name: 'eksport.xlsx', bytes: writePortfolioWorkbook(report) }]);
    expect(back.report!.initiatives.slice(0, names.length).map((i) => i.name)).toEqual(names);
  });

  it('writes formula-like text as quote-prefixed text cells, never as formulas', () => {
    const report = exampleReport('portefolje-2022-09.xlsx');
    INJECTIONS.forEach((t, i) => (report.initiatives[i]!.name = `${t}`));
    const bytes = writePortfolioWorkbook(report);
    const files = unzipSync(bytes);
    const sheet = strFromU8(files['xl/worksheets/sheet2.xml']!);
    expect(sheet).not.toContain('<f>');
    const styles = strFromU8(files['xl/styles.xml']!);
    const xfs = [...styles.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map((m) => m[0]).slice(1); // skip cellStyleXfs
    const sst = strFromU8(files['xl/sharedStrings.xml']!);
    const index = Number(/<c r="C2" s="\d+" t="s"><v>(\d+)<\/v>/.exec(sheet)![1]);
    expect([...sst.matchAll(/<si><t[^>]*>(.*?)<\/t><\/si>/gs)][index]![1]).toMatch(/^=HYPERLINK/);
    const style = Number(/<c r="C2" s="(\d+)"/.exec(sheet)![1]);
    expect(xfs[style]).toContain('quotePrefix="1"');
    const back = importPortfolio([{ name: 'x.xlsx', bytes }]);
    expect(back.report!.initiatives.slice(0, INJECTIONS.length).map((i) => i.name)).toEqual(INJECTIONS.map((t) => t.trim()));
  });

  it('calculates: D&F "Sum per år" and "Akkumulert" as formulas with the report\'s totals, key figures as numbers, dates as dates', async () => {
    const report = exampleReport('portefolje-2022-09.xlsx');
    const wb = await load(writePortfolioWorkbook(report));
    const opex = wb.getWorksheet('Drift og forvaltning')!;
    const sumRow = opex.getColumn(1).values.findIndex((v) => v === 'Sum per år');
    expect(sumRow).toBeGreaterThan(report.opex.length + 1);
    const sum2024 = opex.getRow(sumRow).getCell(4 + report.opexYears.indexOf(2024));
    expect(sum2024.formula).toMatch(/^SUM\([A-Z]+2:[A-Z]+\d+\)$/);
    expect(sum2024.result).toBeCloseTo(97.0, 6);
    const acc2026 = opex.getRow(sumRow + 1).getCell(4 + report.opexYears.indexOf(2026));
    expect(acc2026.formula).toMatch(/^[A-Z]+\d+\+[A-Z]+\d+$/);
    expect(acc2026.result).toBeCloseTo(243.6, 6);
    const rapport = wb.getWorksheet('Rapport')!;
    const values = new Map(rapport.getSheetValues().slice(2).map((r) => [(r as unknown[])[1], (r as unknown[])[2]]));
    expect(values.get('avhengigheter_rapportert_totalt')).toBe(87);
    expect(values.get('rapporteringsdato')).toBeInstanceOf(Date);
    // and the importer still gives back the same period, the sum rows skipped
    const back = importPortfolio([{ name: 'eksport.xlsx', bytes: writePortfolioWorkbook(report) }]);
    expect(back.errors).toEqual([]);
    expect(back.report!.opex).toHaveLength(report.opex.length);
    expect(back.report!.metadata['avhengigheter_rapportert_totalt']).toBe('87');
  });

  it('has the canonical sheets with header style, frozen header, autofilter, MNOK format and print set-up', async () => {
    const report = exampleReport('portefolje-2022-09.xlsx');
    const wb = await load(writePortfolioWorkbook(report));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Rapport', 'Tiltak', 'Avhengigheter', 'Drift og forvaltning', 'Innsatsområder']);
    const t = wb.getWorksheet('Tiltak')!;
    expect(t.getCell('A1').value).toBe('Nr');
    expect(t.getCell('A1').font?.bold).toBe(true);
    expect(t.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(t.autoFilter).toBeTruthy();
    expect(t.pageSetup.orientation).toBe('landscape');
    expect(t.pageSetup.paperSize).toBe(9);
    const opex = wb.getWorksheet('Drift og forvaltning')!;
    const cell = opex.getCell('F2');
    expect(typeof cell.value).toBe('number');
    expect(cell.numFmt).toBe('#,##0.0');
  });
});

describe('case workbook', { timeout: 30_000 }, () => {
  const c = exampleCase();

  it('opens in the app again: the estimates reader gives the same figures for every alternative', async () => {
    const bytes = await writeCaseWorkbook(c);
    const back = readEstimatesWorkbook(readSpreadsheet(bytes, 'sak.xlsx'));
    expect(back.issues).toEqual([]);
    const figures = (x: BudgetCase) =>
      computeCase(x).map((r) => ({ name: r.name, recommended: r.recommended, total: [...r.total], balance: [...r.balance], follow: [...r.followOnByYear] }));
    expect(figures(back.case!)).toEqual(figures(c));
    expect(back.case!.meta).toEqual(c.meta);
    expect(back.case!.alternatives.map((a) => a.consequences)).toEqual(c.alternatives.map((a) => a.consequences));
    expect(back.case!.frames.map((f) => [f.year, f.frameKNok, f.setAsides.map((x) => x.amount)])).toEqual(c.frames.map((f) => [f.year, f.frameKNok, f.setAsides.map((x) => x.amount)]));
  });

  it('has one sheet per alternative and a comparison whose totals, deltas, available and balance are live formulas', async () => {
    const wb = await load(await writeCaseWorkbook(c));
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual([
      'Sammenligning', 'Alternativ 1', 'Alternativ 2', 'Vedtatt fordeling 2024', 'Ramme', 'Avsetninger', 'Estimater', 'Alternativer', 'Alternativliste',
      'Konsekvenser', 'Styringsramme', 'Tildelt', 'Navn og id', 'Merknader', 'Sak',
    ]);
    const cmp = wb.getWorksheet('Sammenligning')!;
    expect(cmp.getCell('A4').value).toBe('Tjenesteområde');
    // First line: PLL NHN; its amounts come from the alternatives' sheets, deltas are formulas.
    expect(cmp.getCell('D5').value).toMatchObject({ formula: 'Estimater!D4', result: 67.7 });
    expect(cmp.getCell('E5').value).toMatchObject({ formula: "'Alternativ 1'!E5" });
    expect(cmp.getCell('H5').value).toMatchObject({ formula: 'E5-D5' });
    const rows = cmp.getRows(1, cmp.rowCount)!;
    const find = (label: string) => rows.find((r) => r.getCell(1).value === label)!;
    const sum = find('Sum 2024');
    expect(sum.getCell(4).value).toMatchObject({ formula: 'SUMIF($C$5:$C$14,2024,D$5:D$14)', result: 269.1 });
    const available = find('Til fordeling 2024');
    expect(available.getCell(4).value).toMatchObject({ formula: 'Ramme!G4', result: 217.448 });
    const bal = find('Balanse 2024 (negativt: mangler)');
    expect(bal.getCell(4).value).toMatchObject({ result: -51.652 });
    expect((bal.getCell(6).value as { formula: string }).formula).toBe(`F${available.number}-F${sum.number}`);
    expect(find('Innenfor rammen 2024').getCell(6).value).toMatchObject({ result: 'Ja' });
    // Per actor: SUMIFS over year and actor, for the estimates and every alternative.
    const nhn = rows.find((r) => r.getCell(1).value === 'Sum 2024' && r.getCell(2).value === 'Norsk helsenett SF')!;
    expect(nhn.getCell(4).value).toMatchObject({ formula: 'SUMIFS(D$5:D$14,$C$5:$C$14,2024,$B$5:$B$14,"Norsk helsenett SF")', result: 199.7 });
    expect(nhn.getCell(6).value).toMatchObject({ result: 153.093 });
    expect(cmp.getCell('D5').numFmt).toBe('#,##0.0');
    expect(cmp.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(cmp.autoFilter).toBeTruthy();
    expect(cmp.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });

    const ramme = wb.getWorksheet('Ramme')!;
    expect(ramme.getCell('F4').value).toMatchObject({ formula: 'IF(D4<>"",ROUND((B4-C4)*D4/100,3),N(E4))', result: 29.652 });
    const alt2 = wb.getWorksheet('Alternativ 2')!;
    expect(typeof alt2.getCell('E5').value).toBe('number');
    expect(alt2.getCell('G9').numFmt).toBe('0.0%');
    expect(alt2.getCell('E5').fill).toMatchObject({ fgColor: { argb: 'FFFFF7D6' } });
    // Provenance travels in the Kilde columns, the case notes in Merknader.
    const est = wb.getWorksheet('Estimater')!;
    expect([est.getCell('K3').value, est.getCell('K4').value]).toEqual(['Kilde', 'Fra dokument']);
    expect(wb.getWorksheet('Merknader')!.getCell('A4').value).toBe(c.notes[0]!.title);
    // The Alternativer table the app reads follows the alternative's sheet.
    const alts = wb.getWorksheet('Alternativer')!;
    expect(alts.getCell('E4').value).toMatchObject({ formula: "'Alternativ 1'!E5" });
    // The balancing choices: editable on the alternative's sheet, followed by Alternativer; an
    // overridden D&F in K wins over the share of the estimate's D&F.
    expect([alt2.getCell('I4').value, alt2.getCell('J4').value, alt2.getCell('K4').value]).toEqual(['Låst (Ja/Nei)', 'Minstebeløp (MNOK)', 'Overstyrt økt D&F (MNOK)']);
    expect(alt2.getCell('H5').value).toMatchObject({ formula: expect.stringMatching(/^IF\(K5<>"",K5,IF\(Estimater!D4=0,/) });
    expect(alt2.getCell('I5').value).toBe('Nei');
    expect((alt2 as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model['I14']).toMatchObject({ type: 'list', formulae: ['"Ja,Nei"'] });
    expect(alts.getCell('H4').value).toMatchObject({ formula: `IF('Alternativ 1'!I5="","",'Alternativ 1'!I5)`, result: 'Nei' });
    expect(alts.getCell('J4').value).toMatchObject({ formula: `IF('Alternativ 1'!K5="","",'Alternativ 1'!K5)` });
  });

  it('writes the case date on the Sak sheet as a date', async () => {
    const wb = await load(await writeCaseWorkbook(exampleCase(), { generatedAt: '2026-01-01T00:00:00.000Z' }));
    const sak = wb.getWorksheet('Sak')!;
    const row = sak.getSheetValues().find((r) => Array.isArray(r) && r[1] === 'Dato') as unknown[];
    expect(row[2]).toBeInstanceOf(Date);
    expect((row[2] as Date).toISOString().slice(0, 10)).toBe('2023-10-31');
  });

  it('keeps formula-like text as text', async () => {
    const hostile: BudgetCase = {
      ...c,
      title: INJECTIONS[0]!,
      meta: { ...c.meta, purpose: INJECTIONS[1]!, caseOfficer: INJECTIONS[3]! },
      alternatives: c.alternatives.map((a, i) => ({ ...a, consequences: [INJECTIONS[i + 2]!, ...a.consequences] })),
    };
    const bytes = await writeCaseWorkbook(hostile);
    const wb = await load(bytes);
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) expect(cell.formula).not.toMatch(/HYPERLINK|SUM\(A1\)|^1\+1/);
        }),
      );
    }
    const sak = wb.getWorksheet('Sak')!;
    expect(sak.getCell('B4').value).toBe(INJECTIONS[0]);
    const back = readEstimatesWorkbook(readSpreadsheet(bytes, 'sak.xlsx'));
    expect(back.case!.title).toBe(INJECTIONS[0]);
  });
});
