/** Builders for portfolio test data: CSV text and minimal valid reports. */
import type { Initiative, PortfolioReport } from '../../shared/portfolio/model.ts';

export const TILTAK_HEADER = 'Nr;Aktør;Tiltaksnavn;Segment;Fase;Er prosjektet aktivt?;Status;Risiko;Innsatsområde';

/** A CSV (as bytes) from lines; `;`-separated unless the lines say otherwise. */
export function csv(lines: string[]): Uint8Array {
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}

/** A tiltak CSV file with a valid header and the given data lines. */
export function tiltakCsv(...rows: string[]): { name: string; bytes: Uint8Array } {
  return { name: 'tiltak.csv', bytes: csv([TILTAK_HEADER, ...rows]) };
}

export function initiative(over: Partial<Initiative> = {}): Initiative {
  return {
    nr: '1',
    owner: 'Helse Vest',
    name: 'Tiltak',
    segment: 'samstyre',
    phase: 'execute',
    activity: 'active',
    status: 'green',
    risk: 'green',
    focusArea: { code: '1.1', name: 'Modernisere journal- og samhandlingsløsninger' },
    extra: {},
    source: null,
    ...over,
  };
}

export function report(over: Partial<PortfolioReport> = {}): PortfolioReport {
  return {
    period: null,
    initiatives: [],
    dependencies: [],
    opex: [],
    opexYears: [],
    opexFootnotes: {},
    focusAreas: [],
    extraColumns: { initiatives: [], dependencies: [], opex: [] },
    metadata: {},
    ...over,
  };
}
