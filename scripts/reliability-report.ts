/** Renders docs/reliability.md from measured figures (pure; scripts/reliability.ts measures). */
import type { CorpusCase } from '../test/robustness/corpus-types.ts';
import type { Figures, HarnessOptions } from '../test/robustness/harness.ts';

export interface GroupRow {
  group: string;
  inputs: number;
  imported: number;
  refused: number;
  other: number;
}

const GROUPS: [RegExp, string][] = [
  [/^zip-/, 'Rød gruppe: ZIP bygget felt for felt (ZIP64, antall, CRC, duplikater, lokale hoder, bomber)'],
  [/^(cell-column|row-beyond|merge-reversed|merge-many|junk-rows|duplicate-cell|duplicate-row|tiltak-on-hidden|sheet-names-differ|sheet-valid)/, 'Rød gruppe: arkgrenser og advarsler (kolonne > XFD, rad > 1 048 576, sammenslåinger, duplikater, skjulte ark)'],
  [/^(error-value|period-|date-2022|money-)/, 'Rød gruppe: urimelige verdier (beløp, perioder, datoer, feilverdier)'],
  [/^csv-/, 'Rød gruppe: fiendtlige CSV-filer (åpne anførselstegn, slukte rader, størrelse)'],
  [/^case-/, 'Rød gruppe: fiendtlige saksfiler (typer, størrelser, id-er)'],
  [/^estimates-(reserve|id|rewritten)/, 'Rød gruppe: estimatarbeidsbøker (reserve, id-er)'],
  [/^original$/, 'Uendrede eksempelfiler (skal importeres)'],
  [/^truncated/, 'Avkortet'],
  [/^(xml-)?bitflip/, 'Bitfeil (i fila eller i XML-en)'],
  [/^(missing-|only-content|empty-zip)/, 'Manglende deler'],
  [/^(xml-|workbook-xml|sharedstrings-broken|styles-broken)/, 'Ødelagt XML (avkortet, dyp nesting, entiteter, XXE, enorme attributter)'],
  [/^sst-index/, 'Ugyldige indekser til delte strenger'],
  [/(__proto__|constructor|prototype|hasOwnProperty|traversal|external|duplicate|proto-)/, 'Farlige navn (__proto__, stier ut av arkivet)'],
  [/^(cell-ref|row-number|dimension|merge|many-columns|ten-thousand|one-long-line|many-empty|lines-10000|strings-huge|deep-)/, 'Enorme dimensjoner og dybder'],
  [/^(bomb|lying-size|stored-method)/, 'Dekomprimeringsbomber og løgnaktige hoder'],
  [/(utf|latin1|ebcdic|invalid-utf8|bom|nul-bytes|encoding)/, 'Feil tegnkoding'],
  [/^(empty|one-byte|only-|null$|array$|number$)/, 'Tomme og nesten tomme filer'],
  [/(png|jpeg|gif|pdf|html|exe|gzip|ods)/, 'Andre filtyper med .xlsx/.csv-navn'],
  [/^(legacy-xls|password-protected)/, 'Gammel .xls og passordbeskyttet'],
];

const READERS: Record<CorpusCase['reader'], string> = { report: 'rapport', 'case-json': 'sak (JSON)', estimates: 'estimater (Excel)' };

export function groupOf(c: CorpusCase): string {
  for (const [re, label] of GROUPS) if (re.test(c.kind)) return label;
  return 'Andre avvik (tall, formler, skilletegn, versjoner)';
}

export interface ReliabilityInput {
  date: string;
  commit: string;
  machine: string;
  harness: HarnessOptions;
  figures: Figures;
  groups: GroupRow[];
  corpusSeconds: number;
  slowest: { id: string; ms: number }[];
  electronegativity: { electron: string; counts: Record<string, number>; findings: { check: string; severity: string; file: string; location: string }[] };
  electronegativityPassed: boolean;
}

