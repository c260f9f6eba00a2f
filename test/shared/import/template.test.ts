import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { readSpreadsheet, findTables } from '../../../shared/spreadsheet/index.ts';
import { REPORT_TABLES } from '../../../shared/import/portfolio/specs.ts';
import { writeImportTemplate } from '../../../shared/import/template.ts';

describe('import template', () => {
  const bytes = writeImportTemplate(2025);

  it('holds Norwegian instructions and every canonical table, found by the reader', () => {
    const wb = readSpreadsheet(bytes, 'mal.xlsx');
    expect(wb.sheets.map((s) => s.name)).toEqual(['Veiledning', 'Rapport', 'Tiltak', 'Avhengigheter', 'Drift og forvaltning', 'Innsatsområder']);
    expect(wb.sheets[0]!.rows[0]!.cells[0]!.value).toBe('Slik fyller du ut malen');
    const found = findTables(wb, REPORT_TABLES).map((t) => [t.spec.id, t.sheet, t.columns.filter((c) => c.key === null).length]);
    expect(found).toEqual([
      ['metadata', 'Rapport', 0],
      ['initiatives', 'Tiltak', 0],
      ['dependencies', 'Avhengigheter', 0],
      ['opex', 'Drift og forvaltning', 0],
      ['focusAreas', 'Innsatsområder', 0],
    ]);
    const opex = findTables(wb, REPORT_TABLES).find((t) => t.spec.id === 'opex')!;
    expect(opex.columns.filter((c) => c.key === 'year').map((c) => c.header)).toEqual(['2025', '2026', '2027', '2028', '2029']);
  });

  it('offers drop-down lists for the enums', () => {
    const files = unzipSync(bytes);
    const tiltak = strFromU8(files['xl/worksheets/sheet3.xml']!);
    expect(tiltak).toContain('sqref="D2:D2000"><formula1>"Samstyre,Koordinere,Observere"</formula1>');
    expect(tiltak).toContain('sqref="E2:E2000"><formula1>"Konsept,Planlegge,Gjennomføre,Realisering,Avslutte"</formula1>');
    expect(tiltak).toContain('sqref="F2:F2000"><formula1>"Aktiv,Kandidat,Pause,Ferdig"</formula1>');
    expect(tiltak).toContain('sqref="G2:H2000"><formula1>"Grønn,Gul,Rød"</formula1>');
    expect(strFromU8(files['xl/worksheets/sheet4.xml']!)).toContain('<formula1>"Høy,Middels,Lav"</formula1>');
  });
});
