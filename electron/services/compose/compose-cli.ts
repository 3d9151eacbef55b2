import path from 'node:path';
import { runProcess } from '../process/run-process';
import type { ComposeFlavor } from './compose-commands';

const PROBE_TIMEOUT_MS = 10_000;

/** A candidate's `version` answer (stdout), or null when it is not there or says nothing useful. */
async function versionAnswer(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<string | null> {
  const out: string[] = [];
  const code = await runProcess(file, args, { env, timeoutMs: PROBE_TIMEOUT_MS, maxOutputBytes: 64 << 10, onLine: (l, s) => s === 'stdout' && out.push(l) }).catch(() => null);
  return code === 0 ? out.join('\n') : null;
}

/** Where a compose may be, besides PATH: Docker Desktop's and the docker CLI plugin folders, per platform. */
export function composePlaces(platform: NodeJS.Platform, home: string): string[] {
  if (platform === 'darwin') return ['/Applications/Docker.app/Contents/Resources/bin/docker-compose', '/usr/local/bin/docker-compose', '/opt/homebrew/bin/docker-compose', path.join(home, '.docker/cli-plugins/docker-compose')];
  if (platform === 'win32') return ['C:\\Program Files\\Docker\\Docker\\resources\\bin\\docker-compose.exe', path.win32.join(home, '.docker', 'cli-plugins', 'docker-compose.exe')];
  return [path.join(home, '.docker/cli-plugins/docker-compose'), '/usr/local/lib/docker/cli-plugins/docker-compose', '/usr/libexec/docker/cli-plugins/docker-compose', '/usr/lib/docker/cli-plugins/docker-compose', '/usr/local/bin/docker-compose'];
}

/** `2.32.4`, `v2.32.4-desktop.1`, `1.29.2`, or v1's "docker-compose version 1.29.2, build unknown": the version. */
export function versionOf(output: string): string | null {
  return /v?(\d+\.\d+\.\d+)/.exec(output)?.[1] ?? null;
}

export interface ComposeLookup {
  found: ComposeFlavor | null;
  /** What was tried, in order, to say so when nothing is found. */
  looked: string[];
}

/**
 * The user's compose, never a re-implementation: the `docker compose` plugin first, then a standalone `docker-compose`
 * on PATH, then in Docker Desktop's usual places. Each is asked its version with an argument array, no shell.
 */
export async function findCompose(env: Record<string, string | undefined>, platform: NodeJS.Platform, home: string): Promise<ComposeLookup> {
  const candidates: { file: string; prefix: string[]; label: string }[] = [
    { file: 'docker', prefix: ['compose'], label: 'docker compose (plugin, on PATH)' },
    { file: 'docker-compose', prefix: [], label: 'docker-compose (on PATH)' },
    ...composePlaces(platform, home).map((file) => ({ file, prefix: [], label: file })),
  ];
  const looked: string[] = [];
  for (const c of candidates) {
    looked.push(c.label);
    const answer = await versionAnswer(c.file, [...c.prefix, 'version'], env as NodeJS.ProcessEnv);
    const version = answer && versionOf(answer);
    if (version) return { found: { file: c.file, prefix: c.prefix, version, major: version.startsWith('1.') ? 1 : 2 }, looked };
  }
  return { found: null, looked };
}
