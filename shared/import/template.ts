/**
 * The blank import template: the canonical tables with their headers, drop-down lists for the
 * enums, and a sheet of instructions in Norwegian. Returns .xlsx bytes (UI download, CLI).
 */
import {
  ACTIVITIES,
  ACTIVITY_LABELS,
  CRITICALITIES,
  CRITICALITY_LABELS,
  PHASES,
  PHASE_LABELS,
  SEGMENTS,
  SEGMENT_LABELS,
  TRAFFIC_LIGHTS,
  TRAFFIC_LIGHT_LABELS,
} from '../portfolio/index.ts';
import { SHEET_NAMES, dependencyHeaders, focusAreaHeaders, initiativeHeaders, metadataHeaders, opexHeaders } from './portfolio/write-canonical.ts';
import { writeXlsx } from '../spreadsheet/index.ts';
import type { WriteCell } from '../spreadsheet/index.ts';

const ROWS = 2000;

const INSTRUCTIONS: string[] = [
  'Slik fyller du ut malen',
  '',
  'Malen har ett ark per tabell. Appen kjenner igjen tabellene på overskriftsraden, ikke på arknavnet, så du kan gi arkene andre navn, flytte kolonnene og legge titler over tabellene.',
  'Ukjente kolonner beholdes og vises i appen, men de brukes ikke i beregningene.',
  '',
  'Rapport: fyll ut periode (år og måned, f.eks. 2022-09), tittel og rapporteringsdato. Mangler perioden, spør appen om den ved import.',
  'Tiltak: én rad per tiltak. Nr og Tiltaksnavn må fylles ut, og nummeret må være unikt. Segment, Fase, Er prosjektet aktivt?, Status og Risiko velges fra listene.',
  'Segment kan også angis med overskriftsrader (en rad med bare Samstyre, Koordinere eller Observere) slik som i Vedlegg 2.',
  'Tiltak i segment Observere rapporterer bare status, ikke risiko.',
  'Innsatsområde: skriv koden (f.eks. 1.1), gjerne fulgt av navnet («1.1 - Modernisere journal- og samhandlingsløsninger»).',
  'Avhengigheter: én rad per avhengighet. Tiltak nr må finnes i tiltakslisten. Skriv tiltaksnummeret i parentes i Avhenger av når avhengigheten gjelder et annet tiltak, f.eks. «Program pasientens legemiddelliste (160)». Frist som dato.',
  'Drift og forvaltning: økning i drifts- og forvaltningskostnader per løsning og tiltak, i MNOK med desimalkomma, én kolonne per år. Bytt gjerne ut årstallene i overskriften.',
  'Skriv * eller ** i en celle når beløpet dekkes et annet sted eller ikke er estimert separat, og forklar markøren i Merknad med en tekst som begynner med samme markør. Tomme celler leses som tomme, ikke som null.',
  'Summeringsrader trengs ikke: appen beregner årlige og akkumulerte summer.',
  'Innsatsområder: kode og navn for innsatsområdene tiltakene viser til.',
  '',
  'Tall kan skrives med desimalkomma og mellomrom som tusenskille (1 234,5). Datoer som Excel-datoer, dd.mm.åååå eller åååå-mm-dd.',
  'Filen kan også lagres som CSV (én tabell per fil, skilletegn ; eller ,), og flere CSV-filer kan importeres sammen som én periode.',
];

/** The blank template; `firstYear` is the first of five D&F year columns. */
export function writeImportTemplate(firstYear = new Date().getFullYear()): Uint8Array {
  const years = [0, 1, 2, 3, 4].map((i) => firstYear + i);
  const list = (labels: Record<string, string>, keys: readonly string[]) => keys.map((k) => labels[k]!);
  const lights = list(TRAFFIC_LIGHT_LABELS, TRAFFIC_LIGHTS);
  const meta: WriteCell[][] = [metadataHeaders(), ['periode', null], ['tittel', null], ['rapporteringsdato', null], ['merknad', null]];
  return writeXlsx([
    {
      name: 'Veiledning',
      rows: INSTRUCTIONS.map((t, i) => [i === 0 ? { value: t, style: 'title' as const } : { value: t, style: 'wrap' as const }]),
      widths: [120],
    },
    { name: SHEET_NAMES.metadata, rows: meta, widths: [28, 70], freezeRows: 1 },
    {
      name: SHEET_NAMES.initiatives,
      rows: [initiativeHeaders()],
      widths: [8, 30, 50, 13, 13, 12, 9, 9, 50],
      freezeRows: 1,
      validations: [
        { range: `D2:D${ROWS}`, list: list(SEGMENT_LABELS, SEGMENTS) },
        { range: `E2:E${ROWS}`, list: list(PHASE_LABELS, PHASES) },
        { range: `F2:F${ROWS}`, list: list(ACTIVITY_LABELS, ACTIVITIES) },
        { range: `G2:H${ROWS}`, list: lights },
      ],
    },
    {
      name: SHEET_NAMES.dependencies,
      rows: [dependencyHeaders()],
      widths: [10, 30, 22, 60, 36, 22, 12, 9, 12],
      freezeRows: 1,
      validations: [
        { range: `G2:G${ROWS}`, list: list(CRITICALITY_LABELS, CRITICALITIES) },
        { range: `H2:H${ROWS}`, list: lights },
      ],
    },
    { name: SHEET_NAMES.opex, rows: [opexHeaders(years)], widths: [30, 50, 10, ...years.map(() => 9), 60], freezeRows: 1 },
    { name: SHEET_NAMES.focusAreas, rows: [focusAreaHeaders()], widths: [8, 80], freezeRows: 1 },
  ]);
}
