import { listedName } from './containers';

/** One kind of thing on the engine's disk, as `docker system df` sums it. */
export interface UsageKind<Item> {
  count: number;
  /** In use: images with a container, running or paused containers, volumes mounted by a container, cache in use. */
  active: number;
  size: number;
  reclaimable: number;
  /** Largest first. */
  items: Item[];
}

export interface DiskUsage {
  images: UsageKind<{ id: string; repoTags: string[]; size: number; shared: number; containers: number }>;
  containers: UsageKind<{ id: string; name: string; image: string; state: string; size: number }>;
  volumes: UsageKind<{ name: string; size: number; containers: number }>;
  buildCache: UsageKind<{ id: string; type: string; size: number; inUse: boolean; shared: boolean; lastUsed: string | null }>;
}

/** The engine's `/system/df` answer, the parts this reads. */
export interface RawDiskUsage {
  LayersSize?: number;
  Images?: { Id: string; RepoTags?: string[] | null; Size: number; SharedSize: number; Containers: number }[] | null;
  Containers?: { Id: string; Names?: string[]; Image: string; State: string; SizeRw?: number }[] | null;
  Volumes?: { Name: string; UsageData?: { Size: number; RefCount: number } | null }[] | null;
  BuildCache?: { ID: string; Type: string; Size: number; InUse: boolean; Shared: boolean; LastUsedAt?: string | null }[] | null;
}

const bySize = <T extends { size: number }>(items: T[]): T[] => items.sort((a, b) => b.size - a.size);
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/**
 * The sums `docker system df` prints, made the CLI's way: images' size is the layers' total and what is reclaimable is
 * that less the unshared size of images in use; a container's is its writable layer, reclaimable unless it runs or is
 * paused; a volume is reclaimable when no container mounts it; shared build cache is counted once and never reclaimable.
 */
export function summarizeDiskUsage(raw: RawDiskUsage): DiskUsage {
  const images = raw.Images ?? [];
  const used = sum(images.filter((i) => i.Containers > 0 && i.Size >= 0 && i.SharedSize >= 0).map((i) => i.Size - i.SharedSize));
  const containers = raw.Containers ?? [];
  const volumes = (raw.Volumes ?? []).map((v) => ({ name: v.Name, size: v.UsageData?.Size ?? -1, containers: v.UsageData?.RefCount ?? 0 }));
  const cache = raw.BuildCache ?? [];
  const layers = raw.LayersSize ?? 0;
  return {
    images: {
      count: images.length, active: images.filter((i) => i.Containers > 0).length, size: layers, reclaimable: Math.max(0, layers - used),
      items: bySize(images.map((i) => ({ id: i.Id, repoTags: (i.RepoTags ?? []).filter((t) => t !== '<none>:<none>'), size: i.Size, shared: i.SharedSize, containers: i.Containers }))),
    },
    containers: {
      count: containers.length, active: containers.filter((c) => c.State === 'running' || c.State === 'paused').length,
      size: sum(containers.map((c) => c.SizeRw ?? 0)),
      reclaimable: sum(containers.filter((c) => c.State !== 'running' && c.State !== 'paused').map((c) => c.SizeRw ?? 0)),
      items: bySize(containers.map((c) => ({ id: c.Id, name: listedName(c), image: c.Image, state: c.State, size: c.SizeRw ?? 0 }))),
    },
    volumes: {
      count: volumes.length, active: volumes.filter((v) => v.containers > 0).length,
      size: sum(volumes.filter((v) => v.size > 0).map((v) => v.size)),
      reclaimable: sum(volumes.filter((v) => v.containers === 0 && v.size > 0).map((v) => v.size)),
      items: bySize(volumes),
    },
    buildCache: {
      count: cache.length, active: cache.filter((c) => c.InUse).length,
      size: sum(cache.filter((c) => !c.Shared).map((c) => c.Size)),
      reclaimable: sum(cache.filter((c) => !c.InUse && !c.Shared).map((c) => c.Size)),
      items: bySize(cache.map((c) => ({ id: c.ID, type: c.Type, size: c.Size, inUse: c.InUse, shared: c.Shared, lastUsed: c.LastUsedAt ?? null }))),
    },
  };
}

