import { useEffect } from 'react';
import { usePrefs } from './prefs-store';

/**
 * Puts the chosen theme on <html>; "system" follows the OS live: high contrast when it asks for more contrast (or
 * forces its colours), else dark or light.
 */
export function useTheme(): void {
  const theme = usePrefs((s) => s.theme);
  useEffect(() => {
    const queries = ['(prefers-contrast: more)', '(forced-colors: active)', '(prefers-color-scheme: dark)'].map((q) => window.matchMedia(q));
    const [contrast, forced, dark] = queries as [MediaQueryList, MediaQueryList, MediaQueryList];
    const apply = (): void => {
      const system = contrast.matches || forced.matches ? 'contrast' : dark.matches ? 'dark' : 'light';
      document.documentElement.dataset.theme = theme === 'system' ? system : theme;
    };
    apply();
    queries.forEach((q) => q.addEventListener('change', apply));
    return () => queries.forEach((q) => q.removeEventListener('change', apply));
  }, [theme]);
}
