import path from 'node:path';
import type { DaemonConfigSource } from '../../../shared/daemon/daemon-api';
import type { UserValue } from './berth-settings';
import type { RunningDockerd } from './running-dockerd';

export interface LocationInput {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  homedir: string;
  /** The engine's endpoint label (socket path or URL) and its reported name, e.g. "Docker Desktop 4.40.0 (…)". */
  endpoint: string;
  engineName: string;
  /** A path the user set (Berth's settings or BERTH_DAEMON_CONFIG): always wins. */
  override?: UserValue;
  /** The local dockerd serving the endpoint, when found: its `--config-file` comes next. */
  running?: RunningDockerd | null;
}

/** Which daemon.json the connected engine reads. */
export function resolveDaemonConfigPath(input: LocationInput): { path: string; source: DaemonConfigSource } {
  const { platform, env, homedir, endpoint, engineName, override, running } = input;
  if (override) return { path: override.value, source: override.from };
  if (running?.configFile) return { path: running.configFile, source: 'running-dockerd' };
  const desktop = /docker desktop/i.test(engineName) || /[\\/]\.docker[\\/](desktop|run)[\\/]/.test(endpoint);
  if (platform === 'win32') {
    if (desktop) return { path: path.win32.join(env.USERPROFILE ?? homedir, '.docker', 'daemon.json'), source: 'desktop' };
    return { path: path.win32.join(env.ProgramData ?? 'C:\\ProgramData', 'docker', 'config', 'daemon.json'), source: 'windows-native' };
  }
  if (platform === 'darwin' || desktop) return { path: path.posix.join(homedir, '.docker', 'daemon.json'), source: 'desktop' };
  if (/\/run\/user\/\d+\//.test(endpoint) || (env.XDG_RUNTIME_DIR && endpoint.startsWith(env.XDG_RUNTIME_DIR))) {
    return { path: path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(homedir, '.config'), 'docker', 'daemon.json'), source: 'linux-rootless' };
  }
  return { path: '/etc/docker/daemon.json', source: 'linux-rootful' };
}