/** An engine event as the events screen shows it (every event, with the actor's attributes). */
export interface EventRecord { time: number; type: string; action: string; id: string; attributes: Record<string, string> }

/** `docker info` and `docker version`, in the sections a person reads them by. */
export interface EngineFacts {
  engine: { version: string; api: string; minApi: string; os: string; arch: string; kernel: string; goVersion: string; gitCommit: string; built: string };
  host: { name: string; os: string; cpus: number; memory: number; rootDir: string; id: string };
  storage: { driver: string; status: [string, string][] };
  cgroup: { driver: string; version: string };
  runtimes: { names: string[]; default: string; init: string | null };
  plugins: { volume: string[]; network: string[]; log: string[]; authorization: string[] };
  registries: { index: string; mirrors: string[]; insecure: string[] };
  swarm: { state: string; nodeId: string | null; managers: number | null; nodes: number | null };
  security: string[];
  warnings: string[];
}

/** The engine's `/info` and `/version` answers, the parts this reads. */
export interface RawEngineFacts {
  info: {
    Name?: string; ID?: string; OperatingSystem?: string; NCPU?: number; MemTotal?: number; DockerRootDir?: string; KernelVersion?: string;
    Driver?: string; DriverStatus?: [string, string][] | null; CgroupDriver?: string; CgroupVersion?: string;
    Runtimes?: Record<string, unknown> | null; DefaultRuntime?: string; InitBinary?: string;
    Plugins?: { Volume?: string[] | null; Network?: string[] | null; Log?: string[] | null; Authorization?: string[] | null };
    IndexServerAddress?: string; RegistryConfig?: { Mirrors?: string[] | null; InsecureRegistryCIDRs?: string[] | null; IndexConfigs?: Record<string, { Secure?: boolean }> | null } | null;
    Swarm?: { LocalNodeState?: string; NodeID?: string; Managers?: number; Nodes?: number };
    SecurityOptions?: string[] | null; Warnings?: string[] | null;
  };
  version: { Version?: string; ApiVersion?: string; MinAPIVersion?: string; Os?: string; Arch?: string; GoVersion?: string; GitCommit?: string; BuildTime?: string };
}

export function engineFacts({ info, version }: RawEngineFacts): EngineFacts {
  const insecureNames = Object.entries(info.RegistryConfig?.IndexConfigs ?? {}).filter(([, c]) => c.Secure === false).map(([name]) => name);
  const swarm = info.Swarm?.LocalNodeState ?? 'inactive';
  return {
    engine: {
      version: version.Version ?? '', api: version.ApiVersion ?? '', minApi: version.MinAPIVersion ?? '', os: version.Os ?? '', arch: version.Arch ?? '',
      kernel: info.KernelVersion ?? '', goVersion: version.GoVersion ?? '', gitCommit: version.GitCommit ?? '', built: version.BuildTime ?? '',
    },
    host: { name: info.Name ?? '', os: info.OperatingSystem ?? '', cpus: info.NCPU ?? 0, memory: info.MemTotal ?? 0, rootDir: info.DockerRootDir ?? '', id: info.ID ?? '' },
    storage: { driver: info.Driver ?? '', status: info.DriverStatus ?? [] },
    cgroup: { driver: info.CgroupDriver ?? '', version: info.CgroupVersion ?? '' },
    runtimes: { names: Object.keys(info.Runtimes ?? {}).sort(), default: info.DefaultRuntime ?? '', init: info.InitBinary || null },
    plugins: { volume: info.Plugins?.Volume ?? [], network: info.Plugins?.Network ?? [], log: info.Plugins?.Log ?? [], authorization: info.Plugins?.Authorization ?? [] },
    registries: {
      index: info.IndexServerAddress ?? '', mirrors: info.RegistryConfig?.Mirrors ?? [],
      insecure: [...insecureNames, ...(info.RegistryConfig?.InsecureRegistryCIDRs ?? [])],
    },
    swarm: {
      state: swarm, nodeId: info.Swarm?.NodeID || null,
      managers: swarm === 'active' ? info.Swarm?.Managers ?? null : null, nodes: swarm === 'active' ? info.Swarm?.Nodes ?? null : null,
    },
    security: info.SecurityOptions ?? [],
    warnings: info.Warnings ?? [],
  };
}
