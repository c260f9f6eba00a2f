import { z } from 'zod';
import { BACKUP_NAME_PATTERN, IpcLimits, IpcValidationError, sanitizeFileName } from './contract.ts';
import type { BackupFileRequest, BackupNameRequest, Channel, FileKind, OpenFilesRequest, SaveFileRequest } from './contract.ts';

/*
 * Runtime validation of IPC arguments, used by main only (the preload must stay free of
 * dependencies, so zod lives here and not in contract.ts).
 */

const fileKinds = ['report', 'case', 'backup'] as const satisfies readonly FileKind[];

/**
 * Runtime schemas (zod) for every channel's arguments. Objects are strict: an unknown field is
 * refused, not ignored, so a compromised renderer cannot smuggle a path or option past main.
 */
export const IpcSchemas = {
  openFiles: z.strictObject({
    kind: z.enum(fileKinds, { error: 'ugyldig filtype' }),
    multiple: z.boolean({ error: '«multiple» må være sann/usann' }),
  }),
  saveFile: z.strictObject({
    suggestedName: z.string({ error: 'ugyldig filnavn' }).min(1, { error: 'ugyldig filnavn' }).max(1000, { error: 'ugyldig filnavn' }),
    bytes: z
      .instanceof(Uint8Array, { error: 'innholdet må være bytes' })
      .refine((b) => b.byteLength <= IpcLimits.maxFileBytes, { error: 'filen er for stor' }),
  }),
  backupFile: z.strictObject({
    name: z.string({ error: 'ugyldig navn på sikkerhetskopi' }).regex(BACKUP_NAME_PATTERN, { error: 'ugyldig navn på sikkerhetskopi' }),
    bytes: z
      .instanceof(Uint8Array, { error: 'innholdet må være bytes' })
      .refine((b) => b.byteLength > 0, { error: 'sikkerhetskopien er tom' })
      .refine((b) => b.byteLength <= IpcLimits.maxBackupBytes, { error: 'sikkerhetskopien er for stor' }),
  }),
  backupName: z.strictObject({
    name: z.string({ error: 'ugyldig navn på sikkerhetskopi' }).regex(BACKUP_NAME_PATTERN, { error: 'ugyldig navn på sikkerhetskopi' }),
  }),
} as const;

/** Runs a schema and turns its first problem into a Norwegian {@link IpcValidationError}. */
function parseWith<T>(schema: z.ZodType<T>, v: unknown, what: string): T {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new IpcValidationError(`${what}: forventet et objekt`);
  const result = schema.safeParse(v);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue?.code === 'unrecognized_keys') throw new IpcValidationError(`${what}: ukjent felt «${issue.keys.join('», «')}»`);
  throw new IpcValidationError(`${what}: ${issue?.message ?? 'ugyldig argument'}`);
}

/** Validates `files:open` arguments. */
export function parseOpenFilesRequest(v: unknown): OpenFilesRequest {
  return parseWith(IpcSchemas.openFiles, v, 'files:open');
}

/** Validates `files:save` arguments. */
export function parseSaveFileRequest(v: unknown): SaveFileRequest {
  const r = parseWith(IpcSchemas.saveFile, v, 'files:save');
  return { suggestedName: sanitizeFileName(r.suggestedName), bytes: r.bytes };
}

/** Validates `backup:write` arguments. */
export function parseBackupFileRequest(v: unknown): BackupFileRequest {
  return parseWith(IpcSchemas.backupFile, v, 'backup:write');
}

/** Validates `backup:read` / `backup:delete` arguments. */
export function parseBackupNameRequest(v: unknown, channel: Channel): BackupNameRequest {
  return parseWith(IpcSchemas.backupName, v, channel);
}

/** Validates that a call carries exactly one argument and returns it. */
export function parseOneArg(args: unknown[], channel: Channel): unknown {
  if (args.length !== 1) throw new IpcValidationError(`${channel}: tar ett argument`);
  return args[0];
}

/** Validates that a call carries no arguments (e.g. `app:info`). */
export function parseNoArgs(args: unknown[], channel: Channel): void {
  if (args.length !== 0) throw new IpcValidationError(`${channel}: tar ingen argumenter`);
}
