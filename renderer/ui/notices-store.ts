import { create } from 'zustand';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

let nextId = 1;

/** Short messages after an action (shown in a live region). */
export const useNotices = create<{ notices: Notice[] }>(() => ({ notices: [] }));

export function notify(kind: Notice['kind'], text: string): void {
  const notice = { id: nextId++, kind, text };
  useNotices.setState((s) => ({ notices: [...s.notices.slice(-4), notice] }));
  if (kind === 'info') setTimeout(() => dismiss(notice.id), 6000);
}

export const dismiss = (id: number): void => useNotices.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
