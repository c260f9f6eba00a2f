import { describe, expect, it } from 'vitest';
import { importPortfolio } from '../../../shared/import/index.ts';
import type { ImportIssue } from '../../../shared/import/index.ts';
import { rawXlsx, rowXml } from '../../helpers/raw-xlsx.ts';
import { csv, tiltakCsv } from '../../helpers/portfolio-builders.ts';

const at = (i: ImportIssue) => ({ sheet: i.sheet, row: i.row, column: i.column, message: i.message });

describe('importPortfolio: tolerance', () => {
  it('finds the tiltak table below title rows, whatever the sheet is called, with columns in any order and synonyms', () => {
    const bytes = rawXlsx({
      sheets: [
        {
          name: 'Vedlegg',
          sheetData:
            rowXml(1, ['Nasjonal e-helseportefølje 2022']) +
            rowXml(2, ['Oversikt per september']) +
            rowXml(4, ['STATUS', 'ID', 'Navn', 'eier', 'Segment', 'Aktiv', 'Risk', 'Merknad fra aktør']) +
            rowXml(5, ['Green', 47, 'Program for kodeverk', 'Direktoratet for e-helse', 'samstyre ', 'Active', 'yellow', 'Egen kommentar']),
        },
      ],
    });
    const r = importPortfolio([{ name: 'v.xlsx', bytes }]);
    expect(r.errors).toEqual([]);
    expect(r.report!.initiatives[0]).toMatchObject({
      nr: '47',
      name: 'Program for kodeverk',
      owner: 'Direktoratet for e-helse',
      segment: 'samstyre',
      activity: 'active',
      status: 'green',
      risk: 'yellow',
      extra: { 'Merknad fra aktør': 'Egen kommentar' },
      source: { file: 'v.xlsx', sheet: 'Vedlegg', row: 5 },
    });
    expect(r.report!.extraColumns.initiatives).toEqual(['Merknad fra aktør']);
  });

  it('takes the segment from group-heading rows (Vedlegg 2 style), also when merged', () => {
    const bytes = rawXlsx({
      sheets: [
        {
          name: 'Tiltak',
          sheetData:
            rowXml(1, ['Nr', 'Aktør', 'Tiltaksnavn', 'Fase', 'Er prosjektet aktivt?', 'Status', 'Risiko', 'Innsatsområde']) +
            rowXml(2, ['Samstyre']) +
            rowXml(3, [47, 'Dir', 'A', 'Gjennomføre', 'Aktiv', 'Grønn', 'Gul', '1.1']) +
            rowXml(4, ['Observere']) +
            rowXml(5, [196, 'FHI', 'B', 'Gjennomføre', 'Aktiv', 'Grønn', null, '2.2 - Dele oppdaterte legemiddelopplysninger']),
          after: '<mergeCells count="1"><mergeCell ref="A4:H4"/></mergeCells>',
        },
      ],
    });
    const r = importPortfolio([{ name: 'v2.xlsx', bytes }]);
    expect(r.errors).toEqual([]);
    expect(r.report!.initiatives.map((i) => [i.nr, i.segment, i.focusArea])).toEqual([
      ['47', 'samstyre', { code: '1.1', name: '' }],
      ['196', 'observere', { code: '2.2', name: 'Dele oppdaterte legemiddelopplysninger' }],
    ]);
  });

  it('reads several CSV files of one period, with metadata, D&F markers and footnotes', () => {
    const r = importPortfolio([
      { name: 'rapport.csv', bytes: csv(['Felt;Verdi', 'periode;2022-09', 'rapporteringsdato;30.06.2022', 'tittel;Status']) },
      tiltakCsv('160;Dir;Program Pasientens legemiddelliste;Samstyre;Gjennomføre;Aktiv;Gul;Gul;2.2'),
      {
        name: 'dof.csv',
        bytes: csv([
          'Løsning;Tiltak;2022;2023;2024;Merknad',
          'e-resept;Program pasientens legemiddelliste;*;-;"2,4";* Dekkes av programmet',
          'Helsenorge;Førerett;**;;1 000;',
          'Sum;;;;;',
        ]),
      },
    ]);
    expect(r.errors).toEqual([]);
    const rep = r.report!;
    expect(rep.period).toMatchObject({ key: '2022-09', reportDate: '2022-06-30', title: 'Status', reconstructed: false });
    expect(rep.opexYears).toEqual([2022, 2023, 2024]);
    expect(rep.opex[0]!.years).toEqual({
      '2022': { kind: 'marker', marker: '*', footnote: 'Dekkes av programmet' },
      '2023': { kind: 'marker', marker: '-' },
      '2024': { kind: 'amount', kNok: 2400 },
    });
    expect(rep.opex[0]!.initiativeNr).toBe('160');
    expect(rep.opex[1]!.years['2023']).toEqual({ kind: 'marker', marker: 'blank' });
    expect(rep.opex[1]!.years['2024']).toEqual({ kind: 'amount', kNok: 1_000_000 });
    expect(r.summary!.opexTotalsKNok).toEqual({ '2022': 0, '2023': 0, '2024': 1_002_400 });
    expect(r.warnings.map(at)).toEqual([
      { sheet: 'dof.csv', row: 4, column: 'A', message: 'Summeringsraden hoppes over: appen beregner årlige og akkumulerte summer selv.' },
      { sheet: 'dof.csv', row: 3, column: 'F', message: 'Markøren «**» er ikke forklart: skriv forklaringen i Merknad, innledet med **.' },
    ]);
  });

  it('leaves the period null without a metadata table', () => {
    const r = importPortfolio([tiltakCsv('1;A;B;Samstyre;Konsept;Kandidat;Grønn;Grønn;1.1')]);
    expect(r.ok).toBe(true);
    expect(r.report!.period).toBeNull();
  });
});

