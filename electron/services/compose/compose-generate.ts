import type { ContainerInspectInfo } from 'dockerode';
import { stringify } from 'yaml';

/** What the image already says: left out of the service, as `docker run` would not repeat it either. */
export interface ImageDefaults { cmd: string[] | null; entrypoint: string[] | null; env: string[]; workingDir: string; user: string; labels: Record<string, string> }

type Service = Record<string, unknown>;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
/** The engine's own networks are not declared; a container on one of them keeps its mode. */
const BUILT_IN_NETWORKS = new Set(['bridge', 'host', 'none']);

function ports(info: ContainerInspectInfo): string[] {
  const out: string[] = [];
  for (const [port, bindings] of Object.entries(info.HostConfig.PortBindings ?? {}) as [string, { HostIp?: string; HostPort?: string }[] | null][]) {
    const [target, protocol] = port.split('/');
    const suffix = protocol && protocol !== 'tcp' ? `/${protocol}` : '';
    for (const b of bindings ?? []) {
      const host = [b.HostIp && b.HostIp !== '0.0.0.0' ? b.HostIp : '', b.HostPort ?? ''].filter(Boolean).join(':');
      out.push(host ? `${host}:${target}${suffix}` : `${target}${suffix}`);
    }
  }
  return out;
}

function volumes(info: ContainerInspectInfo): { mounts: string[]; named: string[] } {
  const mounts: string[] = [];
  const named: string[] = [];
  for (const m of info.Mounts ?? []) {
    const mode = m.RW ? '' : ':ro';
    if (m.Type === 'volume' && m.Name) {
      // An anonymous volume (a 64-hex name) is the image's VOLUME: compose makes it again by itself.
      if (/^[0-9a-f]{64}$/.test(m.Name)) continue;
      named.push(m.Name);
      mounts.push(`${m.Name}:${m.Destination}${mode}`);
    } else if (m.Type === 'bind') mounts.push(`${m.Source}:${m.Destination}${mode}`);
  }
  return { mounts, named };
}

/** One container as a compose service: what differs from its image and from the engine's defaults. */
function asService(info: ContainerInspectInfo, image: ImageDefaults): { service: Service; volumes: string[]; networks: string[] } {
  const c = info.Config;
  const service: Service = { image: c.Image };
  if (!same(c.Entrypoint, image.entrypoint)) service.entrypoint = c.Entrypoint ?? [];
  if (!same(c.Cmd, image.cmd) || service.entrypoint) service.command = c.Cmd ?? [];
  const env = (c.Env ?? []).filter((e) => !image.env.includes(e));
  if (env.length) service.environment = env;
  if (c.WorkingDir && c.WorkingDir !== image.workingDir) service.working_dir = c.WorkingDir;
  if (c.User && c.User !== image.user) service.user = c.User;
  if (c.Hostname && !info.Id.startsWith(c.Hostname)) service.hostname = c.Hostname;
  const labels = Object.fromEntries(Object.entries(c.Labels ?? {}).filter(([k, v]) => image.labels[k] !== v && !k.startsWith('com.docker.compose.')));
  if (Object.keys(labels).length) service.labels = labels;
  const published = ports(info);
  if (published.length) service.ports = published;
  const { mounts, named } = volumes(info);
  if (mounts.length) service.volumes = mounts;
  const restart = info.HostConfig.RestartPolicy;
  if (restart?.Name && restart.Name !== 'no') service.restart = restart.Name === 'on-failure' && restart.MaximumRetryCount ? `on-failure:${restart.MaximumRetryCount}` : restart.Name;
  const mode = info.HostConfig.NetworkMode ?? 'default';
  const attached = Object.keys(info.NetworkSettings.Networks ?? {});
  let networks: string[] = [];
  if (mode === 'host' || mode === 'none') service.network_mode = mode;
  else {
    networks = attached.filter((n) => !BUILT_IN_NETWORKS.has(n));
    if (networks.length) service.networks = networks;
    // Only on the default bridge: said so, or compose would put it on the project's own network.
    else if (attached.includes('bridge')) service.network_mode = 'bridge';
  }
  if (info.HostConfig.Init) service.init = true;
  if (info.HostConfig.Privileged) service.privileged = true;
  return { service, volumes: named, networks };
}

/** A service name from a container name: compose's own rule (letters, digits, _ . -). */
const serviceName = (name: string): string => name.replace(/^\//, '').replace(/[^a-zA-Z0-9_.-]/g, '-').replace(/^[^a-zA-Z0-9]+/, '') || 'service';

/**
 * A compose file that recreates these containers: each a service named after it, with what it was made with (and
 * not what the image gives anyway); the named volumes and user networks it uses declared as external, since they
 * exist already and belong to no project.
 */
export function composeFromContainers(containers: { info: ContainerInspectInfo; image: ImageDefaults }[]): string {
  const services: Record<string, Service> = {};
  const volumeNames = new Set<string>();
  const networkNames = new Set<string>();
  for (const { info, image } of containers) {
    let name = serviceName(info.Name);
    for (let n = 2; services[name]; n++) name = `${serviceName(info.Name)}-${n}`;
    const made = asService(info, image);
    services[name] = made.service;
    made.volumes.forEach((v) => volumeNames.add(v));
    made.networks.forEach((n) => networkNames.add(n));
  }
  const external = (names: Set<string>) => Object.fromEntries([...names].sort().map((n) => [n, { external: true }]));
  const file: Record<string, unknown> = { services };
  if (volumeNames.size) file.volumes = external(volumeNames);
  if (networkNames.size) file.networks = external(networkNames);
  return stringify(file, { lineWidth: 0 });
}
