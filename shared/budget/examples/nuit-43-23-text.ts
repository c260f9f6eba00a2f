/**
 * Words (not figures) from NUIT case 43/23 (seed 001: saksfremlegg, vedlegg 1A NHN, vedlegg 1B
 * Direktoratet for e-helse) used by the example builder: deliverables and the consequence if a
 * result goal is not prioritised, per service area and actor. Figures come from the CSV files.
 */

/** Keys are `${areaId}|${actorId}`. */
export const DELIVERABLES: Readonly<Record<string, string[]>> = {
  'pll|nhn': [
    'Sikre en stabil og skalerbar løsning (inkl. redusere antall supportsaker)',
    'Forbedre versjonering og sikre mer effektiv produksjonssetting',
    'Levere funksjonalitet slik at SFM godkjennes for innføring i fastlegemarkedet',
    'Forbedring og videreutvikling av SFM til øvrige brukergrupper som er relevante for PLL',
    'Innførings- og utprøvingsaktiviteter SFM og eMD',
    'Tilretteleggingsaktiviteter for SFM og eMD',
  ],
  'pll|hdir': [
    'Ferdigstille utprøving i Bergen',
    'Kompensere fastleger for opprettelse av PLL-er',
    'Ivareta helsefaglig koordinering gjennom PLL i praksis',
    'Gi innføringsstøtte på tvers av helsefellesskapene',
    'Videreutvikle og følge opp rammer og virkemidler',
    'Støtte departementet i oppfølgingen av satsningen på dette tjenesteområdet',
  ],
  'provesvar|nhn': [
    'Gjennomføre utprøving med formål helsehjelp',
    'Etablere flere laboratorier som kilder, trinnvis innføring av fagområder',
    'Muliggjøre direkte integrasjon mot pasientens prøvesvar via nasjonalt tillitsrammeverk',
    'Etablere endrings-API slik at konsumenter får beskjed om nye og/eller endrede prøvesvar',
    'Etablere løsning for import og tilgjengeliggjøring av historiske prøvesvar',
  ],
  'provesvar|hdir': [
    'Ivareta helsefaglig koordinering og utarbeide pasientens prøvesvar i praksis',
    'Evaluere pasientens prøvesvar i klinisk bruk og evt. vurdere nasjonal innføring',
    'Videreutvikle og følge opp rammer og virkemidler for tjenesteområdet, eks. normerende produkter for standarder og kodeverk',
    'Støtte departementet i oppfølgingen av satsningen på dette tjenesteområdet',
  ],
  'journaldokumenter|nhn': [
    'Etablere Helse Midt som kilde og konsument av journaldokumenter',
    'MVP deling av multimedieobjekter (XDS-I bilder m.m.)',
    'Direktedeling av dokumenter (API)',
    'Kartlegge organisatorisk og teknisk mulighetsrom for å dele dokumenter fra primærhelsetjenesten',
    'Tilpasninger til tillitsrammeverk',
  ],
  'journaldokumenter|hdir': [
    'Ivareta helsefaglig koordinering',
    'Evaluere utprøvingen av pasientens journaldokumenter',
    'Videreutvikle og følge opp rammer og virkemidler, eks. harmonisere dokumenttyper, juridiske avklaringer der kommune er kilde',
    'Støtte departementet i oppfølgingen av satsningen på dette tjenesteområdet',
  ],
  'kritisk|nhn': [
    'Gjennomføre utprøving av resterende kategorier kritisk info API med Helse Vest og finne nye utprøvingskandidater',
    'Tilpasse tillitsrammeverk og tillitstjenester for datadeling fra nasjonale e-helseløsninger',
    'Regelverksutvikling for legemiddelreaksjoner',
  ],
  'kritisk|hdir': [
    'Ivareta helsefaglig koordinering',
    'Evaluere kritisk informasjon i Helse Vest for nasjonal innføring',
    'Støtte fastlegene i å etablere kritisk informasjon i EPJ',
    'Avklare og følge opp rammebetingelser og virkemidler, f.eks. forhold til internasjonale standarder',
    'Støtte departementet i oppfølgingen av satsningen på dette tjenesteområdet',
  ],
  'maledata|nhn': [
    'Videreutvikle infrastruktur og felleskomponenter for å samle og dele data fra digital hjemmeoppfølging',
    'Gjennomføre begrenset utprøving med aktuelle kandidater',
    'Evaluering av utprøving: erfaring, nytte og avklare om måledata bør være en regional eller nasjonal tjeneste',
    'Tilpasse og applisere tillitsrammeverket for deling av helsedata',
    'Innbygger innsyn og oversikt i Helsenorge',
  ],
  'maledata|hdir': ['Avklare rammer og forhold til HTO og digital hjemmeoppfølging'],
};

