import type { ContainerInfo, VolumeInspectInfo } from 'dockerode';
import { listedName } from '../../../shared/containers';
import { isAnonymousVolume, type VolumeSummary, type VolumeUser } from '../../../shared/volumes';
import { COMPOSE_PROJECT } from '../containers/container-summary';
import { engineCall } from '../engine/engine-errors';
import type { EngineEvent } from '../engine/engine-event';
import type { EngineMonitor } from '../engine/engine-monitor';
import type { LiveSource } from '../live/live-list';

/** Container events that change who uses a volume, or whether they run. */
const USE = new Set(['create', 'destroy', 'start', 'die']);

/** Each volume's containers, from the container list's mounts. */
function usersByVolume(containers: ContainerInfo[]): Map<string, VolumeUser[]> {
  const users = new Map<string, VolumeUser[]>();
  for (const c of containers) {
    for (const mount of c.Mounts ?? []) {
      if (mount.Type !== 'volume' || !mount.Name) continue;
      const user = { id: c.Id, name: listedName(c), running: c.State === 'running' };
      users.set(mount.Name, [...(users.get(mount.Name) ?? []), user]);
    }
  }
  return users;
}

export function toVolumeSummary(v: VolumeInspectInfo & { CreatedAt?: string }, usedBy: VolumeUser[]): VolumeSummary {
  const labels = v.Labels ?? {};
  const created = v.CreatedAt ? Date.parse(v.CreatedAt) : NaN;
  return {
    name: v.Name, driver: v.Driver, mountpoint: v.Mountpoint, scope: v.Scope, labels,
    created: Number.isNaN(created) ? null : created,
    anonymous: isAnonymousVolume(v.Name, labels),
    project: labels[COMPOSE_PROJECT] ?? null,
    usedBy,
  };
}

export const listVolumes = (engine: EngineMonitor): Promise<VolumeSummary[]> => engineCall(async () => {
  const docker = engine.requireClient();
  const [{ Volumes }, containers] = await Promise.all([docker.listVolumes(), docker.listContainers({ all: true })]);
  const users = usersByVolume(containers);
  return (Volumes ?? []).map((v) => toVolumeSummary(v, users.get(v.Name) ?? []));
});

/**
 * Volumes for the live list. "Used by" comes from every container's mounts, so a volume or container event
 * (coalesced: a compose up makes many) makes one full list call.
 */
export function volumeSource(engine: EngineMonitor): LiveSource<VolumeSummary> {
  return {
    key: (volume) => volume.name,
    relevant: (e: EngineEvent) => (e.type === 'volume' || (e.type === 'container' && USE.has(e.action)) ? [e.id] : null),
    list: () => listVolumes(engine),
  };
}

/** Events within this window become one list call. */
export const VOLUME_COALESCE_MS = 150;
