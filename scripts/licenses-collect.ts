/** Walks node_modules from package.json's production dependencies and gathers licences (pure, given an io). */

export interface PackageLicense {
  name: string;
  version: string;
  /** SPDX expression from package.json's `license` (or legacy `licenses`), or {@link NOT_STATED}. */
  license: string;
  /** Text of the package's LICENSE/LICENCE/COPYING file, or "" when it ships none. */
  text: string;
  /** Why the licence or its text is missing from the package, and what is known instead (Norwegian). */
  note?: string;
}

/** The licence of a package whose package.json names none. */
export const NOT_STATED = 'Ikke oppgitt';

/**
 * Packages published without licence information, with what their authors have said elsewhere.
 * Keyed by name@version: a new version may carry its own licence.
 */
const KNOWN_LICENSES: Record<string, { license: string; note: string }> = {
  'buffers@0.1.1': {
    license: 'MIT/X11',
    note:
      'Versjonen på npm oppgir ingen lisens og har ingen lisensfil. Forfatteren (James Halliday) oppga senere «MIT/X11» i ' +
      'prosjektets README og package.json (github.com/substack/node-buffers, sakene 12 og 21), men ga aldri ut en ny versjon, ' +
      'og ingen lisenstekst med opphavsrett finnes. Følger med exceljs (via unzipper og binary).',
  },
};

export interface AssetLicense {
  name: string;
  license: string;
  text: string;
}

export interface LicenseReport {
  packages: PackageLicense[];
  assets: AssetLicense[];
}

export interface LicenseIo {
  readJson(path: string): unknown;
  exists(path: string): boolean;
  readText(path: string): string;
  list(dir: string): string[];
  join(...parts: string[]): string;
  dirname(path: string): string;
  /** The standard text of an SPDX licence ("MIT"), with `<year> <copyright holders>` to fill; null when unknown. */
  standardText?(spdx: string): string | null;
}

interface Manifest {
  name?: string;
  version?: string;
  author?: unknown;
  repository?: unknown;
  license?: unknown;
  licenses?: unknown;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

function licenseOf(m: Manifest): string {
  if (typeof m.license === 'string') return m.license;
  if (m.license && typeof m.license === 'object' && typeof (m.license as { type?: unknown }).type === 'string') {
    return (m.license as { type: string }).type;
  }
  if (Array.isArray(m.licenses)) {
    const types = m.licenses.map((l) => (l && typeof l === 'object' ? (l as { type?: unknown }).type : l)).filter((t) => typeof t === 'string');
    if (types.length > 0) return types.join(' OR ');
  }
  return NOT_STATED;
}

/** Finds `name` the way Node does: in node_modules of `fromDir`, then of each parent up to `root`. */
function resolvePackageDir(name: string, fromDir: string, root: string, io: LicenseIo): string | null {
  let dir = fromDir;
  for (;;) {
    const candidate = io.join(dir, 'node_modules', name);
    if (io.exists(io.join(candidate, 'package.json'))) return candidate;
    if (dir === root || io.dirname(dir) === dir) return null;
    dir = io.dirname(dir);
    // Step out of a node_modules/@scope or node_modules folder to the package that owns it.
    while (/node_modules(\/@[^/]+)?$/.test(dir) && dir !== root) dir = io.dirname(dir);
  }
}

function licenseText(dir: string, io: LicenseIo): string {
  const file = io
    .list(dir)
    .filter((f) => /^(licen[sc]e|copying)(\.|-|$)/i.test(f))
    .sort()[0];
  return file ? io.readText(io.join(dir, file)).trim() : '';
}

/** The manifest's author without e-mail or web address ("Andrew Dillon"), or null. */
function authorOf(m: Manifest): string | null {
  const author = typeof m.author === 'string' ? m.author : m.author && typeof m.author === 'object' ? (m.author as { name?: unknown }).name : undefined;
  return typeof author === 'string' && author.trim() ? author.replace(/\s*<[^>]*>|\s*\([^)]*\)/g, '').trim() : null;
}

/** Where the package's project lives ("github.com/u-elements/u-elements"), or its name. */
function projectOf(m: Manifest): string {
  const repo = typeof m.repository === 'string' ? m.repository : m.repository && typeof m.repository === 'object' ? (m.repository as { url?: unknown }).url : undefined;
  return typeof repo === 'string' ? repo.replace(/^git\+|\.git$/g, '').replace(/^(https?|git):\/\//, '') : (m.name ?? '');
}

/**
 * The licence text for a package that ships none: the SPDX standard text with the holder its
 * manifest names (no year is given anywhere, so none is printed), and a note saying so.
 */
function standardEntry(license: string, m: Manifest, io: LicenseIo): { text: string; note: string } | null {
  const template = io.standardText?.(license);
  if (!template) return null;
  const author = authorOf(m);
  const holder = author ?? `opphavshaverne til ${projectOf(m)}`;
  const who = author ? `opphavshaveren package.json oppgir (${author})` : `prosjektet (${projectOf(m)}) som opphavshaver, fordi package.json ikke oppgir noen forfatter`;
  return {
    text: template.replace(/<year>\s*<copyright holders>/i, holder).trim(),
    note: `Pakken har ingen egen lisensfil. Teksten er standardteksten for ${license} (SPDX), med ${who}.`,
  };
}

export function collectLicenses(root: string, io: LicenseIo): LicenseReport {
  const rootManifest = io.readJson(io.join(root, 'package.json')) as Manifest;
  const seen = new Map<string, PackageLicense>();
  const queue: { name: string; from: string }[] = Object.keys(rootManifest.dependencies ?? {}).map((name) => ({ name, from: root }));
  while (queue.length > 0) {
    const { name, from } = queue.shift()!;
    const dir = resolvePackageDir(name, from, root, io);
    if (!dir) continue; // an optional dependency not installed on this platform
    const m = io.readJson(io.join(dir, 'package.json')) as Manifest;
    const key = `${m.name ?? name}@${m.version ?? ''}`;
    if (seen.has(key)) continue;
    const license = licenseOf(m);
    const known = license === NOT_STATED ? KNOWN_LICENSES[key] : undefined;
    const entry: PackageLicense = { name: m.name ?? name, version: m.version ?? '', license: known?.license ?? license, text: licenseText(dir, io) };
    if (known) entry.note = known.note;
    else if (license === NOT_STATED) entry.note = 'Pakken oppgir ingen lisens i package.json.';
    else if (!entry.text) {
      const standard = standardEntry(license, m, io);
      if (standard) Object.assign(entry, standard);
    }
    seen.set(key, entry);
    for (const dep of Object.keys({ ...m.dependencies, ...m.optionalDependencies })) queue.push({ name: dep, from: dir });
  }
  const packages = [...seen.values()].sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1));
  const assets: AssetLicense[] = [];
  const ofl = io.join(root, 'assets/fonts/OFL.txt');
  if (io.exists(ofl)) assets.push({ name: 'Noto Sans (skrift)', license: 'OFL-1.1', text: io.readText(ofl).trim() });
  return { packages, assets };
}
