/**
 * Builds the example case "Digital samhandling – budsjett og prioriteringer 2024" (NUIT 43/23) from
 * the CSV facts in shared/data (nuit-43-23, mandates-2024). Every figure says where it comes from.
 * Alternatives 1 and 2 are made with the balancing assistant, as an analyst would.
 * Run by scripts/build-example-case.ts, which writes assets/examples/nuit-43-23-sak.json.
 */
import { formatMNok, mNokToKNok, parseNorwegianNumber } from '../../format/index.ts';
import { parseCsv, cellText } from '../../spreadsheet/index.ts';
import { balance } from '../balance.ts';
import { compileCase } from '../compute.ts';
import type { Alternative, BudgetCase, BudgetLine, CaseNote, LineAdjustment, YearFrame } from '../model.ts';
import { CASE_SCHEMA_VERSION, baselineAlternative, blankAdjustment } from '../model.ts';
import { BACKGROUND, CONSEQUENCE_IF_NOT, DELIVERABLES, RECOMMENDATION } from './nuit-43-23-text.ts';

/** The CSV files' text, as read from shared/data. */
export interface ExampleSources {
  /** nuit-43-23/estimater-2024.csv */
  estimates: string;
  /** nuit-43-23/konsekvenser.csv */
  consequences: string;
  /** nuit-43-23/sak.csv */
  sak: string;
  /** mandates-2024/fordeling-2024.csv */
  allocation: string;
  /** mandates-2024/rammer.csv */
  frames: string;
}

const REF_CASE = 'NUIT-sak 43/23 (31.10.2023)';
const REF_EST = `${REF_CASE}, estimater per tjenesteområde (vedlegg 1A NHN, 1B Direktoratet for e-helse)`;
const REF_MANDATE = 'Mandater for digital samhandling 2024 (15.01.2024)';

const AREAS = [
  { id: 'pll', name: 'Pasientens legemiddelliste', shortName: 'PLL' },
  { id: 'provesvar', name: 'Pasientens prøvesvar', shortName: 'Prøvesvar' },
  { id: 'journaldokumenter', name: 'Pasientens journaldokumenter', shortName: 'Journaldokumenter' },
  { id: 'kritisk', name: 'Pasientens kritiske informasjon', shortName: 'Kritisk info' },
  { id: 'maledata', name: 'Pasientens måledata', shortName: 'Måledata' },
];
const ACTORS = [
  { id: 'nhn', name: 'Norsk helsenett SF', shortName: 'NHN' },
  { id: 'hdir', name: 'Helsedirektoratet', shortName: 'Hdir' },
];

/**
 * Tiltak links, only where the documents support them. PLL → 160 Program pasientens legemiddelliste
 * (same programme, seed 004 Vedlegg 2). The four digital-samhandling areas → 194 PDS steg 1 and 218
 * PDS steg 2: the 2024 frames «inkluderer steg 1 og 2» (mandate, tabell 1), and seed 004 says steg 2
 * «vil bidra til å realisere viktige pågående tiltak innenfor samhandlingsområdene».
 */
const LINKS: Record<string, { nrs: string[]; note: string }> = {
  pll: { nrs: ['160'], note: 'Finansierer tiltak 160 Program pasientens legemiddelliste (samme program; porteføljerapport sept. 2022, vedlegg 2).' },
  sam: {
    nrs: ['194', '218'],
    note:
      'Finansierer Program digital samhandling: tiltak 194 (PDS steg 1) og 218 (PDS steg 2). Mandatets rammetabell «inkluderer steg 1 og 2»; ' +
      'porteføljerapporten (sept. 2022) beskriver steg 2 som innføring innenfor samhandlingsområdene.',
  },
};

const AREA_BY_NAME = new Map(AREAS.map((a) => [a.name.toLowerCase(), a.id]));
const ACTOR_BY_NAME: Record<string, string> = { nhn: 'nhn', helsedirektoratet: 'hdir' };

function records(csv: string): Record<string, string>[] {
  const rows = parseCsv(csv, ',');
  const head = rows[0]?.cells.map((c) => cellText(c)) ?? [];
  return rows.slice(1).map((r) => Object.fromEntries(head.map((h, i) => [h, cellText(r.cells[i])])));
}

