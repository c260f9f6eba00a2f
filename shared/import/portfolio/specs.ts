/**
 * The tables of a portfolio report and the header spellings accepted for each column. The first
 * header of each column is the canonical one: the template and the example workbooks use it.
 */
import type { TableSpec } from '../../spreadsheet/index.ts';

export const METADATA_TABLE: TableSpec = {
  id: 'metadata',
  label: 'rapportinformasjonen (Felt/Verdi)',
  columns: [
    { key: 'field', headers: ['Felt', 'Field', 'Nøkkel', 'Egenskap'], required: true },
    { key: 'value', headers: ['Verdi', 'Value'], required: true },
  ],
};

export const INITIATIVES_TABLE: TableSpec = {
  id: 'initiatives',
  label: 'tiltakslisten',
  minColumns: 4,
  columns: [
    { key: 'nr', headers: ['Nr', 'Nr.', 'Tiltak nr', 'Tiltaksnr', 'Tiltaksnummer', 'ID', 'Nummer', 'Number', 'No'], required: true },
    { key: 'owner', headers: ['Aktør', 'Eier', 'Virksomhet', 'Owner', 'Actor'] },
    { key: 'name', headers: ['Tiltaksnavn', 'Navn', 'Tiltak', 'Navn på tiltak', 'Name', 'Initiative'], required: true },
    { key: 'segment', headers: ['Segment'] },
    { key: 'phase', headers: ['Fase', 'Phase'] },
    { key: 'activity', headers: ['Er prosjektet aktivt?', 'Aktiv', 'Aktivt', 'Aktivitet', 'Er tiltaket aktivt?', 'Active', 'Activity'] },
    { key: 'status', headers: ['Status'] },
    { key: 'risk', headers: ['Risiko', 'Risk'] },
    { key: 'focusArea', headers: ['Innsatsområde', 'Innsatsomrade', 'Innsatsområder', 'Focus area'] },
  ],
};

export const DEPENDENCIES_TABLE: TableSpec = {
  id: 'dependencies',
  label: 'avhengighetene',
  minColumns: 3,
  columns: [
    { key: 'initiativeNr', headers: ['Tiltak nr', 'Tiltaksnr', 'Nr', 'Nr.', 'Tiltaksnummer', 'ID'], required: true },
    { key: 'initiativeName', headers: ['Tiltak', 'Tiltaksnavn'] },
    { key: 'owner', headers: ['Eier', 'Aktør'] },
    { key: 'description', headers: ['Avhengighet', 'Beskrivelse', 'Beskrivelse av avhengighet', 'Dependency', 'Description'], required: true },
    { key: 'dependsOn', headers: ['Avhenger av', 'Avhengig av', 'Depends on'] },
    { key: 'category', headers: ['Kategori', 'Category'] },
    { key: 'criticality', headers: ['Kritikalitet', 'Criticality'] },
    { key: 'status', headers: ['Status'] },
    { key: 'deadline', headers: ['Frist', 'Deadline', 'Tidsfrist'] },
  ],
};

export const OPEX_TABLE: TableSpec = {
  id: 'opex',
  label: 'tabellen for drift og forvaltning',
  // Løsning and the year columns are distinctive enough on their own
  minColumns: 2,
  columns: [
    { key: 'solution', headers: ['Løsning', 'Nasjonal løsning', 'Solution'], required: true },
    { key: 'initiativeName', headers: ['Tiltak', 'Tiltaksnavn'] },
    { key: 'initiativeNr', headers: ['Tiltak nr', 'Tiltaksnr', 'Nr'] },
    { key: 'note', headers: ['Merknad', 'Merknader', 'Fotnote', 'Kommentar', 'Note'] },
    { key: 'year', headers: [], pattern: /^(19|20)\d\d$/, required: true },
  ],
};

export const FOCUS_AREAS_TABLE: TableSpec = {
  id: 'focusAreas',
  label: 'innsatsområdene',
  columns: [
    { key: 'code', headers: ['Kode', 'Code', 'Innsatsområde nr'], required: true },
    { key: 'name', headers: ['Navn', 'Innsatsområde', 'Name'], required: true },
  ],
};

export const REPORT_TABLES: readonly TableSpec[] = [INITIATIVES_TABLE, DEPENDENCIES_TABLE, OPEX_TABLE, FOCUS_AREAS_TABLE, METADATA_TABLE];

/** The canonical (first) header of a column. */
export function canonicalHeader(spec: TableSpec, key: string): string {
  return spec.columns.find((c) => c.key === key)?.headers[0] ?? key;
}

/** Metadata field names (normalised) → report field. Other fields are kept in `metadata`. */
export const METADATA_FIELDS: Record<string, 'period' | 'reportDate' | 'title' | 'reconstructed' | 'notes'> = {
  periode: 'period',
  rapporteringsperiode: 'period',
  publisert: 'period',
  period: 'period',
  rapporteringsdato: 'reportDate',
  'rapportert per': 'reportDate',
  'report date': 'reportDate',
  tittel: 'title',
  title: 'title',
  rekonstruert: 'reconstructed',
  reconstructed: 'reconstructed',
  merknad: 'notes',
  merknader: 'notes',
  notater: 'notes',
  notes: 'notes',
};
