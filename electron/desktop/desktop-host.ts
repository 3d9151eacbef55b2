import { EventEmitter, on } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DesktopPrefs, type HostCommand, type JobsProgress, type UiLanguage } from '../../shared/host';
import { writeFileAtomic } from '../services/daemon/atomic-write';
import type { DesktopHost } from '../services/host/shell-host';

const DEFAULTS: DesktopPrefs = { keepInTray: false, openAtLogin: false };

/**
 * The desktop app's side of the host service: the commands its menus, tray and links send the page, the language the
 * page speaks (for the menus), the jobs' progress (for the taskbar), and its own settings in desktop.json.
 */
export class DesktopSide extends EventEmitter<{ command: [HostCommand]; language: [UiLanguage]; prefs: [DesktopPrefs]; progress: [JobsProgress] }> implements DesktopHost {
  private current: DesktopPrefs;
  private readonly file: string;

  constructor(configDir: string) {
    super();
    this.file = path.join(configDir, 'desktop.json');
    this.current = this.load();
  }

  send(command: HostCommand): void {
    this.emit('command', command);
  }

  async *commands(signal: AbortSignal): AsyncIterable<HostCommand> {
    try {
      for await (const [command] of on(this, 'command', { signal })) yield command as HostCommand;
    } catch (err) {
      if (!signal.aborted) throw err;
    }
  }

  setLanguage(language: UiLanguage): void {
    this.emit('language', language);
  }

  setProgress(progress: JobsProgress): void {
    this.emit('progress', progress);
  }

  prefs(): DesktopPrefs {
    return this.current;
  }

  async setPrefs(prefs: DesktopPrefs): Promise<void> {
    await writeFileAtomic(this.file, `${JSON.stringify(prefs, null, 2)}\n`);
    this.current = prefs;
    this.emit('prefs', prefs);
  }

  private load(): DesktopPrefs {
    try {
      return DesktopPrefs.parse({ ...DEFAULTS, ...JSON.parse(readFileSync(this.file, 'utf8')) });
    } catch {
      return DEFAULTS; // none yet, or not Berth's: the defaults, and the next change writes a good one
    }
  }
}
