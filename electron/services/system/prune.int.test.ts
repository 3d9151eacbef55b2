// Against the sandbox engine: images made here by commit, with layers of random bytes so that no two share one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTHING, type PruneItem } from '../../../shared/prune-kinds';
import { docker, removeContainers } from '../../../e2e/support/engine';
import { startConnected } from '../../../e2e/support/connected-services';
import type { RunningServices } from '../create-services';

let services: RunningServices;
const made: Record<'a' | 'b' | 'used' | 'tagged', string> = { a: '', b: '', used: '', tagged: '' };
const ids = (items: PruneItem[], kind: PruneItem['kind']) => items.filter((i) => i.kind === kind).map((i) => i.id);

async function commitRandom(tag?: { repo: string; tag: string }): Promise<string> {
  const maker = await docker.createContainer({ Image: 'berth/busybox:latest', Cmd: ['sh', '-c', 'head -c 500000 /dev/urandom > /blob'] });
  await maker.start();
  await maker.wait();
  const { Id } = (await maker.commit(tag ?? {})) as { Id: string };
  await maker.remove();
  return Id;
}

beforeAll(async () => {
  services = await startConnected();
  made.a = await commitRandom();
  made.b = await commitRandom();
  made.used = await commitRandom();
  made.tagged = await commitRandom({ repo: 'berth-int/prune-tagged', tag: '1' });
  await docker.createContainer({ name: 'berth-int-prune-user', Image: made.used, Cmd: ['true'] });
});
afterAll(async () => {
  await removeContainers('berth-int-prune');
  for (const id of Object.values(made)) await docker.getImage(id).remove({ force: true }).catch(() => undefined);
  for (const n of ['berth-int-prune-net', 'berth-int-prune-net2']) await docker.getNetwork(n).remove().catch(() => undefined);
  for (const v of ['berth-int-prune-vol', 'berth-int-prune-vol2']) await docker.getVolume(v).remove().catch(() => undefined);
  services.stop();
});

const images = (mode: 'dangling' | 'all') => services.api.system.prunePlan({ ...NOTHING, images: mode });

describe('image prune on a real engine', () => {
  it('plans dangling images no container uses, and with "all" the unused tagged ones too', async () => {
    const dangling = ids((await images('dangling')).items, 'images');
    expect(dangling).toEqual(expect.arrayContaining([made.a, made.b]));
    expect(dangling).not.toContain(made.used);
    expect(dangling).not.toContain(made.tagged);
    const all = await images('all');
    expect(all.items).toContainEqual({ kind: 'images', id: made.tagged, name: 'berth-int/prune-tagged:1', size: expect.any(Number) });
    expect(ids(all.items, 'images')).not.toContain(made.used);
  });

  it('removes exactly what the plan listed, keeps an image a container took meanwhile (naming it), and frees the bytes it said', async () => {
    const first = await images('dangling');
    await docker.createContainer({ name: 'berth-int-prune-late', Image: made.b, Cmd: ['true'] });
    const result = await services.api.system.prune({ items: first.items });
    expect(result.removed.map((i) => i.id).sort()).toEqual(ids(first.items, 'images').filter((id) => id !== made.b).sort());
    expect(result.kept).toEqual([expect.objectContaining({ id: made.b, reason: { key: 'prune.keptReason.usedBy', params: { names: 'berth-int-prune-late' } } })]);
    await expect(docker.getImage(made.a).inspect()).rejects.toMatchObject({ statusCode: 404 });

    await docker.getContainer('berth-int-prune-late').remove();
    const second = await images('dangling');
    expect(ids(second.items, 'images')).toEqual([made.b]);
    expect(second.reclaimable).toBeGreaterThanOrEqual(500_000);
    const pruned = await services.api.system.prune({ items: second.items });
    expect(pruned).toMatchObject({ removed: second.items, kept: [], reclaimed: second.reclaimable });
    expect((await images('dangling')).items).toEqual([]);
    await docker.getImage(made.used).inspect(); // still there: a container uses it
  });
});

describe('system prune on a real engine', () => {
  it('plans the engine’s way (what stopped containers leave unused counts) and removes exactly that; what became used is kept', async () => {
    await removeContainers('berth-int-prune');
    await docker.createNetwork({ Name: 'berth-int-prune-net' });
    await docker.createNetwork({ Name: 'berth-int-prune-net2' });
    await docker.createVolume({ Name: 'berth-int-prune-vol' });
    await docker.createVolume({ Name: 'berth-int-prune-vol2' });
    // A stopped container holds the network and volume; its removal frees them, so the plan counts them too.
    await docker.createContainer({ name: 'berth-int-prune-stopped', Image: 'berth/busybox:latest', Cmd: ['true'],
      HostConfig: { NetworkMode: 'berth-int-prune-net', Binds: ['berth-int-prune-vol:/v'] } });
    const running = await docker.createContainer({ name: 'berth-int-prune-running', Image: 'berth/busybox:latest', Cmd: ['sleep', '300'] });
    await running.start();

    const plan = await services.api.system.prunePlan({ containers: true, networks: true, volumes: true, images: 'none', buildCache: false });
    const stopped = (await docker.getContainer('berth-int-prune-stopped').inspect()).Id;
    expect(ids(plan.items, 'containers')).toContain(stopped);
    expect(ids(plan.items, 'containers')).not.toContain(running.id);
    expect(plan.items.filter((i) => i.kind === 'networks').map((i) => i.name)).toEqual(expect.arrayContaining(['berth-int-prune-net', 'berth-int-prune-net2']));
    expect(ids(plan.items, 'volumes')).toEqual(expect.arrayContaining(['berth-int-prune-vol', 'berth-int-prune-vol2']));
    expect(plan.items.map((i) => i.name)).not.toContain('bridge');

    // Between plan and prune a new container takes net2 and vol2: they stay, named with it. (A network is the engine's
    // to count used only while a container runs on it; a stopped container's network is pruned, as docker does.)
    const late = await docker.createContainer({ name: 'berth-int-prune-late2', Image: 'berth/busybox:latest', Cmd: ['sleep', '300'], HostConfig: { NetworkMode: 'berth-int-prune-net2', Binds: ['berth-int-prune-vol2:/v'] } });
    await late.start();
    // Only this test's own items go: other tests share the engine. What is sent is removed exactly.
    const mine = plan.items.filter((i) => i.name.startsWith('berth-int-prune'));
    expect(mine.length).toBe(5);
    const result = await services.api.system.prune({ items: mine });
    expect(result.kept.map((k) => [k.kind, k.name, k.reason.params?.names])).toEqual(expect.arrayContaining([
      ['networks', 'berth-int-prune-net2', 'berth-int-prune-late2'], ['volumes', 'berth-int-prune-vol2', 'berth-int-prune-late2'],
    ]));
    expect(result.removed.map((i) => i.name).sort()).toEqual(['berth-int-prune-net', 'berth-int-prune-stopped', 'berth-int-prune-vol']);
    await expect(docker.getContainer(stopped).inspect()).rejects.toMatchObject({ statusCode: 404 });
    await expect(docker.getNetwork('berth-int-prune-net').inspect()).rejects.toMatchObject({ statusCode: 404 });
    await expect(docker.getVolume('berth-int-prune-vol').inspect()).rejects.toMatchObject({ statusCode: 404 });
    expect((await running.inspect()).State.Running).toBe(true);
  });
});