function kNok(text: string | undefined, what: string): number {
  const n = parseNorwegianNumber(text ?? '');
  if (n === null) throw new Error(`Eksempelsaken: ${what} mangler tall («${text ?? ''}»).`);
  return mNokToKNok(n);
}

function areaId(name: string): string {
  const key = name.toLowerCase().replace(/\s*\(inkl\. sfm\)\s*/, '');
  const id = AREA_BY_NAME.get(key);
  if (!id) throw new Error(`Eksempelsaken: ukjent tjenesteområde «${name}».`);
  return id;
}

function buildLines(estimates: Record<string, string>[]): BudgetLine[] {
  return estimates.map((r) => {
    const area = areaId(r['tjenesteomrade']!);
    const actor = ACTOR_BY_NAME[(r['aktor'] ?? '').toLowerCase()]!;
    const key = `${area}|${actor}`;
    const increase = r['okt_forvaltning_av_investering_2024_mnok'] ?? '';
    const total2025 = r['forvaltning_2025_mnok'] ?? '';
    let followOn = 0;
    let followOnSource: BudgetLine['followOnSource'];
    if (increase !== '') {
      followOn = kNok(increase, `økt forvaltning ${key}`);
      followOnSource = { kind: 'dokument', ref: `${REF_CASE}, vedlegg 1A: «Økt forvaltning som følge av investeringer i 2024»` };
    } else if (total2025 !== '' && /ingen forvaltning i 2024/i.test(r['merknad'] ?? '')) {
      // Måledata: no D&F in 2024 and 5 MNOK in 2025, so the whole 2025 figure is the increase.
      followOn = kNok(total2025, `forvaltning 2025 ${key}`);
      followOnSource = {
        kind: 'modellert',
        note: 'Avledet: «Ingen forvaltning i 2024», «Forvaltning i 2025: 5 MNOK» (vedlegg 1A) gir en økning på 5 MNOK.',
      };
    } else {
      followOnSource = { kind: 'modellert', note: 'Ikke oppgitt i dokumentene; satt til 0.' };
    }
    const link = area === 'pll' ? LINKS['pll']! : LINKS['sam']!;
    return {
      id: `l-2024-${area}-${actor}`,
      areaId: area,
      actorId: actor,
      year: 2024,
      estimateKNok: kNok(r['estimat_mnok'], `estimat ${key}`),
      followOnOpexKNok: followOn,
      deliverables: DELIVERABLES[key] ?? [],
      consequenceIfNotPrioritised: CONSEQUENCE_IF_NOT[key] ?? '',
      initiativeNrs: link.nrs,
      source: { kind: 'dokument', ref: REF_EST, ...(r['merknad'] ? { note: r['merknad'] } : {}) },
      followOnSource,
      note: link.note,
    };
  });
}

function buildFrames(sak: Record<string, string>, frameRows: Record<string, string>[]): YearFrame[] {
  const frames: YearFrame[] = [
    {
      year: 2024,
      frameKNok: kNok(sak['ramme_2024_mnok'], 'ramme 2024'),
      earmarkedKNok: kNok(sak['oremerket_helseteknologiordningen_mnok'], 'øremerket'),
      reserve: { kind: 'percent', percent: parseNorwegianNumber(sak['usikkerhetsavsetning_prosent'] ?? '') ?? 0 },
      source: { kind: 'dokument', ref: `${REF_CASE}, bakgrunn: ramme 267,1 MNOK, 20 MNOK øremerket helseteknologiordningen, 12 % usikkerhetsavsetning til HOD` },
    },
  ];
  // Later years: the mandates' frames per service area, summed over the five areas of the case
  // (digitalt helsekort for gravide is funded separately and kept outside, as in the case).
  const caseAreas = frameRows.filter((r) => !/helsekort/i.test(r['tiltak'] ?? ''));
  for (const year of [2025, 2026, 2027, 2028, 2029]) {
    const given = caseAreas.filter((r) => (r[String(year)] ?? '') !== '');
    const missing = caseAreas.filter((r) => (r[String(year)] ?? '') === '').map((r) => r['tiltak']);
    const sum = given.reduce((s, r) => s + kNok(r[String(year)], `ramme ${year}`), 0);
    frames.push({
      year,
      frameKNok: sum,
      earmarkedKNok: 0,
      reserve: { kind: 'fixed', kNok: 0 },
      source: {
        kind: 'dokument',
        ref: `${REF_MANDATE}, tabell 1 (mill. 2024-kroner): sum av tjenesteområdenes rammer`,
        note:
          (missing.length ? `Ikke fastsatt i mandatet: ${missing.join(', ')}. ` : '') +
          'Øremerket og usikkerhetsavsetning er ikke oppgitt for årene etter 2024 (modellert som 0).',
      },
    });
  }
  return frames;
}

