/**
 * The example case's notes (NUIT 43/23): the two readings of the set-aside, the modelled
 * alternatives, lasting D&F, the styringsramme against the mandates' frames, what followed, and the
 * source's own case-number slip. The figures come from the builder (nuit-43-23.ts).
 */
import { formatMNokExact } from '../../format/index.ts';
import type { CaseNote } from '../model.ts';

/** The figures the notes state, computed by the builder. */
export interface Figures {
  total: number;
  literalGap: number;
  modelledGap: number;
  alt1LiteralMissing: number;
  framesSpan: number;
  readings: string;
}

/** The case's notes on why figures do not reconcile, in the directorate's words, with the computed figures. */
export function notes(x: Figures): CaseNote[] {
  const f = (k: number) => formatMNokExact(k, 3);
  return [
    {
      title: 'To lesninger av avsetningen: «ca. 17» og 51,7 MNOK',
      text:
        `Saken sier at det «mangler ca. 17 millioner kroner». Estimatene summerer til ${f(x.total)} MNOK. Lest bokstavelig – 20 MNOK øremerket ` +
        `helseteknologiordningen og 12 % usikkerhetsavsetning av resten – er til fordeling 267,1 − 20,0 − 12 % av 247,1 = 217,448 MNOK, og det mangler ` +
        `${f(x.literalGap)} MNOK. Dette er saken slik den er lagret. Versjonen «Modellert lesning» gjenskaper dokumentets «ca. 17»: en fast ` +
        `avsetning på 15,0 MNOK, og helseteknologiordningen trekkes ikke fra (saken sier at den har egne øremerkede midler); da mangler det ` +
        `${f(x.modelledGap)} MNOK. Avsetningen der er merket modellert. Ingen prinsipiell lesning gir «ca. 17»: ${x.readings} ` +
        'Tabellene med alternativene var bilder i dokumentet, og setningen etter «12% usikkerhetsavsetning» er ufullstendig i kilden, så en ' +
        'andre avsetning kan mangle.',
    },
    {
      title: 'Alternativ 1 og 2 slik teksten beskriver dem (modellert)',
      text:
        'Beløpene i alternativene var bilder i dokumentet. Alternativene er laget med balanseringsassistenten: alternativ 1 kutter bare måledata, ' +
        'alternativ 2 kutter journaldokumenter og måledata forholdsmessig, til gapet er lukket. Med den modellerte lesningen (gap 17,0) lukker ' +
        `begge gapet, som dokumentet sier. Lest bokstavelig kan alternativ 1 ikke lukke gapet: måledata (24 MNOK) kuttes til 0, og det mangler fortsatt ` +
        `${f(x.alt1LiteralMissing)} MNOK. Dokumentet sier at initiativet skal «holdes varmt», men oppgir ikke noe beløp for det.`,
    },
    {
      title: 'Drift og forvaltning (D&F) som blir værende',
      text:
        'Følgekostnaden per linje er «økt forvaltning som følge av investeringer i 2024» fra NHNs vedlegg: PLL 4,0 MNOK (ikke meldt TBU), ' +
        'prøvesvar 0, journaldokumenter 13 MNOK, kritisk informasjon 0. For måledata oppgir vedlegget ingen forvaltning i 2024 og 5 MNOK i 2025; ' +
        'hele beløpet er derfor regnet som økning (modellert). Økningen kommer første gang i 2025 og blir værende hvert år etter (ingen sluttår er ' +
        'oppgitt). Kolonnen «forvaltning 2025» for PLL (59 MNOK) og prøvesvar/journaldokumenter er samlet forvaltning finansiert over ' +
        'pasientjournalloven, ikke en økning, og er ikke brukt. I et alternativ skaleres følgekostnaden med beløpet (følgekostnad × beløp / estimat).',
    },
    {
      title: 'Styringsrammen 1 250 MNOK og mandatenes rammer',
      text:
        `Saken sier at digital samhandling inkl. pasientens legemiddelliste får «en samlet styringsramme på 1,25 milliarder kroner de neste 6 årene» ` +
        `(2024–2029), med et gevinstuttak fra aktørene over tid. Rammene i saken for 2024–2029 summerer til ${f(x.framesSpan)} MNOK: 267,1 for 2024 ` +
        'fra saken, og for 2025–2029 summen av mandatenes rammer per tjenesteområde. Kildene forklarer ikke avviket. Det de sier: mandatenes rammer ' +
        'er i «mill. 2024-kroner» og «inkluderer steg 1 og 2»; styringsrammen er oppgitt uten prisnivå og uten fordeling per år; prøvesvar har ingen ' +
        'ramme etter 2024, og digitalt helsekort for gravide er holdt utenfor. Appen viser avviket og regner ikke rammene om. Kontrollen mot ' +
        'styringsrammen tar med varig D&F (appens standard).',
    },
    {
      title: 'Det som fulgte: 2024 og 2025',
      text:
        'Vedtatt fordeling 2024 (mandatene av 15.01.2024) er 229,9 MNOK – NHN 171,9 og Helsedirektoratet 58,0 – og et forventet tillegg på ' +
        '37,2 MNOK ble holdt tilbake (til sammen 267,1). Den vises som «det som fulgte», ikke som et alternativ i saken. Mandatet skiller ikke ' +
        'mellom helseteknologiordningen og usikkerhetsavsetning i de 37,2 MNOK. For 2025 tildeler oppdragsdokumentet NHN 61,4 MNOK til digital ' +
        'samhandling, og departementet har holdt tilbake et forventet tillegg uten å oppgi beløpet. Helsedirektoratets tildeling for 2025 finnes ' +
        'ikke i kildene. For 2025–2029 finnes ingen estimater per aktør, så «hele perioden» summerer bare 2024.',
    },
  ];
}

export const CASE_NUMBER_NOTE =
  'Kilden skriver selv «Sak 42-23» i vedlegget (overskrift, saksnummerfelt og vedleggsliste), mens innkallingen har saken som 43/23 ' +
  '(42/23 er godkjenning av innkalling og dagsorden).';
