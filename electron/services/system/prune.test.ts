import type Docker from 'dockerode';
import { describe, expect, it } from 'vitest';
import { NOTHING } from '../../../shared/prune-kinds';
import { planFromState, type PruneState } from './prune';

const container = (Id: string, State: string, networks: string[] = [], volumes: string[] = []) => ({
  Id, State, Names: [`/${Id}`], ImageID: `sha256:${Id}`,
  NetworkSettings: { Networks: Object.fromEntries(networks.map((n) => [n, { NetworkID: n }])) },
  Mounts: volumes.map((Name) => ({ Type: 'volume', Name })),
}) as unknown as Docker.ContainerInfo;

const state: PruneState = {
  containers: [
    container('stopped', 'exited', ['net-of-stopped'], ['vol-of-stopped']),
    container('made', 'created', [], ['vol-of-created']),
    container('web', 'running', ['net-of-web'], ['vol-of-web']),
    container('held', 'paused', [], []),
  ],
  networks: [
    { Id: 'bridge', Name: 'bridge', Scope: 'local' }, { Id: 'net-of-stopped', Name: 'a', Scope: 'local' },
    { Id: 'net-of-web', Name: 'b', Scope: 'local' }, { Id: 'ingress', Name: 'ingress', Scope: 'swarm' },
  ],
  df: {
    Containers: [{ Id: 'stopped', Image: 'x', State: 'exited', SizeRw: 120 }],
    Volumes: [{ Name: 'vol-of-stopped', UsageData: { Size: 1000, RefCount: 1 } }, { Name: 'vol-of-created', UsageData: { Size: 5, RefCount: 1 } }, { Name: 'vol-of-web', UsageData: { Size: 7, RefCount: 1 } }],
    BuildCache: [{ ID: 'c1', Type: 'regular', Size: 50, InUse: false, Shared: false }, { ID: 'c2', Type: 'regular', Size: 60, InUse: false, Shared: true }, { ID: 'c3', Type: 'regular', Size: 70, InUse: true, Shared: false }],
  },
};

const names = (options: Parameters<typeof planFromState>[1]) => planFromState(state, options).items.map((i) => `${i.kind}:${i.id}:${i.size}`);

describe('the prune plan', () => {
  it('takes stopped and created containers, never running or paused ones', () => {
    expect(names({ ...NOTHING, containers: true })).toEqual(['containers:stopped:120', 'containers:made:0']);
  });

  it('counts what the containers’ removal frees, as system prune does', () => {
    expect(names({ ...NOTHING, volumes: true })).toEqual([]);
    expect(names({ ...NOTHING, containers: true, volumes: true }).filter((n) => n.startsWith('volumes'))).toEqual(['volumes:vol-of-stopped:1000', 'volumes:vol-of-created:5']);
  });

  it('a network is used only by a running container; built-in and swarm networks are never pruned', () => {
    expect(names({ ...NOTHING, networks: true })).toEqual(['networks:net-of-stopped:0']);
  });

  it('build cache not in use; shared cache frees nothing', () => {
    expect(names({ ...NOTHING, buildCache: true })).toEqual(['buildCache:c1:50', 'buildCache:c2:0']);
  });

  it('leaves the running containers for the images’ part', () => {
    expect(planFromState(state, { ...NOTHING, containers: true }).remaining.map((c) => c.Id)).toEqual(['web', 'held']);
  });
});
