// Against the sandbox engine: the tray's view of the engines and of one engine's containers.
import { afterAll, expect, it } from 'vitest';
import { docker, removeContainers } from '../../e2e/support/engine';
import { startServices } from '../services/create-services';
import { trayFeed, type TrayFeedState } from './tray-feed';

const P = 'berth-int-tray-';
const services = startServices({ ...process.env, BERTH_CONFIG_DIR: '/nonexistent/berth-tray-test' });
afterAll(async () => {
  services.stop();
  await removeContainers(P);
});

it('follows every engine’s state and the followed engine’s containers, a few updates a second at most', async () => {
  await removeContainers(P);
  const states: TrayFeedState[] = [];
  const feed = trayFeed(services.app, (s) => states.push(s), 100);
  feed.follow('local');
  await expect.poll(() => states.at(-1)?.engines.find((e) => e.entry.id === 'local')?.status.state, { timeout: 10_000 }).toBe('connected');
  const container = await docker.createContainer({ name: `${P}a`, Image: 'berth/busybox:latest', Cmd: ['sleep', '60'] });
  await container.start();
  await expect.poll(() => states.at(-1)?.containers.find((c) => c.name === `${P}a`)?.state, { timeout: 10_000 }).toBe('running');
  const before = states.length;
  await container.stop({ t: 0 }); // stop, die, and the list's update: told once the throttle window ends
  await expect.poll(() => states.at(-1)?.containers.find((c) => c.name === `${P}a`)?.state, { timeout: 10_000 }).toBe('exited');
  expect(states.length - before).toBeLessThanOrEqual(3);
  feed.stop();
});
