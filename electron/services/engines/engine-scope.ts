import type { EngineServices } from '../../../shared/api/app';
import type { InitialState } from '../../../shared/initial-state';
import { createContainersService } from '../containers/containers-service';
import { containerSource } from '../containers/container-source';
import { StatsHub } from '../containers/stats-hub';
import { createDaemonService } from '../daemon/daemon-service';
import type { EndpointContext, EngineEndpoint } from '../engine/engine-endpoint';
import { EngineMonitor } from '../engine/engine-monitor';
import { RecentEvents } from '../engine/recent-events';
import { IMAGE_COALESCE_MS, imageSource } from '../images/image-source';
import { createImagesService } from '../images/images-service';
import { LiveList } from '../live/live-list';
import { exportLogs } from '../logs/export-logs';
import { followLogs } from '../logs/follow-logs';
import { followMerged } from '../logs/follow-merged';
import type { DockerCredentials } from '../registries/docker-credentials';
import { createRegistriesService } from '../registries/registries-service';
import { TerminalSessions } from '../terminal/terminal-sessions';
import { NETWORK_COALESCE_MS, networkSource } from '../networks/network-source';
import { createNetworksService } from '../networks/networks-service';
import { createSystemService } from '../system/system-service';
import { createComposeService } from '../compose/compose-service';
import type { OpenedProjects } from '../compose/opened-projects';
import { createFilesService } from '../files/files-service';
import { VolumeHelpers } from '../files/volume-helpers';
import { VOLUME_COALESCE_MS, volumeSource } from '../volumes/volume-source';
import { createVolumesService } from '../volumes/volumes-service';

/** One engine's connection and everything that works on it: its monitor, live lists, shells, and services. */
export interface EngineScope {
  monitor: EngineMonitor;
  services: EngineServices;
  /** For the page's first paint; null until the container list is complete. */
  initialState(): Omit<InitialState, 'engines'> | null;
  stop(): void;
}

/** What every engine's services share: the OS around them, the docker CLI's credentials, Berth's compose projects. */
export interface ScopeContext {
  host: EndpointContext;
  credentials: DockerCredentials;
  /** The compose projects opened from files, per engine. */
  opened: OpenedProjects;
}

/**
 * `eager`: the lists start with the scope (the default engine: the page's first paint needs them). Other engines start
 * theirs when a list is first asked for; until then, showing an engine's state in the switcher costs its monitor only.
 */
export function createEngineScope(id: string, endpoints: EngineEndpoint[], { host, credentials, opened }: ScopeContext, eager: boolean): EngineScope {
  const monitor = new EngineMonitor(endpoints);
  const containers = new LiveList(monitor, containerSource(monitor));
  const images = new LiveList(monitor, imageSource(monitor), { coalesceMs: IMAGE_COALESCE_MS });
  const volumes = new LiveList(monitor, volumeSource(monitor), { coalesceMs: VOLUME_COALESCE_MS });
  const networks = new LiveList(monitor, networkSource(monitor), { coalesceMs: NETWORK_COALESCE_MS });
  const terminals = new TerminalSessions(monitor);
  const events = new RecentEvents(monitor);
  const helpers = new VolumeHelpers(monitor);
  if (eager) {
    containers.start();
    images.start();
  }
  monitor.start();
  const containersService = createContainersService(monitor, containers, new StatsHub(monitor, containers));
  const imagesService = createImagesService(monitor, credentials, images);
  const volumesService = createVolumesService(monitor, volumes, helpers);
  const networksService = createNetworksService(monitor, networks);
  return {
    monitor,
    services: {
      engine: { status: (signal) => monitor.watchStatus(signal), retryNow: () => monitor.retryNow(), events: (signal) => events.watch(signal) },
      containers: { ...containersService, watch: (signal) => { containers.start(); return containersService.watch(signal); } },
      images: {
        ...imagesService,
        watch: (signal) => { images.start(); return imagesService.watch(signal); },
      },
      volumes: { ...volumesService, watch: (signal) => { volumes.start(); return volumesService.watch(signal); } },
      files: createFilesService(monitor, helpers),
      compose: createComposeService(monitor, host, { engine: id, opened }),
      system: createSystemService(monitor),
      networks: { ...networksService, watch: (signal) => { networks.start(); return networksService.watch(signal); } },
      registries: createRegistriesService(monitor, credentials),
      logs: {
        follow: (query, signal) => followLogs(monitor, query, signal),
        followMerged: (query, signal) => followMerged(monitor, query, signal),
        export: (query) => exportLogs(monitor, query),
      },
      terminal: terminals,
      daemon: createDaemonService(monitor, host),
    },
    initialState: () => {
      const list = containers.completeSnapshot();
      return list && { engine: id, containers: list, images: images.completeSnapshot(), volumes: volumes.completeSnapshot(), networks: networks.completeSnapshot() };
    },
    stop: () => {
      terminals.closeAll();
      void helpers.closeAll();
      containers.stop();
      images.stop();
      volumes.stop();
      networks.stop();
      monitor.stop();
    },
  };
}
