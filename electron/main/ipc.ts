import {
  Channels,
  FileFilters,
  IpcLimits,
  IpcValidationError,
  parseNoArgs,
  parseOpenFilesRequest,
  parseSaveFileRequest,
} from '../../shared/ipc/contract.ts';
import type { AppInfo, Channel, PickedFile, SaveFileResult } from '../../shared/ipc/contract.ts';
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
  fileSize(path: string): Promise<number>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  baseName(path: string): string;
  appInfo(): AppInfo;
}

type Handler = (sender: IpcSender, args: unknown[]) => Promise<unknown>;

function extensionFilter(name: string): { name: string; extensions: string[] }[] {
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  const labels: Record<string, string> = { pdf: 'PDF-dokument', xlsx: 'Excel-arbeidsbok', csv: 'CSV-fil', json: 'JSON-fil' };
  return ext ? [{ name: labels[ext] ?? ext.toUpperCase(), extensions: [ext] }] : [];
}

/**
 * Builds the handler table. Unknown channels have no entry and are refused by `dispatch`; every
 * handler validates its arguments before touching a dialog or the disk.
 */
export function createHandlers(deps: IpcDeps): Record<Channel, Handler> {
  return {
    [Channels.filesOpen]: async (_sender, args) => {
      if (args.length !== 1) throw new IpcValidationError('files:open: tar ett argument');
      const request = parseOpenFilesRequest(args[0]);
      const paths = await deps.showOpenDialog({ multiple: request.multiple, filters: FileFilters[request.kind] });
      if (paths.length > IpcLimits.maxFiles) throw new IpcValidationError(`Velg høyst ${IpcLimits.maxFiles} filer om gangen.`);
      const files: PickedFile[] = [];
      for (const p of paths) {
        // Size is checked before reading so an absurd file never lands in memory.
        const size = await deps.fileSize(p);
        if (size > IpcLimits.maxFileBytes) {
          throw new IpcValidationError(`Filen «${deps.baseName(p)}» er for stor (${Math.round(size / 1e6)} MB).`);
        }
        files.push({ name: deps.baseName(p), bytes: await deps.readFile(p) });
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
