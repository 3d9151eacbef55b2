import path from 'node:path';

/** Where an engine may listen, in the form dockerode takes (cert paths are read when connecting). */
export type EngineEndpoint =
  | { kind: 'socket'; label: string; socketPath: string }
  | { kind: 'tcp'; label: string; host: string; port: number; tls: { certPath: string; verify: boolean } | null }
  | { kind: 'ssh'; label: string; host: string; port: number; username: string | undefined };

export interface EndpointContext {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  homedir: string;
}

/** `DOCKER_HOST` as the docker CLI reads it. */
export function parseDockerHost(value: string, ctx: EndpointContext): EngineEndpoint {
  const url = value.trim();
  if (url.startsWith('unix://')) return { kind: 'socket', label: url, socketPath: url.slice('unix://'.length) };
  if (url.startsWith('npipe://')) return { kind: 'socket', label: url, socketPath: url.slice('npipe://'.length).replace(/\//g, '\\') };
  const m = /^(tcp|ssh|https?):\/\/(?:([^@/]+)@)?(\[[^\]]+\]|[^:/]+)(?::(\d+))?\/?$/.exec(url);
  if (!m) throw new Error(`DOCKER_HOST is not a unix://, npipe://, tcp:// or ssh:// address: ${url}`);
  const [, scheme, user, host, port] = m as unknown as [string, string, string | undefined, string, string | undefined];
  if (scheme === 'ssh') return { kind: 'ssh', label: url, host, port: Number(port ?? 22), username: user };
  const tlsOn = ctx.env.DOCKER_TLS_VERIFY === '1' || ctx.env.DOCKER_TLS === '1' || scheme === 'https';
  const certPath = ctx.env.DOCKER_CERT_PATH || joinFor(ctx.platform, ctx.homedir, '.docker');
  return {
    kind: 'tcp', label: url, host: host.replace(/^\[|\]$/g, ''), port: Number(port ?? (tlsOn ? 2376 : 2375)),
    tls: tlsOn ? { certPath, verify: ctx.env.DOCKER_TLS_VERIFY === '1' } : null,
  };
}

const joinFor = (platform: NodeJS.Platform, ...parts: string[]): string =>
  platform === 'win32' ? path.win32.join(...parts) : path.posix.join(...parts);

/** DOCKER_HOST when set; otherwise the platform's usual places, most likely first. */
export function resolveEngineEndpoints(ctx: EndpointContext): EngineEndpoint[] {
  if (ctx.env.DOCKER_HOST) return [parseDockerHost(ctx.env.DOCKER_HOST, ctx)];
  const socket = (socketPath: string): EngineEndpoint => ({
    kind: 'socket', socketPath, label: ctx.platform === 'win32' ? `npipe://${socketPath.replace(/\\/g, '/')}` : `unix://${socketPath}`,
  });
  const home = (...parts: string[]): string => joinFor(ctx.platform, ctx.homedir, ...parts);
  switch (ctx.platform) {
    case 'win32':
      return [socket('\\\\.\\pipe\\docker_engine')];
    case 'darwin':
      return [socket(home('.docker', 'run', 'docker.sock')), socket('/var/run/docker.sock'), socket(home('.colima', 'default', 'docker.sock'))];
    default: {
      const rootless = ctx.env.XDG_RUNTIME_DIR ? [socket(path.posix.join(ctx.env.XDG_RUNTIME_DIR, 'docker.sock'))] : [];
      return [socket('/var/run/docker.sock'), ...rootless, socket(home('.docker', 'desktop', 'docker.sock'))];
    }
  }
}
