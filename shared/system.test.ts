import { describe, expect, it } from 'vitest';
import { engineFacts, summarizeDiskUsage } from './system';

describe('disk usage, summed the CLI way', () => {
  it('counts reclaimable space per kind and lists the largest first', () => {
    const usage = summarizeDiskUsage({
      LayersSize: 1000,
      Images: [
        { Id: 'a', RepoTags: ['app:1'], Size: 600, SharedSize: 100, Containers: 1 },
        { Id: 'b', RepoTags: ['<none>:<none>'], Size: 500, SharedSize: 100, Containers: 0 },
      ],
      Containers: [
        { Id: 'c1', Names: ['/web'], Image: 'app:1', State: 'running', SizeRw: 10 },
        { Id: 'c2', Names: ['/old'], Image: 'app:1', State: 'exited', SizeRw: 30 },
      ],
      Volumes: [{ Name: 'data', UsageData: { Size: 70, RefCount: 1 } }, { Name: 'spare', UsageData: { Size: 5, RefCount: 0 } }, { Name: 'x', UsageData: { Size: -1, RefCount: 0 } }],
      BuildCache: [
        { ID: 'k1', Type: 'regular', Size: 40, InUse: false, Shared: false },
        { ID: 'k2', Type: 'regular', Size: 20, InUse: true, Shared: false },
        { ID: 'k3', Type: 'source.local', Size: 90, InUse: false, Shared: true },
      ],
    });
    expect(usage.images).toMatchObject({ count: 2, active: 1, size: 1000, reclaimable: 500 });
    expect(usage.images.items.map((i) => [i.id, i.repoTags])).toEqual([['a', ['app:1']], ['b', []]]);
    expect(usage.containers).toMatchObject({ count: 2, active: 1, size: 40, reclaimable: 30 });
    expect(usage.containers.items.map((c) => c.name)).toEqual(['old', 'web']);
    expect(usage.volumes).toMatchObject({ count: 3, active: 1, size: 75, reclaimable: 5 });
    expect(usage.buildCache).toMatchObject({ count: 3, active: 1, size: 60, reclaimable: 40 });
  });
});

describe('engine facts', () => {
  it('groups info and version into sections, with insecure registries by name and CIDR and swarm counts only when active', () => {
    const facts = engineFacts({
      info: {
        Name: 'box', NCPU: 2, MemTotal: 2e9, Driver: 'overlay2', DriverStatus: [['Backing Filesystem', 'extfs']], CgroupDriver: 'cgroupfs', CgroupVersion: '1',
        Runtimes: { runc: {}, io: {} }, DefaultRuntime: 'runc', Plugins: { Volume: ['local'], Network: ['bridge', 'host'], Log: ['json-file'] },
        RegistryConfig: { Mirrors: ['https://m.example/'], InsecureRegistryCIDRs: ['127.0.0.0/8'], IndexConfigs: { 'reg.local:5000': { Secure: false }, 'docker.io': { Secure: true } } },
        Swarm: { LocalNodeState: 'inactive', Managers: 0, Nodes: 0 }, SecurityOptions: ['name=seccomp,profile=default'], Warnings: ['WARNING: No swap limit support'],
      },
      version: { Version: '20.10.24', ApiVersion: '1.41', MinAPIVersion: '1.12', Os: 'linux', Arch: 'amd64' },
    });
    expect(facts.engine).toMatchObject({ version: '20.10.24', api: '1.41', minApi: '1.12', os: 'linux', arch: 'amd64' });
    expect(facts.runtimes).toEqual({ names: ['io', 'runc'], default: 'runc', init: null });
    expect(facts.registries).toEqual({ index: '', mirrors: ['https://m.example/'], insecure: ['reg.local:5000', '127.0.0.0/8'] });
    expect(facts.swarm).toEqual({ state: 'inactive', nodeId: null, managers: null, nodes: null });
    expect(facts.warnings).toEqual(['WARNING: No swap limit support']);
  });
});
