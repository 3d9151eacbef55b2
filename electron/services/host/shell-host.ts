import type { BerthServices } from '../../../shared/api/app';
import { BerthError } from '../../../shared/errors';
import type { DesktopPrefs, HostCommand, JobsProgress, PathRequest, UiLanguage } from '../../../shared/host';
import { type ScreenReaderSource, UNREPORTED_SCREEN_READER, watchScreenReader } from './screen-reader';

/** A native file dialog: the chosen path, or null when the user cancels. */
export type PathPicker = (request: PathRequest) => Promise<string | null>;

/** The desktop app's side of its menus, tray and settings. */
export interface DesktopHost {
  /** Commands for the page, as they come (menus, tray, berth:// links). */
  commands(signal: AbortSignal): AsyncIterable<HostCommand>;
  setLanguage(language: UiLanguage): void;
  setProgress(progress: JobsProgress): void;
  prefs(): DesktopPrefs;
  setPrefs(prefs: DesktopPrefs): Promise<void>;
}

/** What only some shells have: the desktop app reports a screen reader, has file dialogs, menus and a tray; a browser page none. */
export interface ShellHost {
  screenReader: ScreenReaderSource;
  pickPath: PathPicker | null;
  desktop: DesktopHost | null;
}

export const BROWSER_PAGE_HOST: ShellHost = { screenReader: UNREPORTED_SCREEN_READER, pickPath: null, desktop: null };

const noDesktop = (): never => {
  throw new BerthError({ code: 'INVALID_INPUT', message: { key: 'errors.host.noDesktop' } });
};

export function createHostService(host: ShellHost): BerthServices['host'] {
  return {
    screenReader: (signal) => watchScreenReader(host.screenReader, signal),
    features: () => ({ pickPath: host.pickPath !== null, desktop: host.desktop !== null }),
    pickPath: async (request) => {
      if (!host.pickPath) throw new BerthError({ code: 'INVALID_INPUT', message: { key: 'errors.host.noFileDialog' } });
      return host.pickPath(request);
    },
    commands: async function* (signal) {
      if (host.desktop) yield* host.desktop.commands(signal);
      else await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true })); // a browser page gets none
    },
    setLanguage: async (language) => host.desktop?.setLanguage(language),
    jobsProgress: async (progress) => host.desktop?.setProgress(progress),
    desktopPrefs: async () => (host.desktop ?? noDesktop()).prefs(),
    setDesktopPrefs: async (prefs) => (host.desktop ?? noDesktop()).setPrefs(prefs),
  };
}
