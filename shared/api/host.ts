import { DesktopPrefs, JobsProgress, PathRequest, UiLanguage, type HostCommand, type HostFeatures } from '../host';
import { mutation, query, returns, subscription, type ServiceOf } from './define';

/** What the shell around the page can do: screen reader state, native file dialogs, menus, tray and its settings. */
export const hostApi = {
  /** Whether the system reports a screen reader: null where it cannot be known (a browser page). */
  screenReader: subscription(null, returns<boolean | null>()),
  features: query(null, returns<HostFeatures>()),
  /** A native file dialog (only where `features().pickPath`); null when cancelled. */
  pickPath: mutation(PathRequest, returns<string | null>()),
  /** Menu, tray and berth:// link commands for the page (none in a browser page). */
  commands: subscription(null, returns<HostCommand>()),
  /** The page's language, so the desktop app's menus and tray speak it too. */
  setLanguage: mutation(UiLanguage, returns<void>()),
  /** The desktop app's settings (only where `features().desktop`). */
  desktopPrefs: query(null, returns<DesktopPrefs>()),
  setDesktopPrefs: mutation(DesktopPrefs, returns<void>()),
  /** The running jobs' progress, shown on the taskbar or Dock icon (nothing in a browser page). */
  jobsProgress: mutation(JobsProgress, returns<void>()),
};
export type HostService = ServiceOf<typeof hostApi>;
