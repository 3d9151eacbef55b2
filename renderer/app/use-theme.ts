import { useEffect } from 'react';
import { usePrefs } from './prefs-store';

/** Puts the chosen theme on <html>; "system" follows the OS setting live. */
export function useTheme(): void {
  const theme = usePrefs((s) => s.theme);
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = (): void => {
      document.documentElement.dataset.theme = theme === 'system' ? (media.matches ? 'dark' : 'light') : theme;
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}
