import { create } from 'zustand';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

let nextId = 1;

/** Short messages after an action, shown as toasts (ui/Toasts.tsx, which also times them out). */
export const useNotices = create<{ notices: Notice[] }>(() => ({ notices: [] }));

export function notify(kind: Notice['kind'], text: string): void {
  const notice = { id: nextId++, kind, text };
  useNotices.setState((s) => ({ notices: [...s.notices.slice(-4), notice] }));
}

export const dismiss = (id: number): void => useNotices.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
