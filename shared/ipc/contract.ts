/**
 * The one IPC contract between the renderer and Electron's main process. Channels are named
 * `domain:verb`. The preload exposes exactly these as named methods; main registers a handler for
 * each, validates every argument against the limits below and checks the sending frame.
 */

/** A file the user picked in a native dialog. Bytes are parsed in the renderer, never in main. */
export interface PickedFile {
  /** Base name only (no directory), e.g. "portefolje-2022-09.xlsx". */
  name: string;
  bytes: Uint8Array;
}

/** Which kinds of file a dialog offers. */
export type FileKind = 'report' | 'case' | 'backup';

/** Arguments of `files:open`. */
export interface OpenFilesRequest {
  kind: FileKind;
  /** Allow choosing several files (several CSVs of one period). */
  multiple: boolean;
}

/** Arguments of `files:save`. */
export interface SaveFileRequest {
  /** Suggested base name, e.g. "NUIT-sak 43-23.pdf". */
  suggestedName: string;
  bytes: Uint8Array;
}

/** Result of `files:save`: the chosen path's base name, or null when the user cancelled. */
export type SaveFileResult = { savedAs: string } | null;

/** What `app:info` returns, for the "Om" dialog. */
export interface AppInfo {
  name: string;
  version: string;
  electron: string;
  chrome: string;
  node: string;
  platform: string;
  userDataPath: string;
}

/** Channel names. */
export const Channels = {
  filesOpen: 'files:open',
  filesSave: 'files:save',
  appInfo: 'app:info',
} as const;

export type Channel = (typeof Channels)[keyof typeof Channels];

/** The API the preload exposes on `window.helseportefolje`. */
export interface DesktopBridge {
  openFiles(request: OpenFilesRequest): Promise<PickedFile[]>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  appInfo(): Promise<AppInfo>;
}

/** Limits main enforces; a larger file is refused before it is read into memory. */
export const IpcLimits = {
  /** Largest file accepted by `files:open` or written by `files:save`. */
  maxFileBytes: 200 * 1024 * 1024,
  maxFiles: 50,
  maxNameLength: 200,
} as const;

/** File-dialog filters per kind (labels in Norwegian). */
export const FileFilters: Record<FileKind, { name: string; extensions: string[] }[]> = {
  report: [{ name: 'Porteføljerapport (Excel eller CSV)', extensions: ['xlsx', 'xlsm', 'csv'] }],
  case: [{ name: 'Budsjettsak (JSON) eller estimater (Excel)', extensions: ['json', 'xlsx'] }],
  backup: [{ name: 'Sikkerhetskopi', extensions: ['json', 'hpbackup'] }],
};

const fileKinds: readonly FileKind[] = ['report', 'case', 'backup'];

/** A validation failure; main answers the renderer with this message and does nothing. */
export class IpcValidationError extends Error {
  override name = 'IpcValidationError';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function onlyKeys(v: Record<string, unknown>, keys: string[], what: string): void {
  for (const k of Object.keys(v)) {
    if (!keys.includes(k)) throw new IpcValidationError(`${what}: ukjent felt «${k}»`);
  }
}

/** Validates `files:open` arguments. */
export function parseOpenFilesRequest(v: unknown): OpenFilesRequest {
  if (!isRecord(v)) throw new IpcValidationError('files:open: forventet et objekt');
  onlyKeys(v, ['kind', 'multiple'], 'files:open');
  if (typeof v.kind !== 'string' || !fileKinds.includes(v.kind as FileKind)) {
    throw new IpcValidationError('files:open: ugyldig filtype');
  }
  if (typeof v.multiple !== 'boolean') throw new IpcValidationError('files:open: «multiple» må være sann/usann');
  return { kind: v.kind as FileKind, multiple: v.multiple };
}

/**
 * A safe base file name: no directory parts, no control or reserved characters, not empty, not
 * "." or "..", at most `IpcLimits.maxNameLength` characters.
 */
export function sanitizeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_').replace(/^[\s.]+|[\s.]+$/g, '');
  const cut = cleaned.slice(0, IpcLimits.maxNameLength);
  return cut === '' ? 'fil' : cut;
}

/** Validates `files:save` arguments. */
export function parseSaveFileRequest(v: unknown): SaveFileRequest {
  if (!isRecord(v)) throw new IpcValidationError('files:save: forventet et objekt');
  onlyKeys(v, ['suggestedName', 'bytes'], 'files:save');
  if (typeof v.suggestedName !== 'string' || v.suggestedName.length === 0 || v.suggestedName.length > 1000) {
    throw new IpcValidationError('files:save: ugyldig filnavn');
  }
  if (!(v.bytes instanceof Uint8Array)) throw new IpcValidationError('files:save: innholdet må være bytes');
  if (v.bytes.byteLength > IpcLimits.maxFileBytes) throw new IpcValidationError('files:save: filen er for stor');
  return { suggestedName: sanitizeFileName(v.suggestedName), bytes: v.bytes };
}

/** Validates that a call carries no arguments (e.g. `app:info`). */
export function parseNoArgs(args: unknown[], channel: Channel): void {
  if (args.length !== 0) throw new IpcValidationError(`${channel}: tar ingen argumenter`);
}
