import os from 'node:os';
import type { BerthServices, EngineServices } from '../../shared/api/app';
import { JobRegistry } from './jobs/job-registry';
import { DEFAULT_ENGINE } from '../../shared/engine';
import type { InitialState } from '../../shared/initial-state';
import { berthConfigDir } from './daemon/berth-settings';
import { clientConfigPath, dockerConfigDir } from './daemon/client-config';
import { type EndpointContext, resolveEngineEndpoints } from './engine/engine-endpoint';
import type { EngineMonitor } from './engine/engine-monitor';
import { contextEngineId, currentContextName, readDockerContexts } from './engines/docker-contexts';
import { EngineRegistry } from './engines/engine-registry';
import { createEnginesService } from './engines/engines-service';
import { findPodmanEngines } from './engines/podman-sockets';
import { OpenedProjects } from './compose/opened-projects';
import { SavedEngines, specEndpoint } from './engines/saved-engines';
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

/**
 * The engines the docker CLI knows, and the user's own. The default one (`local`) is the CLI's choice: DOCKER_HOST,
 * else the current context (DOCKER_CONTEXT, then config.json's), else the platform's sockets. Every other context is an
 * engine of its own (unless it is one the user added in Berth and saved as a context too), and so is each Podman
 * service found running here.
 */
function addKnownEngines(registry: EngineRegistry, host: EndpointContext, saved: SavedEngines): void {
  const configDir = dockerConfigDir(host.env, host.homedir);
  const contexts = readDockerContexts(configDir, host);
  const currentName = host.env.DOCKER_HOST ? null : currentContextName(configDir, host.env);
  const current = contexts.find((c) => c.name === currentName);
  if (current) registry.add(DEFAULT_ENGINE, current.name, [current.endpoint], 'context');
  else registry.add(DEFAULT_ENGINE, host.env.DOCKER_HOST ? 'DOCKER_HOST' : 'Local', resolveEngineEndpoints(host), 'environment');
  for (const engine of saved.list()) registry.add(engine.id, engine.name, [specEndpoint(engine, host)], 'berth');
  const berthContexts = new Set(saved.list().map((e) => e.context));
  const taken = new Set(registry.list().map((e) => e.id));
  for (const context of contexts) {
    if (context === current || berthContexts.has(context.name)) continue;
    const base = contextEngineId(context.name);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    registry.add(id, context.name, [context.endpoint], 'context');
  }
  // Podman's Docker-compatible service, where it runs; not twice when DOCKER_HOST or a context already points at it.
  for (const podman of findPodmanEngines(host)) {
    if (!registry.list().some((e) => e.endpoint === podman.endpoint.label)) registry.add(podman.id, podman.label, [podman.endpoint], 'podman');
  }
}

/** Everything both shells serve, wired once at start-up; `shell` is what only the desktop shell has. */
export function startServices(env: Record<string, string | undefined> = process.env, shell: ShellHost = BROWSER_PAGE_HOST): RunningServices {
  // The home folder of the environment Berth is given (known_hosts, ~/.docker), as the CLI and ssh would read it.
  const home = (process.platform === 'win32' ? env.USERPROFILE : env.HOME) || os.homedir();
  const host = { env, platform: process.platform, homedir: home };
  const opened = OpenedProjects.in(berthConfigDir(host));
  if (opened.problem) console.warn(`Berth: the opened compose projects could not be read, and are left as they are: ${opened.problem}`);
  const registry = new EngineRegistry({ host, credentials: new DockerCredentials(clientConfigPath(env, host.homedir)), opened });
  const saved = SavedEngines.in(berthConfigDir(host));
  if (saved.problem) console.warn(`Berth: the saved engines could not be read, and are left as they are: ${saved.problem}`);
  addKnownEngines(registry, host, saved);
  const local = registry.default;
  const jobs = new JobRegistry();
  return {
    app: {
      engines: createEnginesService({ registry, saved, host, dockerConfigDir: dockerConfigDir(env, host.homedir) }),
      host: createHostService(shell),
      jobs,
      scope: (engine) => registry.scope(engine).services,
    },
    registry,
    api: local.services,
    engine: local.monitor,
    initialState: () => {
      const lists = local.initialState();
      return lists && { ...lists, engines: registry.list() };
    },
    stop: () => {
      jobs.stopAll();
      registry.stop();
    },
  };
}
