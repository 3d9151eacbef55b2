// Against the sandbox engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VolumeSummary } from '../../../shared/volumes';
import { docker, removeContainers } from '../../../e2e/support/engine';
import { startConnected } from '../../../e2e/support/connected-services';
import type { RunningServices } from '../create-services';

let services: RunningServices;
const USED = 'berth-int-vol-used';
const NEW = 'berth-int-vol-new';

async function clean(): Promise<void> {
  await removeContainers('berth-int-vol');
  for (const name of [USED, NEW]) await docker.getVolume(name).remove().catch(() => undefined);
}
beforeAll(async () => {
  await clean();
  services = await startConnected();
  await docker.createContainer({ name: 'berth-int-vol-user', Image: 'berth/busybox:latest', Cmd: ['true'], HostConfig: { Binds: [`${USED}:/data`] } });
});
afterAll(async () => {
  await clean();
  services.stop();
});

describe('volumes on a real engine', () => {
  it('lists who uses a volume, refuses to remove it naming them, and says a taken name is taken', async () => {
    const used = (await services.api.volumes.list()).find((v) => v.name === USED);
    expect(used).toMatchObject({ driver: 'local', anonymous: false, usedBy: [{ name: 'berth-int-vol-user', running: false }] });
    await expect(services.api.volumes.remove({ name: USED })).rejects.toMatchObject({
      data: { code: 'CONFLICT', message: { key: 'errors.volumeInUse', params: { name: USED, names: 'berth-int-vol-user' } } },
    });
    expect((await docker.getVolume(USED).inspect()).Name).toBe(USED);
    await expect(services.api.volumes.create({ name: USED, driver: 'local', options: {}, labels: {} })).rejects.toMatchObject({
      data: { code: 'INVALID_INPUT', fields: { name: { key: 'validation.newVolume.taken' } } },
    });
  });

  it('keeps the live list from events: a created volume comes, a removed one goes', async () => {
    const abort = new AbortController();
    const lists: VolumeSummary[][] = [];
    const names = () => lists.at(-1)?.map((v) => v.name) ?? [];
    const seen = (async () => {
      for await (const list of services.api.volumes.watch(abort.signal)) lists.push(list);
    })();
    await expect.poll(() => lists.length).toBeGreaterThan(0);
    expect(await services.api.volumes.create({ name: NEW, driver: 'local', options: {}, labels: { team: 'blue' } })).toEqual({ name: NEW });
    await expect.poll(names).toContain(NEW);
    expect(lists.at(-1)!.find((v) => v.name === NEW)).toMatchObject({ labels: { team: 'blue' }, usedBy: [] });
    await services.api.volumes.remove({ name: NEW });
    await expect.poll(() => names().includes(NEW)).toBe(false);
    abort.abort();
    await seen;
  });

  it('gives sizes as the engine counts them, from one walk for every caller', async () => {
    const [a, b] = await Promise.all([services.api.volumes.sizes(), services.api.volumes.sizes()]);
    expect(a).toBe(b);
    const df = await docker.df() as { Volumes: { Name: string; UsageData: { Size: number } }[] };
    expect(a[USED]).toBe(df.Volumes.find((v) => v.Name === USED)!.UsageData.Size);
  });
});
