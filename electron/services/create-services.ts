import os from 'node:os';
import type { BerthServices } from '../../shared/api/app';
import type { InitialState } from '../../shared/initial-state';
import { containerSource } from './containers/container-source';
import { LiveList } from './live/live-list';
import { createContainersService } from './containers/containers-service';
import { resolveEngineEndpoints } from './engine/engine-endpoint';
import { EngineMonitor } from './engine/engine-monitor';
import { createDaemonService } from './daemon/daemon-service';
import { clientConfigPath } from './daemon/client-config';
import { ImageListWatcher } from './images/image-list-watcher';
import { createImagesService, listImages } from './images/images-service';
import { DockerCredentials } from './registries/docker-credentials';
import { createRegistriesService } from './registries/registries-service';
import { exportLogs } from './logs/export-logs';
import { followLogs } from './logs/follow-logs';
import { followMerged } from './logs/follow-merged';
import { TerminalSessions } from './terminal/terminal-sessions';
import { BROWSER_PAGE_HOST, createHostService, type ShellHost } from './host/shell-host';

export interface RunningServices {
  api: BerthServices;
  engine: EngineMonitor;
  /** For the page's first paint; null until the container list is complete. */
  initialState(): InitialState | null;
  stop(): void;
}

/** Everything both shells serve, wired once at start-up; `shell` is what only the desktop shell has. */
export function startServices(env: Record<string, string | undefined> = process.env, shell: ShellHost = BROWSER_PAGE_HOST): RunningServices {
  const host = { env, platform: process.platform, homedir: os.homedir() };
  const engine = new EngineMonitor(resolveEngineEndpoints(host));
  const watcher = new LiveList(engine, containerSource(engine));
  const terminals = new TerminalSessions(engine);
  const credentials = new DockerCredentials(clientConfigPath(env, host.homedir));
  const images = new ImageListWatcher(engine, () => listImages(engine));
  watcher.start();
  images.start();
  engine.start();
  return {
    engine,
    initialState: () => {
      const containers = watcher.completeSnapshot();
      return containers && { containers, images: images.snapshot() };
    },
    api: {
      engine: { status: (signal) => engine.watchStatus(signal), retryNow: () => engine.retryNow() },
      containers: createContainersService(engine, watcher),
      images: createImagesService(engine, credentials, images),
      registries: createRegistriesService(engine, credentials),
      logs: {
        follow: (query, signal) => followLogs(engine, query, signal),
        followMerged: (query, signal) => followMerged(engine, query, signal),
        export: (query) => exportLogs(engine, query),
      },
      terminal: terminals,
      daemon: createDaemonService(engine, host),
      host: createHostService(shell),
    },
    stop: () => {
      terminals.closeAll();
      watcher.stop();
      images.stop();
      engine.stop();
    },
  };
}
