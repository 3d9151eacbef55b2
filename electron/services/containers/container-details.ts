import type Docker from 'dockerode';
import { containerState, type ContainerDetails, type Health, type PortMapping, type RestartPolicyName } from '../../../shared/containers';

const RESTART_NAMES = new Set<string>(['no', 'always', 'unless-stopped', 'on-failure']);

/** Published ports from an inspect document (`NetworkSettings.Ports`), in the list's shape. */
export function portsOf(info: Docker.ContainerInspectInfo): PortMapping[] {
  const ports: PortMapping[] = [];
  for (const [key, bindings] of Object.entries(info.NetworkSettings?.Ports ?? {})) {
    const [port, type = 'tcp'] = key.split('/');
    if (!bindings?.length) ports.push({ privatePort: Number(port), type });
    for (const b of bindings ?? []) ports.push({ ip: b.HostIp || undefined, privatePort: Number(port), publicPort: Number(b.HostPort) || undefined, type });
  }
  return ports;
}

/** The health check's verdict from an inspect document; null without a health check. */
interface HealthState { Status?: string; FailingStreak?: number; Log?: { Start: string; ExitCode: number; Output: string }[] | null }
const health = (info: Docker.ContainerInspectInfo) => (info.State as { Health?: HealthState }).Health;

export function healthOf(info: Docker.ContainerInspectInfo): Health | null {
  const status = health(info)?.Status;
  return status === 'healthy' || status === 'unhealthy' || status === 'starting' ? status : null;
}

export function toContainerDetails(info: Docker.ContainerInspectInfo): ContainerDetails {
  const restart = info.HostConfig.RestartPolicy;
  return {
    id: info.Id,
    name: info.Name.replace(/^\//, ''),
    image: info.Config.Image,
    imageId: info.Image,
    state: containerState(info.State.Status),
    health: healthOf(info),
    exitCode: info.State.ExitCode,
    error: info.State.Error ?? '',
    created: info.Created,
    startedAt: info.State.StartedAt,
    finishedAt: info.State.FinishedAt,
    command: [info.Path, ...info.Args].filter((part) => part !== ''),
    entrypoint: ([] as string[]).concat(info.Config.Entrypoint ?? []),
    workingDir: info.Config.WorkingDir ?? '',
    tty: info.Config.Tty,
    ports: portsOf(info),
    mounts: (info.Mounts ?? []).map((m) => ({
      type: m.Type ?? '', source: m.Name ?? m.Source, destination: m.Destination, mode: m.Mode, rw: m.RW,
    })),
    networks: Object.entries(info.NetworkSettings?.Networks ?? {}).map(([name, n]) => ({
      name, ipAddress: n.IPAddress, gateway: n.Gateway, macAddress: n.MacAddress,
    })),
    restartPolicy: {
      name: (RESTART_NAMES.has(restart?.Name ?? '') ? restart!.Name : 'no') as RestartPolicyName,
      maxRetries: restart?.MaximumRetryCount ?? 0,
    },
    labels: info.Config.Labels ?? {},
    env: (info.Config.Env ?? []).map((entry) => {
      const eq = entry.indexOf('=');
      return eq < 0 ? { key: entry, value: '' } : { key: entry.slice(0, eq), value: entry.slice(eq + 1) };
    }),
    resources: {
      nanoCpus: info.HostConfig.NanoCpus ?? 0, cpuShares: info.HostConfig.CpuShares ?? 0, cpusetCpus: info.HostConfig.CpusetCpus ?? '',
      memory: info.HostConfig.Memory ?? 0, memorySwap: info.HostConfig.MemorySwap ?? 0, memoryReservation: info.HostConfig.MemoryReservation ?? 0,
    },
    healthChecks: (health(info)?.Log ?? []).map((l) => ({ start: l.Start, exitCode: l.ExitCode, output: l.Output })),
    failingStreak: health(info)?.FailingStreak ?? 0,
    raw: info as unknown as Record<string, unknown>,
  };
}
