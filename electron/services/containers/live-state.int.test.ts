// Against the sandbox engine: after every kind of state change, the live row converges on `docker inspect` within a second.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContainerSummary } from '../../../shared/containers';
import { docker, removeContainers } from '../../../e2e/support/engine';
import { startConnected } from '../../../e2e/support/connected-services';
import type { RunningServices } from '../create-services';
import { summaryFromInspect, toContainerSummary } from './container-summary';

const PREFIX = 'berth-int-live-';
let services: RunningServices;
const rows = new Map<string, ContainerSummary>();
const stop = new AbortController();

const cli = (...args: string[]): string => execFileSync('docker', args, { encoding: 'utf8' }).trim();
const run = (name: string, ...args: string[]): string => cli('run', '-d', '--name', `${PREFIX}${name}`, ...args);

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, ms: number, what: string): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Waits for the engine to reach `done`, then gives the row one second to show what `docker inspect` shows. */
async function expectRowConverges(id: string, done: (s: ContainerSummary) => boolean): Promise<ContainerSummary> {
  const truth = await until(async () => {
    const s = summaryFromInspect(await docker.getContainer(id).inspect());
    return done(s) ? s : undefined;
  }, 30_000, 'the engine state');
  const row = await until(() => {
    const r = rows.get(id);
    return r && r.state === truth.state && r.exitCode === truth.exitCode && r.health === truth.health ? r : undefined;
  }, 1000, `row ${JSON.stringify(rows.get(id))} to match inspect ${JSON.stringify(truth)}`);
  return row;
}

beforeAll(async () => {
  await removeContainers(PREFIX);
  services = await startConnected();
  void (async () => {
    for await (const update of services.api.containers.watch(stop.signal)) {
      if (update.kind === 'snapshot') rows.clear();
      for (const c of update.kind === 'snapshot' ? update.items : update.upsert) rows.set(c.id, c);
      if (update.kind === 'delta') for (const id of update.remove) rows.delete(id);
    }
  })();
});
afterAll(async () => {
  stop.abort();
  services.stop();
  await removeContainers(PREFIX);
});

describe('the live list converges on the engine after every event', () => {
  it('a container that exits by itself shows exited with its code (the list lags its "die" event)', async () => {
    const id = run('exits', 'berth/busybox', 'sh', '-c', 'sleep 1; exit 5');
    await until(() => (rows.get(id)?.state === 'running' ? true : undefined), 5000, 'the row to appear running');
    expect(await expectRowConverges(id, (s) => s.state === 'exited')).toMatchObject({ state: 'exited', exitCode: 5 });
  });

  it('docker kill', async () => {
    const id = run('killed', 'berth/busybox', 'sleep', '600');
    await until(() => (rows.get(id)?.state === 'running' ? true : undefined), 5000, 'the row to appear running');
    cli('kill', id);
    expect(await expectRowConverges(id, (s) => s.state === 'exited')).toMatchObject({ exitCode: 137 });
  });

  it('out of memory', async () => {
    const id = run('oom', '-m', '8m', '--memory-swap', '8m', 'berth/busybox', 'sh', '-c', 'sleep 0.5; a=$(head -c 64000000 /dev/zero | tr "\\0" a); echo ${#a}');
    await expectRowConverges(id, (s) => s.state === 'exited');
    expect((await docker.getContainer(id).inspect()).State.OOMKilled).toBe(true);
  });

  it('a restart-policy loop: every round is followed, and the row ends exited after the last retry', async () => {
    const id = run('loop', '--restart', 'on-failure:3', 'berth/busybox', 'sh', '-c', 'sleep 0.3; exit 3');
    const states = new Set<string>();
    const seen = setInterval(() => { const s = rows.get(id)?.state; if (s) states.add(s); }, 5);
    try {
      const row = await expectRowConverges(id, (s) => s.state === 'exited');
      expect(row.exitCode).toBe(3);
      expect((await docker.getContainer(id).inspect()).RestartCount).toBe(3);
      expect(states.has('running')).toBe(true);
    } finally {
      clearInterval(seen);
    }
  });

  it('pause right after restart', async () => {
    const id = run('pause', 'berth/busybox', 'sleep', '600');
    cli('restart', '-t', '0', id);
    cli('pause', id);
    await expectRowConverges(id, (s) => s.state === 'paused');
    cli('unpause', id);
    await expectRowConverges(id, (s) => s.state === 'running');
  });

  it('health changes: starting → healthy → unhealthy', async () => {
    const id = run('health', '--health-cmd', 'test -f /ok', '--health-interval', '300ms', '--health-retries', '1', 'berth/busybox', 'sleep', '600');
    await expectRowConverges(id, (s) => s.health === 'starting' || s.health === 'unhealthy');
    cli('exec', id, 'touch', '/ok');
    await expectRowConverges(id, (s) => s.health === 'healthy');
    cli('exec', id, 'rm', '/ok');
    await expectRowConverges(id, (s) => s.health === 'unhealthy');
  });

  it('a list entry and an inspect give the same row, whatever the state (so a resync sends nothing)', async () => {
    const running = run('same-running', '-p', '127.0.0.1:18291:8080', '-p', '8081/udp', 'berth/httpd');
    const exited = run('same-exited', 'berth/busybox', 'sh', '-c', 'exit 2');
    const created = cli('create', '--name', `${PREFIX}same-created`, '-p', '18292:8080', 'berth/httpd');
    await docker.getContainer(exited).wait();
    for (const id of [running, exited, created]) {
      const inspected = summaryFromInspect(await docker.getContainer(id).inspect());
      const [entry] = await docker.listContainers({ all: true, filters: { id: [id] } });
      expect(toContainerSummary(entry!, Date.now(), inspected)).toEqual(inspected);
    }
  });
});
