// Against the sandbox engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImageSummary } from '../../../shared/images';
import { docker } from '../../../e2e/support/engine';
import { startConnected } from '../../../e2e/support/connected-services';
import type { RunningServices } from '../create-services';

let services: RunningServices;
let imageId: string;

beforeAll(async () => {
  services = await startConnected();
  const maker = await docker.createContainer({ name: 'berth-int-rm-maker', Image: 'berth/busybox:latest', Cmd: ['touch', '/made'] });
  await maker.start();
  await maker.wait();
  imageId = ((await maker.commit({ repo: 'berth-int/rm', tag: '1' })) as { Id: string }).Id;
  await maker.remove();
  await docker.createContainer({ name: 'berth-int-rm-user', Image: imageId, Cmd: ['true'] });
});
afterAll(async () => {
  await docker.getContainer('berth-int-rm-user').remove({ force: true }).catch(() => undefined);
  await docker.getImage(imageId).remove({ force: true }).catch(() => undefined);
  services.stop();
});

describe('image details on a real engine', () => {
  it('counts the containers using an image in the list, and the page names them and marks steps without a layer', async () => {
    expect((await services.api.images.list()).find((i) => i.id === imageId)).toMatchObject({ repoTags: ['berth-int/rm:1'], containers: 1 });
    const details = await services.api.images.inspect({ id: 'berth-int/rm:1' });
    expect(details).toMatchObject({ id: imageId, repoTags: ['berth-int/rm:1'], os: 'linux', usedBy: [{ name: 'berth-int-rm-user', state: 'created' }] });
    expect(details.history.map((h) => h.empty)).toEqual([true, false]); // the commit's empty layer (touch of an empty file), then the import
    await expect(services.api.images.inspect({ id: 'berth-int/none:1' })).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
  });
});

describe('the live image list', () => {
  it('sends the list, then once more for each tag that comes and goes (events, not polling)', async () => {
    const abort = new AbortController();
    const lists: ImageSummary[][] = [];
    const tags = (list: ImageSummary[] | undefined) => list?.flatMap((i) => i.repoTags) ?? [];
    const seen = (async () => {
      for await (const list of services.api.images.watch(abort.signal)) lists.push(list);
    })();
    await expect.poll(() => lists.length).toBeGreaterThan(0); // the first list (the setup's own container create may send a second)
    try {
      await docker.getImage(imageId).tag({ repo: 'berth-int/live', tag: '1' });
      await expect.poll(() => tags(lists.at(-1))).toContain('berth-int/live:1');
    } finally {
      await docker.getImage('berth-int/live:1').remove();
    }
    await expect.poll(() => tags(lists.at(-1)).includes('berth-int/live:1')).toBe(false);
    // One list per change, nothing re-sent in between. (Not an exact count: the engine's other news, such as a
    // container that an earlier test removed, changes "used by" and is a change too.)
    const sent = lists.map((list) => JSON.stringify(list));
    expect(sent.filter((list, i) => i > 0 && list === sent[i - 1])).toEqual([]);
    abort.abort();
    await seen;
  });
});

describe('removing images on a real engine', () => {
  it('says when only a tag went and the image stays, naming the containers that keep using it', async () => {
    await docker.getImage(imageId).tag({ repo: 'berth-int/rm', tag: '2' });
    const [untagged] = await services.api.images.remove({ ids: ['berth-int/rm:2'], force: false });
    expect(untagged).toEqual({ id: 'berth-int/rm:2', ok: true, untaggedOnly: true, usedBy: ['berth-int-rm-user'] });
    expect((await docker.getImage(imageId).inspect()).RepoTags).toEqual(['berth-int/rm:1']);
  });

  it('removes two tags of one image in one go: both go, each said to have gone (the CLI’s order, one after another)', async () => {
    const maker = await docker.createContainer({ Image: 'berth/busybox:latest', Cmd: ['touch', '/two'] });
    await maker.start();
    await maker.wait();
    const { Id } = (await maker.commit({ repo: 'berth-int/two', tag: 'a' })) as { Id: string };
    await maker.remove();
    await docker.getImage(Id).tag({ repo: 'berth-int/two', tag: 'b' });
    const outcomes = await services.api.images.remove({ ids: ['berth-int/two:a', 'berth-int/two:b'], force: false });
    expect(outcomes).toEqual([{ id: 'berth-int/two:a', ok: true, untaggedOnly: true, usedBy: [] }, { id: 'berth-int/two:b', ok: true }]);
    await expect(docker.getImage(Id).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('explains a conflict with the names of the containers that use the image, and force removes it', async () => {
    const [refused] = await services.api.images.remove({ ids: [imageId], force: false });
    expect(refused).toMatchObject({ id: imageId, ok: false, error: { code: 'CONFLICT' }, usedBy: ['berth-int-rm-user'] });
    const [missing] = await services.api.images.remove({ ids: ['sha256:' + '0'.repeat(64)], force: false });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const [forced] = await services.api.images.remove({ ids: [imageId], force: true });
    expect(forced).toEqual({ id: imageId, ok: true });
    await expect(docker.getImage(imageId).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });
});
