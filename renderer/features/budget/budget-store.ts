import { create } from 'zustand';
import { parseCaseFile, parseCaseObject, serializeCase } from '../../../shared/budget/case-file.ts';
import type { History } from '../../../shared/budget/edits.ts';
import { emptyCase, historyOf, newId, pushHistory, redo, undo } from '../../../shared/budget/edits.ts';
import type { BudgetCase } from '../../../shared/budget/model.ts';
import { readEstimatesWorkbook } from '../../../shared/budget/workbook.ts';
import type { ImportIssue } from '../../../shared/import/index.ts';
import { describeUnexpectedError, readSpreadsheet } from '../../../shared/spreadsheet/index.ts';
import exampleJson from '../../../assets/examples/nuit-43-23-sak.json';
import type { CaseSummary } from '../../db/cases-repo.ts';
import { deleteCase, listCases, loadCase, saveCase } from '../../db/cases-repo.ts';
import { CaseConflictError, resolveCaseConflict, watchOtherWindows } from './case-conflict.ts';
import { getPlatform } from '../../platform/index.ts';
import { useNotices } from '../../store/notifications.ts';

/** Sections of an open case. */
export type CaseTab = 'sak' | 'estimater' | 'alternativer' | 'sammenlign' | 'versjoner';
const CASE_TABS: readonly CaseTab[] = ['sak', 'estimater', 'alternativer', 'sammenlign', 'versjoner'];

interface BudgetState {
  list: CaseSummary[];
  listStatus: 'idle' | 'loading' | 'ready' | 'error';
  /** The open case with its undo/redo history; null shows the list. */
  history: History<BudgetCase> | null;
  tab: CaseTab;
  /** The alternative being edited. */
  selectedAltId: string | null;
  /** Alternatives chosen for the comparison (2–4, the baseline included). */
  compareIds: string[];
  saving: boolean;
  /** A file read whose case is already stored: the analyst chooses to update it or make a copy. */
  pendingImport: BudgetCase | null;
  /** Why the last case file could not be opened, located by sheet, row and column; nothing was stored. */
  fileProblem: { file: string; issues: ImportIssue[]; total: number } | null;
  dismissFileProblem: () => void;
  /** Resolves a pending import: update the stored case, store a copy, or drop it. */
  resolveImport: (choice: 'update' | 'copy' | 'cancel') => Promise<void>;
  refreshList: () => Promise<void>;
  /** Opens a case (stores it first). */
  open: (c: BudgetCase) => Promise<void>;
  openStored: (id: string) => Promise<void>;
  close: () => void;
  /** Applies an edit: undoable and autosaved. */
  edit: (fn: (c: BudgetCase, now: string) => BudgetCase) => void;
  undo: () => void;
  redo: () => void;
  remove: (id: string) => Promise<void>;
  setTab: (tab: CaseTab) => void;
  selectAlt: (id: string | null) => void;
  setCompareIds: (ids: string[]) => void;
}

const notify = (kind: 'info' | 'success' | 'warning' | 'danger', text: string) => useNotices.getState().notify(kind, text);

/**
 * A workbook carries no named versions, so updating a stored case from one must not drop them:
 * the file's versions (a case file has them) come first, then the stored ones it lacks.
 */
async function keepNamedVersions(c: BudgetCase): Promise<BudgetCase> {
  const stored = await loadCase(c.id);
  if (!stored) return c;
  const inFile = new Set(c.versions.map((v) => v.id));
  return { ...c, createdAt: stored.createdAt, versions: [...c.versions, ...stored.versions.filter((v) => !inFile.has(v.id))] };
}

let saveChain: Promise<void> = Promise.resolve();

/** Saves in order; a failure is told to the user, never swallowed. */
function persist(c: BudgetCase, set: (p: Partial<BudgetState>) => void): void {
  set({ saving: true });
  saveChain = saveChain
    .then(() => saveCase(c))
    .catch(async (e: unknown) => {
      if (!(e instanceof CaseConflictError)) return notify('danger', `Kunne ikke lagre «${c.title}». Siste endring er ikke lagret.`);
      const r = await resolveCaseConflict(e);
      if (r.kept === 'theirs') useBudgetStore.setState({ history: historyOf(r.case) });
      notify('info', r.kept === 'mine' ? `Endringene dine i «${c.title}» er lagret; versjonen fra det andre vinduet ligger i historikken.` : `«${r.case.title}» viser nå versjonen fra det andre vinduet.`);
    })
    .finally(() => set({ saving: false }));
}

