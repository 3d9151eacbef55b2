import { describe, expect, it } from 'vitest';
import { findPodmanEngines } from './podman-sockets';

const only = (...present: string[]) => (p: string) => present.includes(p);

describe('Podman sockets', () => {
  it('finds the rootless and rootful services on Linux, only where their sockets exist', () => {
    const ctx = { env: { XDG_RUNTIME_DIR: '/run/user/1000' }, platform: 'linux' as const, homedir: '/home/ann' };
    expect(findPodmanEngines(ctx, only('/run/user/1000/podman/podman.sock', '/run/podman/podman.sock'))).toEqual([
      { id: 'podman', label: 'Podman', endpoint: { kind: 'socket', label: 'unix:///run/user/1000/podman/podman.sock', socketPath: '/run/user/1000/podman/podman.sock' } },
      { id: 'podman-root', label: 'Podman (root)', endpoint: { kind: 'socket', label: 'unix:///run/podman/podman.sock', socketPath: '/run/podman/podman.sock' } },
    ]);
    expect(findPodmanEngines(ctx, only())).toEqual([]);
  });

  it('finds a Podman machine on macOS and Windows', () => {
    expect(findPodmanEngines({ env: {}, platform: 'darwin', homedir: '/Users/ann' }, only('/Users/ann/.local/share/containers/podman/machine/qemu/podman.sock')))
      .toMatchObject([{ id: 'podman-qemu', endpoint: { socketPath: '/Users/ann/.local/share/containers/podman/machine/qemu/podman.sock' } }]);
    expect(findPodmanEngines({ env: {}, platform: 'win32', homedir: 'C:\\Users\\ann' }, () => true))
      .toEqual([{ id: 'podman', label: 'Podman machine', endpoint: { kind: 'socket', label: 'npipe:////./pipe/podman-machine-default', socketPath: '\\\\.\\pipe\\podman-machine-default' } }]);
  });
});
