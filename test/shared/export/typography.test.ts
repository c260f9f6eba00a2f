import { describe, expect, it } from 'vitest';
import { buildCaseDocument } from '../../../shared/export/case-document.ts';
import { withoutAssistantText } from '../../../shared/export/case-sections.ts';
import { documentTexts } from '../../../shared/export/document.ts';
import { formatCell } from '../../../shared/export/format-cell.ts';
import { writePdf } from '../../../shared/export/pdf/write.ts';
import { typesetText } from '../../../shared/export/pdf/typeset.ts';
import { buildStatusReport } from '../../../shared/export/status-report.ts';
import { exampleCase, exampleReport } from './support/examples.ts';
import { readPdf, testFonts } from './support/pdf.ts';

const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('document typography', () => {
  it('formats cells with a minus sign, no signed zero, fixed decimals per format and a no-break space before %', () => {
    expect(formatCell(-20_000, 'mnok')).toBe(`${MINUS}20,0`);
    expect(formatCell(-30, 'mnok')).toBe('0,0');
    expect(formatCell(30, 'mnokSigned')).toBe('0,0');
    expect(formatCell(2_000, 'mnokSigned')).toBe('+2,0');
    expect(formatCell(-10, 'percent')).toBe(`${MINUS}10,0${NBSP}%`);
    expect(formatCell(-12.34, 'percent')).toBe(`${MINUS}12,3${NBSP}%`);
    expect(formatCell(-0.04, 'percent')).toBe(`0,0${NBSP}%`);
    expect(formatCell(-5, 'integer')).toBe(`${MINUS}5`);
    expect(formatCell(1_234_500, 'mnok')).toBe(`1${NBSP}234,5`);
  });

  it('typesets text: minus before numbers, no-break space between number and unit, hyphens in words and ranges kept', () => {
    expect(typesetText('Endring -5,0 MNOK og -12 % i 2023-2024 for Helse Sør-Øst')).toBe(`Endring ${MINUS}5,0${NBSP}MNOK og ${MINUS}12${NBSP}% i 2023-2024 for Helse Sør-Øst`);
    expect(typesetText('Balanse -0 MNOK')).toBe(`Balanse 0${NBSP}MNOK`);
    expect(typesetText('(-3,5 MNOK)')).toBe(`(${MINUS}3,5${NBSP}MNOK)`);
    expect(typesetText('Uten tall - bare tekst')).toBe('Uten tall - bare tekst');
  });

  it('prints no hyphen-minus before a figure and no "-0,0" in the example documents', async () => {
    const docs = [
      buildCaseDocument(exampleCase(), { generatedAt: '2023-10-31T08:00:00Z' }),
      buildStatusReport(exampleReport('portefolje-2022-09.xlsx'), exampleReport('portefolje-2022-05-rekonstruert.xlsx'), { generatedAt: '2022-09-30T00:00:00Z' }),
    ];
    for (const d of docs) {
      const pdf = await readPdf(await writePdf(d, testFonts()));
      expect(pdf.text).not.toMatch(/(^|[\s(])-\d/m);
      expect(pdf.text).not.toMatch(/[-\u2212\u2013]0,0(?!\d)/);
      // No line breaks between a number and its unit (text extractors print the no-break space as a space).
      expect(pdf.text).not.toMatch(/\d\n(%|MNOK)/);
    }
  }, 60_000);
});

describe('the directorate’s voice in the case document', () => {
  const c = exampleCase();
  const texts = documentTexts(buildCaseDocument(c, { generatedAt: '2023-10-31T08:00:00Z' })).join('\n');

  it('leaves the balancing assistant’s draft sentences out', () => {
    expect(c.alternatives.some((a) => a.description.includes('Laget med balanseringsassistenten'))).toBe(true);
    for (const t of ['Laget med balanseringsassistenten', 'låste linjer og minstebeløp er respektert', 'Alternativet er nå innenfor rammen']) expect(texts).not.toContain(t);
    expect(withoutAssistantText('Eget forslag. Laget med balanseringsassistenten (forholdsmessig). Kuttet 5 MNOK i 2024: a −5 MNOK (−10 %). Alternativet er nå innenfor rammen i 2024.')).toBe('Eget forslag.');
  });

  it('points from the computed gap to where the difference to the source’s gap is explained', () => {
    expect(texts).toContain('Det mangler ca. 17 millioner kroner');
    expect(texts).toMatch(/Det mangler 51,7 MNOK[^\n]*avviker fra «ca\. 17 millioner kroner» i teksten over; forskjellen er forklart under «Om tallene»/);
  });
});

describe('status report contents', () => {
  const model = buildStatusReport(exampleReport('portefolje-2022-09.xlsx'), exampleReport('portefolje-2022-05-rekonstruert.xlsx'), { generatedAt: '2022-09-30T00:00:00Z' });
  const table = model.blocks.find((b) => b.kind === 'table' && b.caption === 'Tabell 1: Nøkkeltall');
  const row = (label: string) => (table?.kind === 'table' ? table.rows.find((r) => r.cells[0] === label)?.cells : undefined);
  const texts = documentTexts(model).join('\n');

  it('states the Samstyre budget the report gives', () => {
    expect(row('Budsjett for tiltak i Samstyre 2022')?.[1]).toBe('715,2 MNOK');
  });

  it('shows unknown previous dependencies as –, not 0', () => {
    expect(row('Avhengigheter registrert')).toEqual(['Avhengigheter registrert', 2, '–', '–']);
  });

  it('explains why the yellow list is shorter than the yellow key figure', () => {
    expect(row('Gul status (aktive)')?.[1]).toBe(24);
    expect(texts).toContain('24 aktive tiltak har gul status (tabell 1). Ett av dem har rød risiko og står i listen over tiltak med rød status eller risiko: 201 Statistisk logganalyse. Listen under har de øvrige 23.');
  });

  it('writes month names in lower case mid-sentence', () => {
    expect(texts).toContain('Porteføljelisten for september 2022');
    expect(texts).toContain('Endringer siden forrige periode (mai 2022)');
    expect(texts).not.toMatch(/[a-zæøå,] (Januar|Februar|Mars|April|Mai|Juni|Juli|August|September|Oktober|November|Desember) \d{4}/);
  });
});
