import { readdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';

/** What the dockerd serving a local socket was started with, read from /proc (Linux). */
export interface RunningDockerd {
  pid: number;
  /** `--config-file`, when given: the daemon.json this engine reads. */
  configFile: string | null;
  pidFile: string | null;
  /** The systemd unit it runs in, when a service manager owns it. */
  unit: { name: string; user: boolean } | null;
}

/** `--flag value`, `--flag=value`, and the short form where there is one. */
function flagValues(args: string[], long: string, short?: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith(`${long}=`)) values.push(arg.slice(long.length + 1));
    else if ((arg === long || arg === short) && i + 1 < args.length) values.push(args[++i]!);
    else if (short && arg.startsWith(short) && arg.length > short.length && !arg.startsWith('--')) values.push(arg.slice(short.length).replace(/^=/, ''));
  }
  return values;
}

/** dockerd's own defaults when no `-H` is given, or when systemd hands it the socket (`fd://`). */
const DEFAULT_SOCKETS = ['/var/run/docker.sock', '/run/docker.sock'];

/** The unix sockets a dockerd command line listens on. */
export function listenedSockets(args: string[], runtimeDir?: string): string[] {
  const hosts = flagValues(args, '--host', '-H');
  const rootless = runtimeDir ? [path.posix.join(runtimeDir, 'docker.sock')] : [];
  if (!hosts.length || hosts.some((h) => h.startsWith('fd://'))) return [...DEFAULT_SOCKETS, ...rootless];
  return hosts.filter((h) => h.startsWith('unix://')).map((h) => h.slice('unix://'.length));
}

/** The systemd unit from /proc/<pid>/cgroup (v1 or v2): `…/system.slice/docker.service`, or a user@ unit. */
export function systemdUnit(cgroup: string): RunningDockerd['unit'] {
  for (const line of cgroup.split('\n')) {
    const [, controllers, where] = line.split(':');
    if (where === undefined || !(controllers === '' || controllers === 'name=systemd')) continue;
    const unit = /\/([^/]+\.service)$/.exec(where);
    if (unit) return { name: unit[1]!, user: where.includes('/user@') };
  }
  return null;
}

export function readDockerdArgs(args: string[], cwd: string | null): Omit<RunningDockerd, 'pid' | 'unit'> {
  const absolute = (p: string | undefined): string | null => (p ? (path.posix.isAbsolute(p) || !cwd ? p : path.posix.join(cwd, p)) : null);
  return { configFile: absolute(flagValues(args, '--config-file').at(-1)), pidFile: absolute(flagValues(args, '--pidfile', '-p').at(-1)) };
}

const sameFile = async (a: string, b: string): Promise<boolean> =>
  a === b || ((await realpath(a).catch(() => a)) === (await realpath(b).catch(() => b)));

/**
 * The dockerd process listening on `socket`, found by its command line (readable for every user, unlike another
 * user's open files). Null when none is found, e.g. the engine runs in a VM (Docker Desktop) or in another namespace.
 */
export async function findRunningDockerd(socket: string, env: Record<string, string | undefined>, proc = '/proc'): Promise<RunningDockerd | null> {
  const pids = (await readdir(proc).catch(() => [] as string[])).filter((name) => /^\d+$/.test(name));
  for (const pid of pids) {
    const comm = await readFile(path.join(proc, pid, 'comm'), 'utf8').catch(() => '');
    if (comm.trim() !== 'dockerd') continue;
    const args = (await readFile(path.join(proc, pid, 'cmdline'), 'utf8').catch(() => '')).split('\0').filter(Boolean).slice(1);
    const sockets = listenedSockets(args, env.XDG_RUNTIME_DIR);
    let listens = false;
    for (const s of sockets) listens ||= await sameFile(s, socket);
    if (!listens) continue;
    const cwd = await realpath(path.join(proc, pid, 'cwd')).catch(() => null);
    const cgroup = await readFile(path.join(proc, pid, 'cgroup'), 'utf8').catch(() => '');
    return { pid: Number(pid), ...readDockerdArgs(args, cwd), unit: systemdUnit(cgroup) };
  }
  return null;
}