function consequencesOf(rows: Record<string, string>[], alt: string): string[] {
  return rows.filter((r) => r['alternativ'] === alt).map((r) => r['konsekvens'] ?? '');
}

function decidedAlternative(rows: Record<string, string>[], lines: BudgetLine[]): Alternative {
  const adjustments: LineAdjustment[] = [];
  for (const r of rows) {
    if (/helsekort/i.test(r['tiltak'] ?? '')) continue;
    const area = areaId(r['tiltak']!);
    for (const [actor, col] of [['nhn', 'NHN'], ['hdir', 'Helsedirektoratet']] as const) {
      const line = lines.find((l) => l.areaId === area && l.actorId === actor);
      if (!line) continue;
      adjustments.push({ ...blankAdjustment(line.id), change: { kind: 'set', kNok: kNok(r[col], `fordeling ${area} ${actor}`) } });
    }
  }
  return {
    id: 'vedtatt-2024',
    name: 'Vedtatt fordeling 2024',
    description:
      'Fordelingen mellom tjenesteområder og aktører i mandatene av 15.01.2024 (229,9 MNOK). I tillegg ble et forventet tillegg på ' +
      '37,2 MNOK holdt tilbake til satsingen og tildeles etter behov og fremdrift.',
    consequences: [],
    recommended: false,
    adjustments,
    source: { kind: 'dokument', ref: `${REF_MANDATE}, tabell 2: fordeling mellom NHN og Helsedirektoratet` },
  };
}

function notes(totalKNok: number, availableKNok: number, reserve: number): CaseNote[] {
  const f = (k: number) => formatMNok(k, 3);
  return [
    {
      title: 'Dokumentets «ca. 17 MNOK» og tallene i saksteksten',
      text:
        `Med tallene i saksteksten er ramme − øremerket = 267,1 − 20 = 247,1 MNOK, usikkerhetsavsetningen 12 % av dette = ${f(reserve)} MNOK, ` +
        `og tilgjengelig = ${f(availableKNok)} MNOK. Estimatene summerer til ${f(totalKNok)} MNOK, så det mangler ${f(totalKNok - availableKNok)} MNOK ` +
        `(uten avsetningen ${f(totalKNok - 247100)} MNOK). Saken sier «ca. 17 MNOK». Differansen kan ikke forklares ut fra teksten: ` +
        'tabellene med alternativene var bilder i dokumentet, og setningen etter «12% usikkerhetsavsetning» er ufullstendig i kilden. ' +
        'Eksempelet følger reglene i saksteksten og viser avviket i stedet for å tilpasse tallene.',
    },
    {
      title: 'Alternativ 1 kan ikke lukke gapet alene',
      text:
        'Alternativ 1 reduserer bare måledata (estimat 24 MNOK). Med gapet beregnet over er det ikke nok: balanseringsassistenten kutter måledata ' +
        'til 0 og melder hvor mye som fortsatt mangler. Med dokumentets «ca. 17 MNOK» ville måledata alene vært nok. ' +
        'Dokumentet sier at initiativet skal «holdes varmt», men oppgir ikke noe beløp for det.',
    },
    {
      title: 'Økt drift og forvaltning (D&F) året etter',
      text:
        'Følgekostnaden per linje er «økt forvaltning som følge av investeringer i 2024» fra NHNs vedlegg: PLL 4,0 MNOK (ikke meldt TBU), ' +
        'prøvesvar 0, journaldokumenter 13 MNOK, kritisk informasjon 0. For måledata oppgir vedlegget ingen forvaltning i 2024 og 5 MNOK i 2025; ' +
        'hele beløpet er derfor regnet som økning (modellert). Kolonnen «forvaltning 2025» for PLL (59 MNOK) og prøvesvar/journaldokumenter er ' +
        'samlet forvaltning finansiert over pasientjournalloven, ikke en økning, og er ikke brukt. Helsedirektoratets linjer har ingen oppgitt følgekostnad. ' +
        'I et alternativ skaleres følgekostnaden med beløpet (følgekostnad × beløp / estimat).',
    },
    {
      title: 'Vedtatt fordeling og rammer 2025–2029',
      text:
        'Vedtatt fordeling 2024 er 229,9 MNOK, og 37,2 MNOK ble holdt tilbake (til sammen 267,1). Mandatet skiller ikke mellom øremerket ' +
        'helseteknologiordning og usikkerhetsavsetning i de 37,2 MNOK; i saken holdes 20 + 12 % tilbake, derfor viser den vedtatte fordelingen et ' +
        'underskudd mot sakens tilgjengelige beløp. Rammene for 2025–2029 er summen av mandatenes rammer per tjenesteområde (prøvesvar ikke fastsatt, ' +
        'helsekort for gravide holdt utenfor). For disse årene finnes ingen estimater per aktør, så årene viser bare rammen.',
    },
  ];
}

