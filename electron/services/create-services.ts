import os from 'node:os';
import type { BerthServices, EngineServices } from '../../shared/api/app';
import { DEFAULT_ENGINE } from '../../shared/engine';
import type { InitialState } from '../../shared/initial-state';
import { clientConfigPath } from './daemon/client-config';
import { resolveEngineEndpoints } from './engine/engine-endpoint';
import type { EngineMonitor } from './engine/engine-monitor';
import { EngineRegistry } from './engines/engine-registry';
import { BROWSER_PAGE_HOST, createHostService, type ShellHost } from './host/shell-host';
import { DockerCredentials } from './registries/docker-credentials';

export interface RunningServices {
  /** What the shells serve: app-wide services and every engine's. */
  app: BerthServices;
  registry: EngineRegistry;
  /** The default engine's services and monitor (what tests and the first page use). */
  api: EngineServices;
  engine: EngineMonitor;
  /** For the page's first paint: the default engine's lists; null until its container list is complete. */
  initialState(): InitialState | null;
  stop(): void;
}

/** Everything both shells serve, wired once at start-up; `shell` is what only the desktop shell has. */
export function startServices(env: Record<string, string | undefined> = process.env, shell: ShellHost = BROWSER_PAGE_HOST): RunningServices {
  const host = { env, platform: process.platform, homedir: os.homedir() };
  const registry = new EngineRegistry({ host, credentials: new DockerCredentials(clientConfigPath(env, host.homedir)) });
  const endpoints = resolveEngineEndpoints(host);
  registry.add(DEFAULT_ENGINE, env.DOCKER_HOST ? 'DOCKER_HOST' : 'Local', endpoints);
  const local = registry.default;
  return {
    app: {
      engines: { list: () => registry.list() },
      host: createHostService(shell),
      scope: (engine) => registry.scope(engine).services,
    },
    registry,
    api: local.services,
    engine: local.monitor,
    initialState: () => local.initialState(),
    stop: () => registry.stop(),
  };
}
