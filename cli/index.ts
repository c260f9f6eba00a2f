// Headless entry: `npm run --silent cli -- <command> ...`. Each command lives in its own module so
// the import, budget and export features can add theirs without touching one another.
import { describeUnexpectedError } from '../shared/spreadsheet/index.ts';

const commands: Record<string, () => Promise<{ run: (args: string[]) => Promise<number> }>> = {
  check: () => import('./commands/check.ts'),
  case: () => import('./commands/case.ts'),
  export: () => import('./commands/export.ts'),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(
      'Bruk: npm run --silent cli -- <kommando> [argumenter]\n' +
        '  check FIL [--json]                 kontroller en porteføljerapport (.xlsx/.csv)\n' +
        '  case FIL --json                    beregn alternativene i en budsjettsak (.json/.xlsx)\n' +
        '  export INN [--pdf UT.pdf] [--xlsx UT.xlsx]   eksporter rapport eller sak\n',
    );
    return 2;
  }
  try {
    const mod = await load();
    return await mod.run(rest);
  } catch (error) {
    // never the engine's English text: a Norwegian message, and the details only on request
    process.stderr.write(`${describeUnexpectedError(error)}\n`);
    if (process.env.HP_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    return 2;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
