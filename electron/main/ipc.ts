import { Channels, FileFilters, IpcLimits, IpcValidationError } from '../../shared/ipc/contract.ts';
import {
  parseBackupFileRequest,
  parseBackupNameRequest,
  parseNoArgs,
  parseOneArg,
  parseOpenFilesRequest,
  parseSaveFileRequest,
} from '../../shared/ipc/validate.ts';
import type { AppInfo, BackupEntry, Channel, PickedFile, SaveFileResult } from '../../shared/ipc/contract.ts';
import type { BackupDir } from './backup-dir.ts';
import { isTrustedSender } from './security.ts';

/** What a handler learns about who is calling. */
export interface IpcSender {
  frameUrl: string | undefined;
  isMainFrame: boolean;
}

/** The side effects handlers need, injected so they are tested without Electron or a disk. */
export interface IpcDeps {
  showOpenDialog(options: { multiple: boolean; filters: { name: string; extensions: string[] }[] }): Promise<string[]>;
  showSaveDialog(options: { defaultName: string; filters: { name: string; extensions: string[] }[] }): Promise<string | null>;
  /**
   * Reads a picked file: opened once, a regular file, at most `limit` bytes (see read-limited.ts);
   * throws an {@link IpcValidationError} with a Norwegian message otherwise.
   */
  readPickedFile(path: string, name: string, limit: number): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  baseName(path: string): string;
  appInfo(): AppInfo;
}

/** What main may do to the app window on the renderer's behalf. */
export interface WindowControl {
  /** Reloads the app window's own page (main-initiated, so no navigation is allowed for it). */
  reload(): void;
}

type Handler = (sender: IpcSender, args: unknown[]) => Promise<unknown>;

function extensionFilter(name: string): { name: string; extensions: string[] }[] {
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  const labels: Record<string, string> = { pdf: 'PDF-dokument', xlsx: 'Excel-arbeidsbok', csv: 'CSV-fil', json: 'JSON-fil' };
  return ext ? [{ name: labels[ext] ?? ext.toUpperCase(), extensions: [ext] }] : [];
}

function noBackups(): never {
  throw new IpcValidationError('Sikkerhetskopier er ikke tilgjengelige.');
}

/** The backup channels: names are validated by the contract, so every path stays inside the folder. */
type BackupChannel = typeof Channels.backupWrite | typeof Channels.backupList | typeof Channels.backupRead | typeof Channels.backupDelete;

function backupHandlers(dir: BackupDir | undefined): Record<BackupChannel, Handler> {
  return {
    [Channels.backupWrite]: async (_sender, args) => {
      const request = parseBackupFileRequest(parseOneArg(args, Channels.backupWrite));
      if (!dir) noBackups();
      await dir.writeAtomic(request.name, request.bytes);
    },
    [Channels.backupList]: async (_sender, args): Promise<BackupEntry[]> => {
      parseNoArgs(args, Channels.backupList);
      if (!dir) noBackups();
      return dir.list();
    },
    [Channels.backupRead]: async (_sender, args) => {
      const request = parseBackupNameRequest(parseOneArg(args, Channels.backupRead), Channels.backupRead);
      if (!dir) noBackups();
      return dir.read(request.name);
    },
    [Channels.backupDelete]: async (_sender, args) => {
      const request = parseBackupNameRequest(parseOneArg(args, Channels.backupDelete), Channels.backupDelete);
      if (!dir) noBackups();
      await dir.remove(request.name);
    },
  };
}

/**
 * Builds the handler table. Unknown channels have no entry and are refused by `dispatch`; every
 * handler validates its arguments before touching a dialog or the disk.
 */
export function createHandlers(deps: IpcDeps, backups?: BackupDir, windowControl?: WindowControl): Record<Channel, Handler> {
  return {
    ...backupHandlers(backups),
    [Channels.appReload]: async (_sender, args) => {
      parseNoArgs(args, Channels.appReload);
      if (!windowControl) throw new IpcValidationError('Omlasting er ikke tilgjengelig.');
      windowControl.reload();
    },
    [Channels.filesOpen]: async (_sender, args) => {
      if (args.length !== 1) throw new IpcValidationError('files:open: tar ett argument');
      const request = parseOpenFilesRequest(args[0]);
      const paths = await deps.showOpenDialog({ multiple: request.multiple, filters: FileFilters[request.kind] });
      if (paths.length > IpcLimits.maxFiles) throw new IpcValidationError(`Velg høyst ${IpcLimits.maxFiles} filer om gangen.`);
      const files: PickedFile[] = [];
      for (const p of paths) {
        // One open, checked on the handle, read to at most the limit: no FIFO hang, no /dev/zero growth.
        const name = deps.baseName(p);
        files.push({ name, bytes: await deps.readPickedFile(p, name, IpcLimits.maxFileBytes) });
      }
      return files;
    },
    [Channels.filesSave]: async (_sender, args): Promise<SaveFileResult> => {
      if (args.length !== 1) throw new IpcValidationError('files:save: tar ett argument');
      const request = parseSaveFileRequest(args[0]);
      const path = await deps.showSaveDialog({ defaultName: request.suggestedName, filters: extensionFilter(request.suggestedName) });
      if (!path) return null;
      await deps.writeFile(path, request.bytes);
      return { savedAs: deps.baseName(path) };
    },
    [Channels.appInfo]: async (_sender, args) => {
      parseNoArgs(args, Channels.appInfo);
      return deps.appInfo();
    },
  };
}

/** Checks the sender and the channel, then runs the handler. */
export async function dispatch(
  handlers: Record<string, Handler>,
  channel: string,
  sender: IpcSender,
  args: unknown[],
): Promise<unknown> {
  if (!isTrustedSender(sender.frameUrl, sender.isMainFrame)) {
    throw new IpcValidationError(`${channel}: avvist, ukjent avsender`);
  }
  const handler = Object.prototype.hasOwnProperty.call(handlers, channel) ? handlers[channel] : undefined;
  if (!handler) throw new IpcValidationError(`Ukjent kanal: ${channel}`);
  return handler(sender, args);
}