describe('importPortfolio: errors and warnings name sheet, row and column', () => {
  const errorsOf = (...rows: string[]) => importPortfolio([tiltakCsv(...rows)]).errors.map(at);

  it('unknown status, risk, segment, phase and activity', () => {
    expect(errorsOf('1;A;B;Samstyre;Gjennomføre;Aktiv;Blå;Gul;1.1')).toEqual([
      { sheet: 'tiltak.csv', row: 2, column: 'G', message: 'Ukjent verdi «Blå». Gyldige verdier: Grønn, Gul, Rød.' },
    ]);
    expect(errorsOf('1;A;B;Samstyre;Gjennomføre;Aktiv;Gul;Oransje;1.1')[0]).toMatchObject({ row: 2, column: 'H' });
    expect(errorsOf('1;A;B;Styre;Gjennomføre;Aktiv;Gul;Gul;1.1')[0]).toMatchObject({ row: 2, column: 'D', message: expect.stringMatching(/^Ukjent segment «Styre»/) });
    expect(errorsOf('1;A;B;Samstyre;Ferdigstille;Aktiv;Gul;Gul;1.1')[0]).toMatchObject({ row: 2, column: 'E', message: expect.stringMatching(/^Ukjent fase/) });
    expect(errorsOf('1;A;B;Samstyre;Konsept;Kanskje;Gul;Gul;1.1')[0]).toMatchObject({ row: 2, column: 'F' });
  });

  it('duplicate tiltak number', () => {
    expect(errorsOf('7;A;B;Samstyre;Konsept;Aktiv;Gul;Gul;1.1', '8;A;C;Samstyre;Konsept;Aktiv;Gul;Gul;1.1', '7;A;D;Samstyre;Konsept;Aktiv;Gul;Gul;1.1')).toEqual([
      { sheet: 'tiltak.csv', row: 4, column: 'A', message: 'Tiltaksnummer 7 finnes allerede (rad 2).' },
    ]);
  });

  it('missing number, name and segment', () => {
    expect(errorsOf(';A;B;Samstyre;Konsept;Aktiv;Gul;Gul;1.1')).toEqual([{ sheet: 'tiltak.csv', row: 2, column: 'A', message: 'Mangler tiltaksnummer.' }]);
    expect(errorsOf('1;A;;Samstyre;Konsept;Aktiv;Gul;Gul;1.1')).toEqual([{ sheet: 'tiltak.csv', row: 2, column: 'C', message: 'Mangler tiltaksnavn.' }]);
    expect(errorsOf('1;A;B;;Konsept;Aktiv;Gul;Gul;1.1')[0]).toMatchObject({ row: 2, column: 'D', message: expect.stringMatching(/^Mangler segment/) });
  });

  it('unreadable D&F amount', () => {
    const r = importPortfolio([tiltakCsv('1;A;B;Samstyre;Konsept;Aktiv;Gul;Gul;1.1'), { name: 'dof.csv', bytes: csv(['Løsning;Tiltak;2022;2023', 'HelseID;B;3;ca. 4']) }]);
    expect(r.errors.map(at)).toEqual([
      { sheet: 'dof.csv', row: 2, column: 'D', message: '«ca. 4» er verken et beløp i MNOK eller en markør (*, **, -, –).' },
    ]);
  });

  it('dependency on an unknown tiltak number, bad criticality and deadline', () => {
    const r = importPortfolio([
      tiltakCsv('1;A;B;Samstyre;Konsept;Aktiv;Gul;Gul;1.1'),
      {
        name: 'avh.csv',
        bytes: csv(['Tiltak nr;Avhengighet;Avhenger av;Kritikalitet;Status;Frist', '99;Leveranse;NHN;Høy;Rød;01.10.2022', '1;Beslutning;PLL (160);Kjempehøy;Gul;neste år']),
      },
    ]);
    expect(r.errors.map(at)).toEqual([
      { sheet: 'avh.csv', row: 3, column: 'D', message: expect.stringMatching(/^Ukjent kritikalitet «Kjempehøy»/) },
      { sheet: 'avh.csv', row: 3, column: 'F', message: expect.stringMatching(/^«neste år» er ikke en dato/) },
      { sheet: 'avh.csv', row: 2, column: 'A', message: 'Avhengigheten gjelder tiltak nr 99, som ikke finnes i tiltakslisten.' },
    ]);
    expect(r.warnings.map(at)).toContainEqual({ sheet: 'avh.csv', row: 3, column: 'C', message: '«PLL (160)» viser til tiltak nr 160, som ikke finnes i tiltakslisten.' });
    expect(r.report!.dependencies[0]!.deadline).toBe('2022-10-01');
  });

  it('refuses a file with no tiltak table', () => {
    const r = importPortfolio([{ name: 'annet.csv', bytes: csv(['Hei;Hallo', '1;2']) }]);
    expect(r.ok).toBe(false);
    expect(r.errors[0]!.message).toMatch(/^Fant ingen kjent tabell/);
  });

  it('warns on missing focus area, risk for an Observere tiltak and missing risk for an active tiltak', () => {
    const r = importPortfolio([
      tiltakCsv('1;A;B;Samstyre;Konsept;Aktiv;Gul;Gul;', '2;A;C;Observere;Konsept;Aktiv;Gul;Rød;1.1', '3;A;D;Koordinere;Konsept;Aktiv;Gul;;1.1'),
    ]);
    expect(r.ok).toBe(true);
    expect(r.warnings.map(at)).toEqual([
      { sheet: 'tiltak.csv', row: 2, column: 'I', message: 'Tiltak 1 mangler innsatsområde.' },
      { sheet: 'tiltak.csv', row: 3, column: 'H', message: expect.stringMatching(/^Tiltak 2 er i segment Observere/) },
      { sheet: 'tiltak.csv', row: 4, column: 'H', message: 'Aktivt tiltak 3 mangler risiko.' },
    ]);
  });

  it('names the file of an unreadable file and marks the result unreadable', () => {
    const r = importPortfolio([{ name: 'tom.xlsx', bytes: new Uint8Array() }]);
    expect(r).toMatchObject({ ok: false, unreadable: true, report: null });
    expect(r.errors[0]).toMatchObject({ file: 'tom.xlsx', message: 'tom.xlsx: filen er tom.' });
  });
});