/** Resolves when every save started so far has finished (for tests and before closing). */
export function whenSaved(): Promise<void> {
  return saveChain;
}

function firstAlt(c: BudgetCase): string | null {
  return (c.alternatives.find((a) => a.recommended) ?? c.alternatives[0])?.id ?? null;
}

/** The estimates, then the alternatives in the case's order: the order the case document uses. */
function defaultCompare(c: BudgetCase): string[] {
  return ['baseline', ...c.alternatives.map((a) => a.id)].slice(0, 4);
}

export const useBudgetStore = create<BudgetState>((set, get) => ({
  fileProblem: null,
  dismissFileProblem: () => set({ fileProblem: null }),
  list: [],
  listStatus: 'idle',
  history: null,
  tab: 'sak',
  selectedAltId: null,
  compareIds: [],
  saving: false,
  pendingImport: null,
  resolveImport: async (choice) => {
    const c = get().pendingImport;
    set({ pendingImport: null });
    if (!c || choice === 'cancel') return;
    const opened = choice === 'copy' ? { ...c, id: newId('sak'), title: `${c.title} (kopi)` } : await keepNamedVersions(c);
    await get().open(opened);
    notify('success', choice === 'copy' ? `Åpnet en kopi av «${c.title}».` : `Oppdaterte «${c.title}» fra filen.`);
  },
  refreshList: async () => {
    if (get().listStatus === 'idle') set({ listStatus: 'loading' });
    try {
      set({ list: await listCases(), listStatus: 'ready' });
    } catch {
      set({ listStatus: 'error' });
    }
  },
  open: async (opened) => {
    // Stored now: the list shows when it came in, not when the file was last changed elsewhere.
    const c = { ...opened, updatedAt: new Date().toISOString() };
    await saveCase(c);
    set({ history: historyOf(c), tab: 'sak', selectedAltId: firstAlt(c), compareIds: defaultCompare(c) });
    void get().refreshList();
  },
  openStored: async (id) => {
    const c = await loadCase(id);
    if (!c) {
      notify('danger', 'Saken kunne ikke leses fra lageret.');
      return;
    }
    set({ history: historyOf(c), tab: 'sak', selectedAltId: firstAlt(c), compareIds: defaultCompare(c) });
  },
  close: () => {
    set({ history: null });
    void get().refreshList();
  },
  edit: (fn) => {
    const h = get().history;
    if (!h) return;
    const next = fn(h.present, new Date().toISOString());
    if (next === h.present) return;
    set({ history: pushHistory(h, next) });
    persist(next, set);
  },
  undo: () => {
    const h = get().history;
    if (!h || h.past.length === 0) return;
    const u = undo(h);
    set({ history: u });
    persist({ ...u.present, updatedAt: new Date().toISOString() }, set);
  },
  redo: () => {
    const h = get().history;
    if (!h || h.future.length === 0) return;
    const r = redo(h);
    set({ history: r });
    persist({ ...r.present, updatedAt: new Date().toISOString() }, set);
  },
  remove: async (id) => {
    await deleteCase(id);
    if (get().history?.present.id === id) set({ history: null });
    await get().refreshList();
  },
  setTab: (tab) => set({ tab }),
  selectAlt: (id) => set({ selectedAltId: id }),
  setCompareIds: (ids) => set({ compareIds: ids }),
}));

/** Where the analyst is in the budget area (open case and tab), kept for this window's session. */
const PLACE_KEY = 'helseportefolje:budsjett';

// A reload returns to the open case and tab: the place is written whenever either changes.
useBudgetStore.subscribe((s, prev) => {
  const id = s.history?.present.id ?? null;
  if (id === (prev.history?.present.id ?? null) && s.tab === prev.tab) return;
  try {
    if (id) sessionStorage.setItem(PLACE_KEY, JSON.stringify({ id, tab: s.tab }));
    else sessionStorage.removeItem(PLACE_KEY);
  } catch {
    // no session storage (a locked-down host): a reload shows the list of cases
  }
});

function readPlace(): { id?: unknown; tab?: unknown } | null {
  try {
    return JSON.parse(sessionStorage.getItem(PLACE_KEY) ?? 'null') as { id?: unknown; tab?: unknown } | null;
  } catch {
    return null;
  }
}

