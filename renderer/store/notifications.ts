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

export const useNotices = create<NoticeState>((set) => ({
  notices: [],
  notify: (kind, text) => set((s) => ({ notices: [...s.notices.slice(-4), { id: nextId++, kind, text }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));
