import { currentEngine } from '../../app/route-store';

/** Per-container shell overrides (command, user, working directory), remembered by container name. */
export interface ShellPrefs { command: string; user: string; workdir: string }

/** Per engine: a container name on one engine is not the same container on another. */
const key = (name: string) => `berth.shell.${currentEngine()}.${name}`;
export const EMPTY_PREFS: ShellPrefs = { command: '', user: '', workdir: '' };

export function loadShellPrefs(name: string): ShellPrefs {
  try {
    return { ...EMPTY_PREFS, ...(JSON.parse(localStorage.getItem(key(name)) ?? '{}') as Partial<ShellPrefs>) };
  } catch {
    return EMPTY_PREFS;
  }
}

export const saveShellPrefs = (name: string, prefs: ShellPrefs): void => localStorage.setItem(key(name), JSON.stringify(prefs));
