// The engine's own search, against a search endpoint on 127.0.0.1 (nothing from the internet).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_HITS, startSearchEndpoint } from '../../../e2e/support/engine';
import { startConnected } from '../../../e2e/support/connected-services';
import type { RunningServices } from '../create-services';

let services: RunningServices;
let endpoint: { host: string; close(): void };
const search = (over: Partial<Parameters<RunningServices['api']['registries']['search']>[0]>) =>
  services.api.registries.search({ term: `${endpoint.host}/busybox`, limit: 25, officialOnly: false, automatedOnly: false, minStars: 0, ...over });

beforeAll(async () => {
  endpoint = await startSearchEndpoint(SEARCH_HITS);
  services = await startConnected();
});
afterAll(() => {
  endpoint.close();
  services.stop();
});

describe('docker search through the engine', () => {
  it('returns the hits, filtered by the engine (official, automated, stars) and limited', async () => {
    expect((await search({})).map((h) => h.name)).toEqual(['library/busybox', 'someone/busybox-tools', 'nobody/busybox-old']);
    expect(await search({ officialOnly: true })).toEqual([{ name: 'library/busybox', description: 'Busybox base image.', stars: 3300, official: true, automated: false }]);
    expect((await search({ automatedOnly: true })).map((h) => h.name)).toEqual(['someone/busybox-tools']);
    expect((await search({ minStars: 10 })).map((h) => h.name)).toEqual(['library/busybox', 'someone/busybox-tools']);
    expect(await search({ limit: 1 })).toHaveLength(1);
  });

  it('an unreachable registry is a readable error at the search field', async () => {
    await expect(search({ term: '127.0.0.1:1/busybox' })).rejects.toMatchObject({ data: { detail: expect.stringMatching(/connection refused/), fields: { term: { key: 'validation.search.failed' } } } });
  });

});
