// Against the sandbox engine and the local registry (scripts/sandbox.sh registry): nothing comes from the internet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TransferEvent } from '../../../shared/images';
import { docker, pushFreshImage, startSandboxRegistry } from '../../../e2e/support/engine';
import { startConnected } from '../../../e2e/support/connected-services';
import type { RunningServices } from '../create-services';
import { TransferProgress } from './image-transfer';

// A layer of random bytes on berth/busybox, pushed and removed locally: the pull must download it.
const IMAGE = '127.0.0.1:5055/berth/pulltest:latest';
let services: RunningServices;

async function pull(reference: string): Promise<TransferEvent[]> {
  const events: TransferEvent[] = [];
  for await (const e of services.api.images.pull({ reference: reference }, new AbortController().signal)) events.push(e);
  return events;
}

beforeAll(async () => {
  startSandboxRegistry();
  pushFreshImage(IMAGE);
  services = await startConnected();
});
afterAll(async () => {
  await docker.getImage(IMAGE).remove().catch(() => undefined);
  services.stop();
});

describe('pull on a real engine', () => {
  it('pulls from a registry with per-layer progress and a final status', async () => {
    await docker.getImage(IMAGE).remove().catch(() => undefined);
    const events = await pull(IMAGE);
    expect(events.at(-1)).toMatchObject({ type: 'done', status: expect.stringMatching(/Downloaded newer image|Image is up to date/) });
    const last = events.filter((e) => e.type === 'progress').at(-1);
    if (last?.type !== 'progress') throw new Error('no progress');
    const layer = last.layers.find((l) => l.status === 'Pull complete');
    expect(layer?.total).toBeGreaterThan(1_000_000); // the random layer, downloaded
    expect(layer?.current).toBe(layer?.total);
    expect((await docker.getImage(IMAGE).inspect()).RepoTags).toContain(IMAGE);
  });

  it('refuses a bad reference at the field and reports what the registry said', async () => {
    await expect(pull('Not A/Ref')).rejects.toMatchObject({ data: { code: 'INVALID_INPUT', fields: { reference: expect.anything() } } });
    const events = await pull('127.0.0.1:5055/library/nope:latest');
    expect(events.at(-1)).toMatchObject({ type: 'error', error: { detail: expect.stringMatching(/not found|manifest unknown/i) } });
  });
});

describe('pull progress', () => {
  it('folds the engine lines into one state per layer', () => {
    const progress = new TransferProgress();
    progress.apply({ status: 'Pulling from library/busybox', id: 'latest' });
    progress.apply({ status: 'Downloading', id: 'a1b2c3d4e5f6', progressDetail: { current: 10, total: 100 } });
    progress.apply({ status: 'Pull complete', id: 'a1b2c3d4e5f6', progressDetail: {} });
    expect(progress.status).toBe('Pulling from library/busybox: latest');
    expect(progress.snapshot()).toEqual([{ id: 'a1b2c3d4e5f6', status: 'Pull complete', current: 100, total: 100 }]);
    expect(() => progress.apply({ errorDetail: { message: 'unauthorized' } })).toThrow('unauthorized');
  });
});
