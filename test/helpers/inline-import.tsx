import { useState } from 'react';
import type { ReactNode } from 'react';
import { backupStore } from '../../renderer/db/backup.ts';
import { ImportRunnerContext } from '../../renderer/features/import/import-runner.ts';
import type { ImportRunner } from '../../renderer/features/import/import-runner.ts';
import { createImportSession } from '../../renderer/features/import/import-session.ts';

/**
 * Component tests run imports in-process (jsdom has no Worker): the same session the import
 * worker runs, answering after a macrotask as a worker would; backups go where the page's would.
 */
export function inlineImportRunner(): ImportRunner {
  const session = createImportSession();
  const later = <T,>(work: () => Promise<T>) => new Promise<T>((resolve, reject) => setTimeout(() => work().then(resolve, reject), 0));
  return {
    warmUp: () => {},
    read: (files, onProgress) => later(() => session.read(files, onProgress)),
    store: (request, onProgress) => later(() => session.store(request, backupStore(), onProgress)),
    discard: (importId) => session.discard(importId),
    compare: (importId, periodKey) => later(() => session.compare(importId, periodKey)),
    cancel: () => {},
  };
}

/** Wrap import UI in this (e.g. `render(ui, { wrapper: InlineImports })`) to run imports in-process. */
export function InlineImports(props: { children: ReactNode; runner?: ImportRunner }) {
  const [own] = useState(inlineImportRunner);
  return <ImportRunnerContext value={props.runner ?? own}>{props.children}</ImportRunnerContext>;
}
