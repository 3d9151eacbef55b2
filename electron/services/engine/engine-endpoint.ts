import path from 'node:path';

/** TLS material by path (read when connecting); null where there is none (no client certificate, the system's CAs). */
export interface TlsFiles { ca: string | null; cert: string | null; key: string | null; verify: boolean }

/** How Berth signs in over SSH and checks the host: a key file or the agent, and the known_hosts file it trusts. */
export interface SshAuth { identityFile: string | null; agent: string | null; knownHosts: string }

/** Where an engine may listen, in the form dockerode takes (files are read when connecting). */
export type EngineEndpoint =
  | { kind: 'socket'; label: string; socketPath: string }
  | { kind: 'tcp'; label: string; host: string; port: number; tls: TlsFiles | null }
  | { kind: 'ssh'; label: string; host: string; port: number; username: string | undefined; auth: SshAuth };

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
  const bare = host.replace(/^\[|\]$/g, '');
  if (scheme === 'ssh') return { kind: 'ssh', label: url, host: bare, port: Number(port ?? 22), username: user, auth: sshAuth(ctx, null) };
  const tlsOn = ctx.env.DOCKER_TLS_VERIFY === '1' || ctx.env.DOCKER_TLS === '1' || scheme === 'https';
  const certPath = ctx.env.DOCKER_CERT_PATH || joinFor(ctx.platform, ctx.homedir, '.docker');
  return {
    kind: 'tcp', label: url, host: bare, port: Number(port ?? (tlsOn ? 2376 : 2375)),
    tls: tlsOn ? tlsFilesIn(certPath, ctx.env.DOCKER_TLS_VERIFY === '1', ctx.platform) : null,
  };
}

/** The docker CLI's names for TLS material in a folder (DOCKER_CERT_PATH, a context's `tls/<id>/docker`). */
export function tlsFilesIn(dir: string, verify: boolean, platform: NodeJS.Platform, exists: (file: string) => boolean = () => true): TlsFiles {
  const file = (name: string): string | null => {
    const full = joinFor(platform, dir, name);
    return exists(full) ? full : null;
  };
  const cert = file('cert.pem');
  const key = file('key.pem');
  // A certificate without its key (or the reverse) is no client certificate, as the CLI reads a context.
  return { ca: verify ? file('ca.pem') : null, cert: cert && key && cert, key: cert && key && key, verify };
}

/** The user's SSH agent and known_hosts, as OpenSSH finds them; `identityFile` when the user chose a key. */
export function sshAuth(ctx: EndpointContext, identityFile: string | null): SshAuth {
  return { identityFile, agent: ctx.env.SSH_AUTH_SOCK || null, knownHosts: joinFor(ctx.platform, ctx.homedir, '.ssh', 'known_hosts') };
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
