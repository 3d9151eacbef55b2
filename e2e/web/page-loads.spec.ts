import { expect, test } from '@playwright/test';
import { docker, removeContainers } from '../support/engine';

// Chromium aborts every request in flight when the machine's network interfaces change (ERR_NETWORK_CHANGED), and
// containers and networks coming and going change them. The page must load through it: its first module retries the
// app's load (a static module graph is never fetched again).

const CHURN = 'e2e-churn';
/** Each screen and its main control. */
const SCREENS: [string, string][] = [
  ['containers', 'Run…'], ['images', 'Pull…'], ['volumes', 'Create volume…'], ['networks', 'Create network…'], ['compose', 'Open project…'],
];

/**
 * Starts a container every 200 ms, each removed 3 s later, every other one on a network of its own as compose makes
 * them: veths and bridges come and go, and get their addresses (what Chromium's network-change watcher reacts to).
 */
function churn(): { stop(): Promise<number> } {
  let running = true;
  let rounds = 0;
  const removals: Promise<unknown>[] = [];
  const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const loop = (async () => {
    while (running) {
      const began = Date.now();
      const name = `${CHURN}-${rounds}`;
      const network = rounds % 2 ? await docker.createNetwork({ Name: name }) : null;
      const c = await docker.createContainer({ name, Image: 'berth/busybox:latest', Cmd: ['sleep', '30'], HostConfig: { NetworkMode: network ? name : 'bridge' } });
      await c.start();
      removals.push(later(3_000).then(() => c.remove({ force: true })).then(() => network?.remove()));
      rounds++;
      await later(Math.max(0, 200 - (Date.now() - began)));
    }
    await Promise.all(removals);
  })();
  return { stop: async () => { running = false; await loop; return rounds; } };
}

test.afterAll(async () => {
  await removeContainers(CHURN);
  for (const n of await docker.listNetworks({ filters: { name: [CHURN] } })) await docker.getNetwork(n.Id).remove().catch(() => undefined);
});

test('50 fresh page loads of the screens, while containers start every 200 ms, each show their screen', async ({ browser }) => {
  test.setTimeout(240_000);
  const base = process.env.BERTH_E2E_URL!;
  let aborted = 0;
  const changes = churn();
  try {
    for (let i = 0; i < 50; i++) {
      const [screen, control] = SCREENS[i % SCREENS.length]!;
      // A context of its own each time, as a first visit: nothing cached, every module asked of the network.
      const fresh = await (await browser.newContext()).newPage();
      fresh.on('requestfailed', (request) => { if (/ERR_NETWORK_CHANGED/.test(request.failure()?.errorText ?? '')) aborted++; });
      await fresh.goto(`${base}#/e/local/${screen}`);
      await expect(fresh.getByRole('button', { name: control }).first(), `load ${i + 1}: ${screen}`).toBeVisible();
      await fresh.context().close();
    }
  } finally {
    expect(await changes.stop()).toBeGreaterThan(10); // the network really changed under the loads
    // How many requests the changes aborted (with the app's load not retried, the same churn failed a load within 20).
    test.info().annotations.push({ type: 'aborted requests', description: String(aborted) });
  }
});
