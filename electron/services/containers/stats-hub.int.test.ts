// Against the sandbox engine: one stats stream per running container, shared, and none once nobody watches.
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContainerSummary } from '../../../shared/containers';
import type { StatsFrame } from '../../../shared/stats';
import { docker, removeContainers } from '../../../e2e/support/engine';
import { parseDockerHost } from '../engine/engine-endpoint';
import { EngineMonitor } from '../engine/engine-monitor';
import { LiveList } from '../live/live-list';
import { containerSource } from './container-source';
import { StatsHub } from './stats-hub';

const P = 'berth-int-stats-';
const monitor = new EngineMonitor([parseDockerHost(process.env.DOCKER_HOST!, { env: {}, platform: process.platform, homedir: os.homedir() })]);
const containers = new LiveList<ContainerSummary>(monitor, containerSource(monitor));
const hub = new StatsHub(monitor, containers);
const ids: string[] = [];

async function run(name: string): Promise<string> {
  const container = await docker.createContainer({ name: P + name, Image: 'berth/busybox:latest', Cmd: ['sh', '-c', 'while true; do sleep 1; done'] });
  await container.start();
  return container.id;
}

/** Reads frames in the background. */
function watchAll() {
  const abort = new AbortController();
  const frames: StatsFrame[] = [];
  const done = (async () => { for await (const f of hub.all(abort.signal)) frames.push(f); })();
  const seen = () => new Set(frames.flatMap((f) => f.samples.map((s) => s.id)));
  return { frames, seen, stop: async () => { abort.abort(); await done; } };
}

beforeAll(async () => {
  await removeContainers(P);
  monitor.start();
  for (const name of ['a', 'b', 'c']) ids.push(await run(name));
});
afterAll(async () => {
  containers.stop();
  monitor.stop();
  await removeContainers(P);
});

describe('the stats hub', () => {
  it('streams every running container once, shares a stream with a single view, and closes all when nobody looks', async () => {
    const fleet = watchAll();
    await expect.poll(() => ids.every((id) => fleet.seen().has(id)), { timeout: 15_000 }).toBe(true);
    expect(fleet.frames.flatMap((f) => f.samples).every((s) => s.sample.memoryBytes > 0)).toBe(true);
    const running = (await docker.listContainers()).length;
    expect(hub.openStreams).toBe(running);

    // A view of one container shares the fleet's stream.
    const one = new AbortController();
    const samples: number[] = [];
    const single = (async () => { for await (const s of hub.one(ids[1]!, one.signal)) samples.push(s.cpuPercent); })();
    await expect.poll(() => samples.length, { timeout: 5000 }).toBeGreaterThan(0);
    expect(hub.openStreams).toBe(running);

    // A stopped container leaves the frames and its stream closes.
    await docker.getContainer(ids[2]!).stop({ t: 0 });
    await expect.poll(() => fleet.frames.some((f) => f.ended.includes(ids[2]!)), { timeout: 5000 }).toBe(true);
    expect(hub.openStreams).toBe(running - 1);

    // A container started later joins.
    ids.push(await run('d'));
    await expect.poll(() => fleet.seen().has(ids[3]!), { timeout: 10_000 }).toBe(true);

    await fleet.stop();
    expect(hub.openStreams).toBe(1); // the single view still reads
    one.abort();
    await single;
    expect(hub.openStreams).toBe(0);
  }, 60_000);

  it('a frame comes about once a second, not once per container sample', async () => {
    const fleet = watchAll();
    await expect.poll(() => fleet.frames.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
    await fleet.stop();
    const gaps = fleet.frames.slice(1).map((f, i) => f.time - fleet.frames[i]!.time);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(900);
    expect(hub.openStreams).toBe(0);
  }, 30_000);
});
