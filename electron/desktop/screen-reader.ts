import type { App } from 'electron';
import type { ScreenReaderSource } from '../services/host/screen-reader';

type AccessibilityEvents = Pick<App, 'isAccessibilitySupportEnabled'> & {
  on(event: 'accessibility-support-changed', listener: (event: unknown, enabled: boolean) => void): unknown;
  off(event: 'accessibility-support-changed', listener: (event: unknown, enabled: boolean) => void): unknown;
};

/** Chromium turns its accessibility support on when it detects assistive technology (Windows and macOS). */
export function electronScreenReader(app: AccessibilityEvents): ScreenReaderSource {
  return {
    current: () => app.isAccessibilitySupportEnabled(),
    subscribe: (onChange) => {
      const listener = (_event: unknown, enabled: boolean) => onChange(enabled);
      app.on('accessibility-support-changed', listener);
      return () => void app.off('accessibility-support-changed', listener);
    },
  };
}
