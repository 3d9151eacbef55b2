// Against the sandbox engine: images made here by commit, with layers of random bytes so that no two share one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker } from '../../../e2e/support/engine';
import { startConnected } from '../../../e2e/support/connected-services';
import type { RunningServices } from '../create-services';

let services: RunningServices;
const made: Record<'a' | 'b' | 'used' | 'tagged', string> = { a: '', b: '', used: '', tagged: '' };

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
  for (const name of ['berth-int-prune-user', 'berth-int-prune-late']) await docker.getContainer(name).remove({ force: true }).catch(() => undefined);
  for (const id of Object.values(made)) await docker.getImage(id).remove({ force: true }).catch(() => undefined);
  services.stop();
});

describe('image prune on a real engine', () => {
  it('previews dangling images no container uses, and with "all" the unused tagged ones too', async () => {
    const dangling = (await services.api.images.prunePreview({ all: false })).images.map((i) => i.id);
    expect(dangling).toEqual(expect.arrayContaining([made.a, made.b]));
    expect(dangling).not.toContain(made.used);
    expect(dangling).not.toContain(made.tagged);
    const all = await services.api.images.prunePreview({ all: true });
    expect(all.images).toContainEqual({ id: made.tagged, repoTags: ['berth-int/prune-tagged:1'], size: expect.any(Number) });
    expect(all.images.map((i) => i.id)).not.toContain(made.used);
  });

  it('removes exactly what the preview listed, keeps an image a container took meanwhile, and frees the bytes it said', async () => {
    const first = await services.api.images.prunePreview({ all: false });
    await docker.createContainer({ name: 'berth-int-prune-late', Image: made.b, Cmd: ['true'] });
    const result = await services.api.images.prune({ ids: first.images.map((i) => i.id) });
    expect(result.removed.sort()).toEqual(first.images.map((i) => i.id).filter((id) => id !== made.b).sort());
    expect(result.kept).toEqual([{ id: made.b, ok: false, error: { code: 'CONFLICT' } }]);
    await expect(docker.getImage(made.a).inspect()).rejects.toMatchObject({ statusCode: 404 });

    await docker.getContainer('berth-int-prune-late').remove();
    const second = await services.api.images.prunePreview({ all: false });
    expect(second.images.map((i) => i.id)).toEqual([made.b]);
    expect(second.reclaimable).toBeGreaterThanOrEqual(500_000);
    const pruned = await services.api.images.prune({ ids: [made.b] });
    expect(pruned).toEqual({ removed: [made.b], kept: [], reclaimed: second.reclaimable });
    expect((await services.api.images.prunePreview({ all: false })).images).toEqual([]);
    await docker.getImage(made.used).inspect(); // still there: a container uses it
  });
});
