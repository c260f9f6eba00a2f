import { FileFilters, sanitizeFileName } from '../../shared/ipc/contract.ts';
import type { Platform } from './platform.ts';

const mimeTypes: Record<string, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

/** Browser host: a hidden file input to open, an anchor download to save. */
export function createBrowserPlatform(doc: Document = document): Platform {
  return {
    kind: 'browser',
    openFiles: (kind, options) =>
      new Promise((resolve, reject) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.multiple = options?.multiple ?? false;
        input.accept = FileFilters[kind].flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
        input.style.display = 'none';
        const done = () => input.remove();
        input.addEventListener('change', () => {
          performance.mark('hp:files-chosen');
          const files = Array.from(input.files ?? []);
          done();
          Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))).then(resolve, reject);
        });
        input.addEventListener('cancel', () => {
          resolve([]);
          done();
        });
        doc.body.appendChild(input);
        input.click();
      }),
    saveFile: async (suggestedName, bytes) => {
      const name = sanitizeFileName(suggestedName);
      const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
      const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeTypes[ext] ?? 'application/octet-stream' });
      const url = URL.createObjectURL(blob);
      const a = doc.createElement('a');
      a.href = url;
      a.download = name;
      a.style.display = 'none';
      doc.body.appendChild(a);
      a.click();
      a.remove();
      // Revoke later: the download starts asynchronously and needs the URL until then.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { savedAs: name };
    },
    appInfo: async () => null,
  };
}
