// Against the sandbox engine: what the dashboard's "Recent events" lists.
import os from 'node:os';
import { afterAll, expect, it } from 'vitest';
import type { RecentEvent } from '../../../shared/events';
import { docker, removeContainers } from '../../../e2e/support/engine';
import { parseDockerHost } from './engine-endpoint';
import { EngineMonitor } from './engine-monitor';
import { RecentEvents } from './recent-events';

const P = 'berth-int-events-';
const monitor = new EngineMonitor([parseDockerHost(process.env.DOCKER_HOST!, { env: {}, platform: process.platform, homedir: os.homedir() })]);
const recent = new RecentEvents(monitor);
afterAll(async () => {
  monitor.stop();
  await removeContainers(P);
});

it('keeps what happened by name, leaves out shell noise, and a late watcher gets the recent ones first', async () => {
  monitor.start();
  await new Promise((resolve) => monitor.once('connected', resolve));
  const container = await docker.createContainer({ name: `${P}a`, Image: 'berth/busybox:latest', Cmd: ['sleep', '60'] });
  await container.start();
  const exec = await container.exec({ Cmd: ['true'] });
  await (await exec.start({})).resume();
  await container.stop({ t: 0 });
  const abort = new AbortController();
  const seen: RecentEvent[] = [];
  const done = (async () => { for await (const batch of recent.watch(abort.signal)) seen.push(...batch); })();
  const mine = () => seen.filter((e) => e.id === container.id).map((e) => e.action);
  await expect.poll(mine, { timeout: 10_000 }).toEqual(expect.arrayContaining(['create', 'start', 'die', 'stop']));
  expect(mine().some((a) => a.startsWith('exec'))).toBe(false);
  expect(seen.find((e) => e.id === container.id)!.name).toBe(`${P}a`);
  await container.remove();
  await expect.poll(mine).toContain('destroy'); // after the first batch, new ones follow
  abort.abort();
  await done;
});
