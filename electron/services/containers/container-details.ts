import type Docker from 'dockerode';
import { ContainerState, type ContainerDetails, type PortMapping, type RestartPolicyName } from '../../../shared/containers';

const RESTART_NAMES = new Set<string>(['no', 'always', 'unless-stopped', 'on-failure']);

/** Published ports from an inspect document (`NetworkSettings.Ports`), in the list's shape. */
function portsOf(info: Docker.ContainerInspectInfo): PortMapping[] {
  const ports: PortMapping[] = [];
  for (const [key, bindings] of Object.entries(info.NetworkSettings?.Ports ?? {})) {
    const [port, type = 'tcp'] = key.split('/');
    if (!bindings?.length) ports.push({ privatePort: Number(port), type });
    for (const b of bindings ?? []) ports.push({ ip: b.HostIp || undefined, privatePort: Number(port), publicPort: Number(b.HostPort) || undefined, type });
  }
  return ports;
}

export function toContainerDetails(info: Docker.ContainerInspectInfo): ContainerDetails {
  const state = ContainerState.safeParse(info.State.Status);
  const restart = info.HostConfig.RestartPolicy;
  const health = (info.State as { Health?: { Status?: string } }).Health?.Status;
  return {
    id: info.Id,
    name: info.Name.replace(/^\//, ''),
    image: info.Config.Image,
    imageId: info.Image,
    state: state.success ? state.data : 'dead',
    health: health === 'healthy' || health === 'unhealthy' || health === 'starting' ? health : null,
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
