import { useCallback, useEffect, useRef, useState } from 'react';

/** How long typing may pause before what was typed is saved. */
export const DRAFT_PAUSE_MS = 700;

/** Fields with typed text not yet saved, each with its save. */
const pending = new Set<() => void>();

/** Saves every field still waiting for its pause: the window is closing, reloading or being hidden. */
export function flushDrafts(): void {
  for (const commit of [...pending]) commit();
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', flushDrafts);
  window.addEventListener('beforeunload', flushDrafts);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushDrafts();
  });
}

/**
 * While `draft` (typed text) is not null, runs `save` once typing has paused for DRAFT_PAUSE_MS,
 * and at once if the window closes, reloads or is hidden first. A new keystroke restarts the pause.
 */
export function useSaveAfterPause(draft: string | null, save: () => void): void {
  useEffect(() => {
    if (draft === null) return;
    pending.add(save);
    const timer = setTimeout(save, DRAFT_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      pending.delete(save);
    };
  }, [draft, save]);
}

/**
 * Text being typed into a field: saved after a short pause in typing, when the field is left, and
 * before the window closes, so no keystroke is lost. Each save is one undo step.
 */
export function useDraft(value: string, onCommit: (text: string) => void): { text: string; change: (text: string) => void; commit: () => void } {
  const [draft, setDraft] = useState<string | null>(null);
  const latest = useRef({ draft, value, onCommit });
  latest.current = { draft, value, onCommit };
  const commit = useCallback(() => {
    const { draft: d, value: v, onCommit: save } = latest.current;
    if (d === null) return;
    latest.current.draft = null;
    setDraft(null);
    if (d !== v) save(d);
  }, []);
  useSaveAfterPause(draft, commit);
  return { text: draft ?? value, change: setDraft, commit };
}