/** From vedlegg 1A (NHN): «Konsekvenser dersom resultatmål ikke prioriteres». Hdir gives none. */
export const CONSEQUENCE_IF_NOT: Readonly<Record<string, string>> = {
  'pll|nhn': 'SFM vil ikke i tilstrekkelig grad kunne understøtte videre utprøving av PLL.',
  'provesvar|nhn':
    'Løsningen som er etablert for å dele pasientens prøvesvar får ikke gjennomført utprøving med formål helsehjelp. ' +
    'NHNs krav for å tilgjengeliggjøre tjenesten tilfredsstilles ikke, og løsningen kan ikke tas i bruk.',
  'journaldokumenter|nhn':
    'Løsningen for deling av journaldokumenter vil ikke gi ønsket nytte fordi den ikke har tilstrekkelig med kilder og konsumenter. ' +
    'Gevinstene for helsepersonell og innbygger faller bort; kostnad og kompleksitet øker for sektoren. ' +
    'Får ikke utviklet tillitsrammeverk for deling av journaldokumenter mellom virksomheter.',
  'kritisk|nhn':
    'Kritisk informasjon vil ikke registreres og tilgjengeliggjøres for helsepersonell på tvers av virksomheter nasjonalt. ' +
    'Gevinsten for innbygger og helsepersonell bortfaller.',
  'maledata|nhn':
    'Funksjonalitet for personvern og tilgangsstyring er begrenset til manuelle prosesser og tilfredsstiller ikke NHNs krav til å starte begrenset bredding. ' +
    'Redusert nytte av velferdsteknologi og DHO-løsninger; økte kostnader for sektoren.',
};

export const BACKGROUND =
  'Regjeringen har foreslått i statsbudsjettet for 2024 å bruke 267,1 millioner kroner på digital samhandling inkl. ' +
  'pasientens legemiddelliste. Det foreslås å sette av 20 millioner kroner i helseteknologiordningen som er øremerket støtte ' +
  'til helsefellesskapenes innføring av pasientens legemiddelliste. Regjeringen foreslår samtidig en samlet styringsramme ' +
  'på 1,25 milliarder kroner de neste 6 årene. Norsk helsenett og Direktoratet for e-helse har levert kostnadsestimater for ' +
  '2024; NHN har synliggjort økninger i drift- og forvaltningskostnader som investeringene vil medføre. Helsekort for gravide ' +
  'og helseteknologiordningen har egne øremerkede midler og behandles ikke her. 12 % usikkerhetsavsetning foreslås avsatt ' +
  'til Helse- og omsorgsdepartementet.';

/** The source's own sentence on what is missing (the modelled reading reproduces it). */
export const MISSING_SENTENCE = 'Det mangler ca. 17 millioner kroner for å realisere ambisjonene på alle tjenesteområder.';

export const RECOMMENDATION =
  'Direktoratet for e-helse og Norsk Helsenett anbefaler alternativ 2 da konsekvensene på pasientens journaldokumenter i ' +
  'dette alternativet er mindre enn konsekvensen for pasientens måledata i alternativ 1.';

/**
 * The attachments as the case's own list names them (seed 001, "Vedlegg" at the end of vedlegg 1).
 * The source prefixes both with "Sak 42-23", its own slip for 43/23 (see the case number note); the
 * prefix is left out so the document does not contradict its case number.
 */
export const ATTACHMENTS = ['Vedlegg 1A: Digital Samhandling – Estimat NHN 2024 v.1.0', 'Vedlegg 1B: Digital Samhandling – Estimat E-helse 2024 v.1.0'].join('\n');
