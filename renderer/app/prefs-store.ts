import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Language } from '../i18n/i18n';

export type Theme = 'system' | 'light' | 'dark';

interface Prefs {
  language: Language | null;
  theme: Theme;
  setLanguage(language: Language): void;
  setTheme(theme: Theme): void;
}

export const usePrefs = create<Prefs>()(
  persist(
    (set) => ({
      language: null,
      theme: 'system',
      setLanguage: (language) => set({ language }),
      setTheme: (theme) => set({ theme }),
    }),
    { name: 'berth.prefs' },
  ),
);
