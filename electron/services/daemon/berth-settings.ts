import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/** Berth's own settings file. Engine commands and the daemon.json path come only from here or the environment. */
const SettingsFile = z.object({
  daemon: z
    .object({
      configPath: z.string().min(1),
      validateCommand: z.string().min(1),
      reloadCommand: z.string().min(1),
      restartCommand: z.string().min(1),
      logCommand: z.string().min(1),
      verifyTimeoutSeconds: z.number().int().min(5).max(600),
      backupsKept: z.number().int().min(1).max(1000),
    })
    .partial()
    .default({}),
});

/** A value the user set, and where: a BERTH_* variable or Berth's settings file. */
export interface UserValue { value: string; from: 'env' | 'setting' }

export interface DaemonSettings {
  settingsFile: string;
  backupDir: string;
  configPath?: UserValue;
  control: { validate?: UserValue; reload?: UserValue; restart?: UserValue; log?: UserValue };
  verifyTimeoutSeconds: number;
  backupsKept: number;
}

interface Where {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  homedir: string;
}

/** ~/.config/berth, ~/Library/Application Support/Berth or %APPDATA%\Berth, unless BERTH_CONFIG_DIR says otherwise. */
export function berthConfigDir({ env, platform, homedir }: Where): string {
  if (env.BERTH_CONFIG_DIR) return env.BERTH_CONFIG_DIR;
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(homedir, 'AppData', 'Roaming'), 'Berth');
  if (platform === 'darwin') return path.posix.join(homedir, 'Library', 'Application Support', 'Berth');
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(homedir, '.config'), 'berth');
}

async function readSettingsFile(file: string): Promise<z.infer<typeof SettingsFile>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { daemon: {} };
    throw err;
  }
  const parsed = SettingsFile.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** The settings file, then BERTH_* variables over it (the sandbox and CI set those). */
export async function loadDaemonSettings(where: Where): Promise<DaemonSettings> {
  const dir = berthConfigDir(where);
  const settingsFile = path.join(dir, 'settings.json');
  const { daemon } = await readSettingsFile(settingsFile);
  const env = where.env;
  const pick = (name: string, fromFile?: string): UserValue | undefined =>
    env[name] ? { value: env[name], from: 'env' } : fromFile ? { value: fromFile, from: 'setting' } : undefined;
  return {
    settingsFile,
    backupDir: path.join(dir, 'daemon-backups'),
    configPath: pick('BERTH_DAEMON_CONFIG', daemon.configPath),
    control: {
      validate: pick('BERTH_ENGINE_VALIDATE', daemon.validateCommand),
      reload: pick('BERTH_ENGINE_RELOAD', daemon.reloadCommand),
      restart: pick('BERTH_ENGINE_RESTART', daemon.restartCommand),
      log: pick('BERTH_ENGINE_LOG', daemon.logCommand),
    },
    verifyTimeoutSeconds: Number(env.BERTH_VERIFY_TIMEOUT) || daemon.verifyTimeoutSeconds || 60,
    backupsKept: daemon.backupsKept ?? 20,
  };
}