/** Opens the case and tab the analyst had before a reload, if any and if the case still exists. */
export async function restoreBudgetPlace(): Promise<void> {
  const place = readPlace();
  if (!place || typeof place.id !== 'string' || useBudgetStore.getState().history) return;
  const c = await loadCase(place.id);
  if (!c) return;
  await useBudgetStore.getState().openStored(place.id);
  if (typeof place.tab === 'string' && CASE_TABS.includes(place.tab as CaseTab)) useBudgetStore.getState().setTab(place.tab as CaseTab);
}

/** The open case, or null. */
export function useOpenCase(): BudgetCase | null {
  return useBudgetStore((s) => s.history?.present ?? null);
}

/** The example case NUIT 43/23 as a fresh copy (a new id each time, so edits never collide). */
export function exampleCase(): BudgetCase {
  const res = parseCaseObject(exampleJson);
  if (!res.ok) throw new Error('Eksempelsaken i appen er ugyldig.');
  return { ...res.case, id: newId('nuit-43-23') };
}

/** A new case; the first year defaults to next year. */
export function newCase(opts: { title?: string; firstYear?: number; years?: number } = {}): BudgetCase {
  const now = new Date();
  return emptyCase(opts.title?.trim() || 'Ny budsjettsak', opts.firstYear ?? now.getFullYear() + 1, now.toISOString(), opts.years ?? 1);
}

/** Reads a picked file: a case (.json) or an estimates workbook. Errors are told to the user. */
export async function caseFromFile(name: string, bytes: Uint8Array): Promise<BudgetCase | null> {
  const isJson = /\.json$/i.test(name) || new TextDecoder().decode(bytes.subarray(0, 32)).trimStart().startsWith('{');
  try {
    if (isJson) {
      const res = parseCaseFile(new TextDecoder().decode(bytes));
      if (!res.ok) {
        const issues = res.issues.map((i): ImportIssue => ({ severity: 'error', file: name, sheet: null, row: null, column: null, columnName: null, message: `${i.path}: ${i.message}` }));
        useBudgetStore.setState({ fileProblem: { file: name, issues, total: issues.length } });
        return null;
      }
      return res.case;
    }
    const res = readEstimatesWorkbook(readSpreadsheet(bytes, name), { now: new Date().toISOString() });
    if (!res.case) {
      const errors = res.issues.filter((i) => i.severity === 'error');
      useBudgetStore.setState({ fileProblem: { file: name, issues: errors, total: errors.length } });
      return null;
    }
    return res.case;
  } catch (e) {
    useBudgetStore.setState({ fileProblem: { file: name, issues: [{ severity: 'error', file: name, sheet: null, row: null, column: null, columnName: null, message: describeUnexpectedError(e, name) }], total: 1 } });
    return null;
  }
}

/** Lets the user pick a case or estimates file and opens it (under a new id if the id is taken). */
export async function openCaseFile(): Promise<void> {
  const [file] = await getPlatform().openFiles('case', { multiple: false });
  if (!file) return;
  useBudgetStore.setState({ fileProblem: null });
  const c = await caseFromFile(file.name, file.bytes);
  if (!c) return;
  const taken = useBudgetStore.getState().list.some((x) => x.id === c.id);
  // The file is an existing case sent back (e.g. a case workbook edited by a colleague): ask first.
  if (taken) {
    useBudgetStore.setState({ pendingImport: c });
    return;
  }
  await useBudgetStore.getState().open(c);
  notify('success', `Åpnet «${c.title}».`);
}

/** Saves the open case as a .json file the analyst can share. */
export async function saveCaseFile(c: BudgetCase): Promise<void> {
  const name = `${c.title.replace(/[\\/:*?"<>|]+/g, '').trim() || 'budsjettsak'}.json`;
  const res = await getPlatform().saveFile(name, new TextEncoder().encode(serializeCase(c)));
  if (res) notify('success', `Lagret ${res.savedAs}.`);
}

/** Saves the case (or an empty template) in the estimates workbook layout. */
export async function saveWorkbook(c: BudgetCase | null): Promise<void> {
  const { writeEstimatesWorkbook } = await import('../../../shared/budget/workbook-template.ts');
  const bytes = await writeEstimatesWorkbook(c);
  const name = c ? `${c.title.replace(/[\\/:*?"<>|]+/g, '').trim() || 'budsjettsak'}.xlsx` : 'estimater-mal.xlsx';
  const res = await getPlatform().saveFile(name, bytes);
  if (res) notify('success', `Lagret ${res.savedAs}.`);
}

// Another window saving the open case is told here once (no lost update: see case-conflict.ts).
watchOtherWindows(() => useBudgetStore.getState().history?.present.id ?? null, (m) => notify('warning', m));
