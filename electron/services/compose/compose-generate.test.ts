import type { ContainerInspectInfo } from 'dockerode';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeFromContainers, type ImageDefaults } from './compose-generate';

const IMAGE: ImageDefaults = { cmd: ['httpd-foreground'], entrypoint: null, env: ['PATH=/usr/bin'], workingDir: '/srv', user: '', labels: { maintainer: 'x' } };

function inspect(over: { name: string; cmd?: string[]; env?: string[]; labels?: Record<string, string>; ports?: Record<string, { HostIp: string; HostPort: string }[]>; mounts?: unknown[]; networks?: string[]; mode?: string; restart?: { Name: string; MaximumRetryCount: number } }): ContainerInspectInfo {
  return {
    Id: 'abcdef1234567890', Name: `/${over.name}`, Image: 'sha256:1',
    Config: { Image: 'berth/httpd:latest', Cmd: over.cmd ?? IMAGE.cmd, Entrypoint: null, Env: over.env ?? IMAGE.env, WorkingDir: '/srv', User: '', Hostname: 'abcdef123456', Labels: { maintainer: 'x', ...over.labels } },
    HostConfig: { PortBindings: over.ports ?? {}, RestartPolicy: over.restart ?? { Name: 'no', MaximumRetryCount: 0 }, NetworkMode: over.mode ?? 'default' },
    Mounts: over.mounts ?? [],
    NetworkSettings: { Networks: Object.fromEntries((over.networks ?? ['bridge']).map((n) => [n, {}])) },
  } as unknown as ContainerInspectInfo;
}

describe('composeFromContainers', () => {
  it('writes what each container was made with and not what its image gives; volumes and networks it uses are external', () => {
    const text = composeFromContainers([
      { info: inspect({ name: 'web', env: ['PATH=/usr/bin', 'MODE=prod'], labels: { team: 'blue', 'com.docker.compose.project': 'old' }, ports: { '80/tcp': [{ HostIp: '', HostPort: '8080' }], '53/udp': [{ HostIp: '127.0.0.1', HostPort: '5353' }] }, mounts: [{ Type: 'volume', Name: 'data', Destination: '/data', RW: true }, { Type: 'bind', Source: '/etc/site', Destination: '/site', RW: false }, { Type: 'volume', Name: 'a'.repeat(64), Destination: '/anon', RW: true }], networks: ['shop-net'], restart: { Name: 'on-failure', MaximumRetryCount: 3 } }), image: IMAGE },
      { info: inspect({ name: 'worker', cmd: ['sleep', '300'] }), image: IMAGE },
    ]);
    expect(parse(text)).toEqual({
      services: {
        web: {
          image: 'berth/httpd:latest', environment: ['MODE=prod'], labels: { team: 'blue' }, ports: ['8080:80', '127.0.0.1:5353:53/udp'],
          volumes: ['data:/data', '/etc/site:/site:ro'], restart: 'on-failure:3', networks: ['shop-net'],
        },
        worker: { image: 'berth/httpd:latest', command: ['sleep', '300'], network_mode: 'bridge' },
      },
      volumes: { data: { external: true } },
      networks: { 'shop-net': { external: true } },
    });
  });

  it('two containers of the same name stem get distinct service names', () => {
    const text = composeFromContainers([{ info: inspect({ name: 'a b' }), image: IMAGE }, { info: inspect({ name: 'a-b' }), image: IMAGE }]);
    expect(Object.keys(parse(text).services)).toEqual(['a-b', 'a-b-2']);
  });
});