describe('importPortfolio: metadata without a period', () => {
  it('keeps title and report date as metadata until the user names the period', () => {
    const r = importPortfolio([
      { name: 'rapport.csv', bytes: csv(['Felt;Verdi', 'tittel;Status juni', 'rapporteringsdato;2022-06-30']) },
      tiltakCsv('1;A;B;Samstyre;Konsept;Kandidat;Grønn;Grønn;1.1'),
    ]);
    expect(r.report!.period).toBeNull();
    expect(r.report!.metadata).toEqual({ tittel: 'Status juni', rapporteringsdato: '2022-06-30' });
  });

  it('reads segment group headings in a CSV file too', () => {
    const r = importPortfolio([
      { name: 'vedlegg2.csv', bytes: csv(['Nr;Aktør;Tiltaksnavn;Fase;Er prosjektet aktivt?;Status;Risiko;Innsatsområde', 'Koordinere;;;;;;;', '11;Dir;EPJ-løftet;Gjennomføre;Aktiv;Gul;Gul;1.1']) },
    ]);
    expect(r.errors).toEqual([]);
    expect(r.report!.initiatives.map((i) => [i.nr, i.segment])).toEqual([['11', 'koordinere']]);
  });
});

describe('importPortfolio: D&F lines naming a tiltak', () => {
  it('links a line to its tiltak by number or exact name, and warns on an unknown number', () => {
    const r = importPortfolio([
      tiltakCsv('160;Dir;Program pasientens legemiddelliste;Samstyre;Gjennomføre;Aktiv;Gul;Gul;2.2'),
      { name: 'dof.csv', bytes: csv(['Løsning;Tiltak;Tiltak nr;2024', 'e-resept;PROGRAM  pasientens legemiddelliste;;54', 'HelseID;Noe annet;999;1']) },
    ]);
    expect(r.report!.opex.map((l) => l.initiativeNr)).toEqual(['160', '999']);
    expect(r.warnings.map(at)).toEqual([{ sheet: 'dof.csv', row: 3, column: 'C', message: 'D&F-linjen viser til tiltak nr 999, som ikke finnes i tiltakslisten.' }]);
  });
});

