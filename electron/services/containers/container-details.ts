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
export function healthOf(info: Docker.ContainerInspectInfo): Health | null {
  const health = (info.State as { Health?: { Status?: string } }).Health?.Status;
  return health === 'healthy' || health === 'unhealthy' || health === 'starting' ? health : null;
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
    raw: info as unknown as Record<string, unknown>,
  };
}
