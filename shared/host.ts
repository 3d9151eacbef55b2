import { z } from 'zod';

/** A native file dialog's request: a file to write, a file to read, or a folder. */
export const PathRequest = z.object({ kind: z.enum(['save', 'open', 'directory']), defaultPath: z.string().max(4096).optional() });
export type PathRequest = z.infer<typeof PathRequest>;

/** What the shell serving the page can do beyond the API both shells share. */
export interface HostFeatures {
  /** Native file dialogs (the desktop app); in a browser page paths are typed. */
  pickPath: boolean;
  /** A desktop app around the page: menus, tray, open at login. */
  desktop: boolean;
}

/** What the shell asks the page to do: a menu, the tray or a berth:// link names a place or a panel. */
export type HostCommand =
  | { type: 'navigate'; hash: string }
  | { type: 'open'; what: 'palette' | 'shortcuts' | 'jobs' };

export const UiLanguage = z.enum(['en', 'zh-CN']);
export type UiLanguage = z.infer<typeof UiLanguage>;

/** The desktop app's own settings. */
export const DesktopPrefs = z.object({
  /** Closing the window leaves Berth in the tray (menu bar) instead of quitting. */
  keepInTray: z.boolean(),
  openAtLogin: z.boolean(),
});
export type DesktopPrefs = z.infer<typeof DesktopPrefs>;

/** How far the running jobs are, for the taskbar or Dock: a fraction, "indeterminate" when it cannot be told, null when none runs. */
export const JobsProgress = z.union([z.number().min(0).max(1), z.literal('indeterminate'), z.null()]);
export type JobsProgress = z.infer<typeof JobsProgress>;