describe('importPortfolio: sheets it does not read', () => {
  it('warns about a sheet with rows of content but no known table, and not about one holding only a heading row', () => {
    const tiltak = rowXml(1, ['Nr', 'Aktør', 'Tiltaksnavn', 'Segment', 'Fase', 'Aktiv', 'Status', 'Risiko', 'Innsatsområde']) + rowXml(2, [1, 'Dir', 'Kodeverk', 'Samstyre', 'Konsept', 'Aktiv', 'Gul', 'Gul', '1.1']);
    const bytes = rawXlsx({
      sheets: [
        { name: 'Tiltak', sheetData: tiltak },
        { name: 'Avhengigheter', sheetData: rowXml(1, ['Hvem', 'Hva', 'Når']) + rowXml(2, [1, 'Leveranse fra NHN', '2023']) },
        { name: 'Drift og forvaltning', sheetData: rowXml(1, ['Løsning', 'Tiltak', 'Merknad']) },
        { name: 'Tomt', sheetData: '' },
      ],
    });
    const r = importPortfolio([{ name: 'rapport.xlsx', bytes }]);
    expect(r.ok).toBe(true);
    expect(r.warnings.filter((w) => w.message.includes('ingen tabell')).map(at)).toEqual([
      { sheet: 'Avhengigheter', row: null, column: null, message: 'Arket «Avhengigheter» har innhold, men ingen tabell appen kjenner igjen, og importeres ikke. Sjekk overskriftsraden mot importmalen hvis arket skulle vært med.' },
    ]);
  });
});

describe('importPortfolio: dependencies naming a tiltak', () => {
  it('links by the name before an abbreviation in parentheses, and leaves an unknown name unlinked', () => {
    const r = importPortfolio([
      tiltakCsv('160;Dir;Program pasientens legemiddelliste;Samstyre;Gjennomføre;Aktiv;Gul;Gul;2.2\n7;Dir;Grønn løsning;Samstyre;Konsept;Aktiv;Gul;Gul;1.1'),
      {
        name: 'avh.csv',
        bytes: csv(['Tiltak nr;Avhengighet;Avhenger av;Kritikalitet', '7;Leveranse;Program Pasientens legemiddelliste (PLL);Høy', '160;Beslutning;Grønn  løsning;Høy', '7;Data;Ukjent løsning;Høy']),
      },
    ]);
    expect(r.errors).toEqual([]);
    expect(r.report!.dependencies.map((d) => d.dependsOnNr)).toEqual(['160', '7', null]);
  });
});

describe('importPortfolio: a D&F table per solution only', () => {
  it('is recognised by Løsning and the year columns, without a Tiltak column', () => {
    const r = importPortfolio([tiltakCsv('1;A;B;Samstyre;Konsept;Aktiv;Gul;Gul;1.1'), { name: 'dof.csv', bytes: csv(['Løsning;2023;2024', 'Kjernejournal;1,5;2']) }]);
    expect(r.errors).toEqual([]);
    expect(r.report!.opex).toMatchObject([{ solution: 'Kjernejournal', initiativeName: '', years: { '2023': { kind: 'amount', kNok: 1500 }, '2024': { kind: 'amount', kNok: 2000 } } }]);
  });
});
