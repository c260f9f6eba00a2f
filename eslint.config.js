import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';

// Layering is enforced here, not by convention: shared/ stays pure so it runs in main, renderer,
// workers and the CLI alike; renderer/ never reaches into Node or Electron; electron/ never into the UI.
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'stream', 'zlib', 'util', 'worker_threads'];

const pattern = (group, message) => ({ group, message });

// Shipped code (shared, renderer, electron, cli) never reaches into tests or benchmarks: their
// seams are injected from test/ and bench/, not built in.
const noTestCode = pattern(['**/test/**', '**/bench/**'], 'Kode som leveres kan ikke importere fra test/ eller bench/.');

// Each shared/ domain has one public entry (index.ts). Another domain, and shipped code outside
// shared/, may import a domain only through it; shared/spreadsheet and shared/import strictly so
// from everywhere shipped, the other domains from within shared/ (the renderer still names their
// modules, which keeps its chunks free of what it does not use).
const DOMAINS = ['budget', 'export', 'format', 'import', 'ipc', 'portfolio', 'spreadsheet'];
const domainZones = [
  ...DOMAINS.flatMap((target) =>
    DOMAINS.filter((from) => from !== target).map((from) => ({
      target: `./shared/${target}`,
      from: `./shared/${from}`,
      except: ['./index.ts'],
      message: `Bruk shared/${from}/index.ts: andre domener importerer bare domenets offentlige inngang.`,
    })),
  ),
  ...['spreadsheet', 'import'].map((from) => ({
    target: ['./renderer', './electron', './cli'],
    from: `./shared/${from}`,
    except: ['./index.ts'],
    message: `Bruk shared/${from}/index.ts, domenets offentlige inngang.`,
  })),
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'dist-web/**', 'dist-bench/**', 'release/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Bruk navngitte eksporter.' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          pattern(['react', 'react-dom', 'react/*', 'react-dom/*'], 'shared/ er ren logikk: ingen React.'),
          pattern(['electron', 'electron/*'], 'shared/ er ren logikk: ingen Electron.'),
          pattern(['dexie', 'dexie-*'], 'shared/ er ren logikk: lagring hører til renderer/db.'),
          pattern(nodeBuiltins, 'shared/ er ren logikk: ingen Node-moduler.'),
          pattern(['**/renderer/**', '**/electron/**'], 'shared/ kan ikke avhenge av renderer/ eller electron/.'),
          noTestCode,
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', {
        patterns: [
          pattern(['electron', 'electron/*'], 'renderer/ snakker med Electron kun gjennom plattformadapteren.'),
          pattern(nodeBuiltins, 'renderer/ kjører i nettleseren: ingen Node-moduler.'),
          pattern(['**/electron/**'], 'renderer/ kan ikke importere fra electron/.'),
          noTestCode,
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [pattern(['**/renderer/**', 'react', 'react-dom', 'dexie'], 'electron/ kan ikke importere fra renderer/.'), noTestCode],
      }],
    },
  },
  {
    files: ['cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noTestCode] }] },
  },
  {
    // No import cycles anywhere: a cycle means two modules are one, or a layer depends on the one above.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: domainZones }],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts', 'cli/**/*.ts', 'scripts/**/*.{ts,js,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-restricted-syntax': 'off' },
  },
);