/** Builds the example case from the CSV texts. Pure; deterministic. */
export function buildNuit4323Case(src: ExampleSources): BudgetCase {
  const sakRows = records(src.sak);
  const sak = Object.fromEntries(sakRows.map((r) => [r['felt'] ?? '', r['verdi'] ?? '']));
  const lines = buildLines(records(src.estimates));
  const frames = buildFrames(sak, records(src.frames));
  const consequences = records(src.consequences);
  const base: BudgetCase = {
    id: 'nuit-43-23',
    schemaVersion: CASE_SCHEMA_VERSION,
    createdAt: '2023-10-31T08:00:00.000Z',
    updatedAt: '2023-10-31T08:00:00.000Z',
    title: 'Digital samhandling – budsjett og prioriteringer 2024',
    meta: {
      caseNumber: sak['saksnummer'] ?? '',
      meeting: sak['mote'] ?? '',
      date: sak['dato'] ?? '',
      caseType: sak['sakstype'] ?? '',
      from: 'Direktoratet for e-helse',
      to: 'NUIT',
      caseOfficer: 'Lucie Aunan, Rune Røren',
      proposedDecision: sak['forslag_til_vedtak'] ?? '',
      purpose: sak['hensikt'] ?? '',
      background: BACKGROUND,
      recommendation: RECOMMENDATION,
    },
    years: frames.map((f) => f.year),
    frames,
    actors: ACTORS,
    areas: AREAS,
    lines,
    alternatives: [],
    notes: [],
    versions: [],
  };
  const cc = compileCase(base);
  const start = baselineAlternative();
  const ids = (areas: string[]) => lines.filter((l) => areas.includes(l.areaId)).map((l) => l.id);
  const alt1 = balance(base, cc, {
    alternative: start,
    lineIds: ids(['maledata']),
    method: { kind: 'proportional' },
    years: [2024],
    newId: 'alt-1',
    name: `Alternativ 1 – ${sak['alternativ_1'] ?? ''}`,
  });
  const alt2 = balance(base, cc, {
    alternative: start,
    lineIds: ids(['journaldokumenter', 'maledata']),
    method: { kind: 'proportional' },
    years: [2024],
    newId: 'alt-2',
    name: `Alternativ 2 – ${sak['alternativ_2'] ?? ''}`,
  });
  const described = (p: typeof alt1, text: string, cons: string[], recommended: boolean): Alternative => ({
    ...p.alternative,
    description: `${text} Laget med balanseringsassistenten (forholdsmessig kutt på de valgte linjene). ${p.explanation}`,
    consequences: cons,
    recommended,
  });
  base.alternatives = [
    described(alt1, `${sak['alternativ_1'] ?? ''}.`, consequencesOf(consequences, '1'), false),
    described(alt2, `${sak['alternativ_2'] ?? ''}.`, consequencesOf(consequences, '2'), /2/.test(sak['anbefalt'] ?? '')),
    decidedAlternative(records(src.allocation), lines),
  ];
  const total = lines.reduce((s, l) => s + l.estimateKNok, 0);
  base.notes = notes(total, cc.available[0]!, cc.reserve[0]!);
  return base;
}
