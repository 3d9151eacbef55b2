import { existsSync } from 'node:fs';
import path from 'node:path';
import type { EndpointContext, EngineEndpoint } from '../engine/engine-endpoint';

/** A Podman service found on this machine, as an engine (Podman serves the Docker-compatible API on its socket). */
export interface PodmanEngine { id: string; label: string; endpoint: EngineEndpoint }

const socket = (socketPath: string, platform: NodeJS.Platform): EngineEndpoint => ({
  kind: 'socket', socketPath, label: platform === 'win32' ? `npipe://${socketPath.replace(/\\/g, '/')}` : `unix://${socketPath}`,
});

/** Where Podman puts its API socket, per platform: the rootless service, the rootful one, the machine on macOS and Windows. */
interface Candidate { id: string; label: string; path: string }

function candidates({ env, platform, homedir }: EndpointContext): Candidate[] {
  switch (platform) {
    case 'linux': return [
      ...(env.XDG_RUNTIME_DIR ? [{ id: 'podman', label: 'Podman', path: path.posix.join(env.XDG_RUNTIME_DIR, 'podman', 'podman.sock') }] : []),
      { id: 'podman-root', label: 'Podman (root)', path: '/run/podman/podman.sock' },
    ];
    case 'darwin': {
      const machine = path.posix.join(homedir, '.local', 'share', 'containers', 'podman', 'machine');
      return [
        { id: 'podman', label: 'Podman machine', path: path.posix.join(machine, 'podman.sock') },
        { id: 'podman-qemu', label: 'Podman machine (qemu)', path: path.posix.join(machine, 'qemu', 'podman.sock') },
      ];
    }
    case 'win32': return [{ id: 'podman', label: 'Podman machine', path: '\\\\.\\pipe\\podman-machine-default' }];
    default: return [];
  }
}

/** The Podman sockets that exist here; none when Podman is not installed or its service is not running. */
export function findPodmanEngines(ctx: EndpointContext, exists: (p: string) => boolean = existsSync): PodmanEngine[] {
  return candidates(ctx).filter((c) => exists(c.path)).map((c) => ({ id: c.id, label: c.label, endpoint: socket(c.path, ctx.platform) }));
}
