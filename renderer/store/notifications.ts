import { create } from 'zustand';

/** A short message shown to the user (saved, failed, ...). */
export interface Notice {
  id: number;
  kind: 'info' | 'success' | 'warning' | 'danger';
  text: string;
}

interface NoticeState {
  notices: Notice[];
  notify: (kind: Notice['kind'], text: string) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

/**
 * How long an informational notice ("Lagret", "Kopiert") stays. Warnings and errors stay until the
 * analyst closes them: they may need reading twice.
 */
export const INFO_NOTICE_MS = 10_000;

export const useNotices = create<NoticeState>((set, get) => ({
  notices: [],
  notify: (kind, text) => {
    const id = nextId++;
    set((s) => ({ notices: [...s.notices.slice(-4), { id, kind, text }] }));
    if (kind === 'info' || kind === 'success') setTimeout(() => get().dismiss(id), INFO_NOTICE_MS);
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));
