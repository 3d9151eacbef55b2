import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Language } from '../i18n/i18n';

export type Theme = 'system' | 'light' | 'dark' | 'contrast';
/** Terminals' text copy for screen readers: 'auto' follows what the system reports (the desktop app can tell). */
export type ScreenReaderPref = 'auto' | 'on' | 'off';

/** How many log lines a log view keeps in memory (its ring buffer). */
export const LOG_CAPACITIES = [10_000, 100_000, 500_000] as const;
export type LogCapacity = (typeof LOG_CAPACITIES)[number];

interface Prefs {
  language: Language | null;
  theme: Theme;
  logCapacity: LogCapacity;
  terminalScreenReader: ScreenReaderPref;
  setLanguage(language: Language): void;
  setTheme(theme: Theme): void;
  setLogCapacity(capacity: LogCapacity): void;
  setTerminalScreenReader(pref: ScreenReaderPref): void;
}

export const usePrefs = create<Prefs>()(
  persist(
    (set) => ({
      language: null,
      theme: 'system',
      logCapacity: 100_000,
      terminalScreenReader: 'auto',
      setLanguage: (language) => set({ language }),
      setTheme: (theme) => set({ theme }),
      setLogCapacity: (logCapacity) => set({ logCapacity }),
      setTerminalScreenReader: (terminalScreenReader) => set({ terminalScreenReader }),
    }),
    { name: 'berth.prefs' },
  ),
);