export function renderReliability(r: ReliabilityInput): string {
  const f = r.figures;
  const en = r.electronegativity;
  const lines = [
    '# Pålitelighet',
    '',
    `Generert av \`npm run reliability\` (scripts/reliability.ts) ${r.date}, commit ${r.commit}, ${r.machine}. Ikke rediger for hånd.`,
    '',
    '## Robusthet: ødelagte og uvanlige filer',
    '',
    `Korpuset lages av \`test/robustness/corpus.ts\` fra eksempelfilene i \`assets/examples\` (ingen binærfiler sjekkes inn) og kjøres`,
    'gjennom de ekte leserne: rapportimporten (`importPortfolio`), budsjettsaksfila (`parseCaseFile`) og estimatarbeidsboka',
    `(\`readSpreadsheet\` + \`readEstimatesWorkbook\`). Hver fil leses i en worker-tråd med tidsgrense ${r.harness.timeoutMs / 1000} s og`,
    `heapgrense ${r.harness.heapLimitMb} MB. Samme korpus kjøres i CI (\`test/robustness/corpus.test.ts\`).`,
    '',
    '| Mål | Antall |',
    '| --- | ---: |',
    `| Inndata prøvd | ${f.inputs} |`,
    `| – rapport / sak (JSON) / estimater (Excel) | ${Object.entries(READERS).map(([k]) => f.byReader[k] ?? 0).join(' / ')} |`,
    `| Importert | ${f.imported} |`,
    `| Avvist med melding | ${f.refused} |`,
    `| Krasj (unntak som slapp ut) | ${f.crashes} |`,
    `| Heng (over tidsgrensen) | ${f.hangs} |`,
    `| Tom for minne (over heapgrensen) | ${f.outOfMemory} |`,
    `| Delvise importer (skadet kopi importert med færre tiltak, uten feil) | ${f.partialImports} |`,
    `| Uklare meldinger (tomme, engelske eller lekkede interne feil) | ${f.unclearMessages} |`,
    `| Eksempelfiler som ikke ble importert | ${f.seedsNotImported} |`,
    `| Feilaktig godtatt (skulle vært avvist, ble importert) | ${f.wrongAcceptances} |`,
    `| Gyldige filer avvist | ${f.validRefused} |`,
    `| Manglende advarsler (skulle importeres med advarsel) | ${f.missingWarnings} |`,
    `| CSV avkortet nøyaktig ved et radskille (se under) | ${f.undetectableTruncations} |`,
    `| Største heap etter en fil | ${Math.round(f.maxHeapMb)} MB |`,
    `| Tregeste fil | ${Math.round(f.slowestMs)} ms |`,
    `| Hele korpuset (generering + kjøring) | ${Math.round(r.corpusSeconds)} s |`,
    '',
    '| Gruppe | Inndata | Importert | Avvist | Annet |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...r.groups.map((g) => `| ${g.group} | ${g.inputs} | ${g.imported} | ${g.refused} | ${g.other} |`),
    '',
    `Tregeste: ${r.slowest.map((s) => `${s.id} (${Math.round(s.ms)} ms)`).join(', ')}.`,
    '',
    'En CSV-fil som er kuttet *nøyaktig* ved et radskille, er en gyldig, kortere CSV-fil: formatet har verken lengde eller',
    'kontrollsum, så ingen leser kan se forskjell. Slike tilfeller telles for seg over og er ikke delvise importer av en',
    'skadet fil; en CSV kuttet midt i en rad avvises. Excel-filer har CRC-32 per del, og den kontrolleres.',
    '',
    f.problems.length === 0 ? 'Ingen avvik.' : `Avvik:\n\n${f.problems.map((p) => `- ${p}`).join('\n')}`,
    '',
    '## Datasikkerhet',
    '',
    'Hva som beskytter analytikerens data, og testen som viser det:',
    '',
    '| Krav | Slik | Test |',
    '| --- | --- | --- |',
    '| Rullerende automatiske sikkerhetskopier (de 15 nyeste) før hver import, før hver gjenoppretting og én gang om dagen | `takeAutomaticBackup` / `takeDailyBackupIfDue` (renderer/db/backup.ts); Electron: filer i `userData/backups` via `backup:*`-kanalene, skrevet atomisk; nettleser: egen IndexedDB-database | test/renderer/backup/backup.test.ts, import-safety.test.ts, test/electron/backup-ipc.test.ts |',
    '| «Sikkerhetskopi» og «Gjenopprett» i appen | Én fil, versjonert (format og skjemaversjon), SHA-256 over innholdet | test/renderer/backup/backup-dialog.test.tsx, test/e2e/security.e2e.ts |',
    '| Gjenoppretting avviser skadet, avkortet eller feil versjon uten å røre dataene | Hele fila kontrolleres før noe skrives; så én transaksjon over alle tabeller | backup.test.ts («refuses corrupt …») |',
    '| Gjenoppretting kan ikke tømme data bak et sannferdig utseende sammendrag | Hver post kontrolleres som ved lasting (rader mot radskjemaer, saker gjennom saksfilens sjekker), manglende tabell avvises, antallene i hodet må stemme og antallene som vises telles i innholdet; SHA-256 oppdager skade, ikke manipulering | test/renderer/backup/restore-validation.test.ts |',
    '| Ingen tapt oppdatering mellom vinduer | Sakens revisjon sjekkes i lagretransaksjonen; ved konflikt velger analytikeren hvilken versjon som gjelder (den andre legges i historikken); lagringer kringkastes (BroadcastChannel) | test/renderer/db/cases-conflict.test.ts |',
    '| Migreringer fra alle tidligere skjemaversjoner | Fikstur per versjon i test/fixtures/robustness/schema-v*.json; testen krever én for hver | test/renderer/backup/migrations.test.ts |',
    '| Feil midt i en import etterlater databasen nøyaktig som før | `savePeriod` skriver i én transaksjon; injisert feil etter noen rader | import-safety.test.ts |',
    '| Full disk / overskredet kvote gir klar melding og beholder data | `describeStorageError` (QuotaExceededError, ENOSPC) i import, sikkerhetskopi og gjenoppretting | import-safety.test.ts, backup.test.ts, backup-ipc.test.ts |',
    '| Et annet vindu eller en annen instans kan ikke ødelegge databasen | Electron: enkeltinstanslås; IndexedDB-transaksjoner er atomiske på tvers av faner; en nyere versjon i et annet vindu lukker denne tilkoblingen (`versionchange`) og ber om omlasting; etter gjenoppretting lastes andre vinduer inn på nytt (BroadcastChannel) | backup-dialog.test.tsx («several windows») |',
    '',
    '## Electronegativity',
    '',
    `Over kildene (\`electron/\` + \`renderer/index.html\`) og den bygde appen (\`out/\`), Electron ${en.electron}. Begrunnelser i docs/security.md.`,
    `Resultat: ${r.electronegativityPassed ? 'godkjent' : '**ikke godkjent**'}.`,
    '',
    '| Alvorlighet | Funn |',
    '| --- | ---: |',
    ...['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].map((s) => `| ${s} | ${en.counts[s] ?? 0} |`),
    '',
    ...en.findings.map((x) => `- ${x.severity} \`${x.check}\` i ${x.file}:${x.location}`),
    '',
    'MEDIUM-funnene er `PRELOAD_JS_CHECK`, en «review required»-sjekk som slår ut på enhver preload; gjennomgangen står i',
    'docs/security.md. Ingen andre HIGH- eller MEDIUM-funn godtas av skriptet.',
    '',
  ];
  return lines.join('\n');
}
