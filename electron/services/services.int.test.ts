// Against the sandbox engine (scripts/sandbox.sh start; DOCKER_HOST points at it).
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContainerListUpdate } from '../../shared/containers';
import { BerthError } from '../../shared/errors';
import { emptyRunForm } from '../../shared/run-form';
import { containerNames, docker, removeContainers } from '../../e2e/support/engine';
import { startServices, type RunningServices } from './create-services';

const PREFIX = 'berth-int-';
let services: RunningServices;

const removeTestContainers = (): Promise<void> => removeContainers(PREFIX);
const namesOnEngine = (): Promise<string[]> => containerNames(PREFIX);

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A started httpd container publishing 8080 on 127.0.0.1:`port`: what a test needs, made by that test (not by an earlier one). */
async function httpd(name: string, port: number): Promise<void> {
  const c = await docker.createContainer({
    name, Image: 'berth/httpd', ExposedPorts: { '8080/tcp': {} }, StopTimeout: 1, // httpd as pid 1 ignores SIGTERM
    HostConfig: { PortBindings: { '8080/tcp': [{ HostIp: '127.0.0.1', HostPort: String(port) }] } },
  });
  await c.start();
}

beforeAll(async () => {
  if (!process.env.DOCKER_HOST?.startsWith('unix://')) throw new Error('run scripts/sandbox.sh start and export DOCKER_HOST first');
  await removeTestContainers();
  services = startServices();
  await until(() => (services.engine.current.state === 'connected' ? true : undefined));
});
afterAll(async () => {
  services.stop();
  await removeTestContainers();
});

describe('engine services on a real engine', () => {
  it('reports the engine it reached', () => {
    const status = services.engine.current;
    expect(status.state).toBe('connected');
    if (status.state === 'connected') expect(status.info.apiVersion).toMatch(/^1\.\d+/);
  });

  it('runs a container with a published port that answers over HTTP', async () => {
    const { started } = await services.api.containers.run({ ...emptyRunForm, image: 'berth/httpd', name: `${PREFIX}web`, ports: '127.0.0.1:18181:8080' });
    expect(started).toBe(true);
    const body = await until(async () => {
      try {
        return await (await fetch('http://127.0.0.1:18181/')).text();
      } catch {
        return undefined;
      }
    });
    expect(body).toContain('hello from berth');
  });

  it('keeps the live list current from engine events: CLI create appears, CLI stop turns exited', async () => {
    const controller = new AbortController();
    const seen: ContainerListUpdate[] = [];
    const reader = (async () => {
      for await (const update of services.api.containers.watch(controller.signal)) seen.push(update);
    })();
    const state = (name: string) => {
      let byName: string | undefined;
      for (const u of seen) {
        const list = u.kind === 'snapshot' ? u.items : u.upsert;
        for (const c of list) if (c.name === name) byName = c.state;
      }
      return byName;
    };
    execFileSync('docker', ['run', '-d', '--name', `${PREFIX}cli`, 'berth/busybox', 'sleep', '600']);
    await until(() => (state(`${PREFIX}cli`) === 'running' ? true : undefined));
    execFileSync('docker', ['stop', '-t', '0', `${PREFIX}cli`]);
    await until(() => (state(`${PREFIX}cli`) === 'exited' ? true : undefined));
    controller.abort();
    await reader;
  });

  it('acts on several containers and reports each outcome', async () => {
    await httpd(`${PREFIX}act`, 18182);
    const outcomes = await services.api.containers.act({ action: 'stop', ids: [`${PREFIX}act`, 'no-such-container'] });
    expect(outcomes[0]).toEqual({ id: `${PREFIX}act`, ok: true });
    expect(outcomes[1]).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await docker.getContainer(`${PREFIX}act`).inspect()).State.Status).toBe('exited');
  });

  it('renames, updates the restart policy, inspects, lists processes and streams stats', async () => {
    await httpd(`${PREFIX}ren`, 18183);
    await services.api.containers.act({ action: 'stop', ids: [`${PREFIX}ren`] });
    await services.api.containers.rename({ id: `${PREFIX}ren`, name: `${PREFIX}ren2` });
    await services.api.containers.act({ action: 'start', ids: [`${PREFIX}ren2`] });
    await services.api.containers.updateRestartPolicy({ id: `${PREFIX}ren2`, policy: { name: 'on-failure', maxRetries: 3 } });
    const details = await services.api.containers.inspect({ id: `${PREFIX}ren2` });
    expect(details).toMatchObject({ name: `${PREFIX}ren2`, state: 'running', restartPolicy: { name: 'on-failure', maxRetries: 3 } });
    expect(details.ports).toContainEqual({ ip: '127.0.0.1', privatePort: 8080, publicPort: 18183, type: 'tcp' });
    const top = await services.api.containers.top({ id: `${PREFIX}ren2` });
    expect(top.processes.some((p) => p.join(' ').includes('httpd'))).toBe(true);
    const controller = new AbortController();
    const samples = [];
    for await (const sample of services.api.containers.stats({ id: `${PREFIX}ren2` }, controller.signal)) {
      samples.push(sample);
      controller.abort();
    }
    // A stream that ended without a sample must fail here, not pass by never entering the loop.
    expect(samples).toHaveLength(1);
    expect(samples[0]!.memoryBytes).toBeGreaterThan(0);
  });

  it('refuses bad input with field errors and leaves nothing behind', async () => {
    await httpd(`${PREFIX}holder`, 18184); // holds the name and the port the bad forms ask for
    const before = await namesOnEngine();
    const fieldsOf = async (form: Partial<typeof emptyRunForm>): Promise<string[]> => {
      try {
        await services.api.containers.run({ ...emptyRunForm, ...form });
      } catch (err) {
        expect(err).toBeInstanceOf(BerthError);
        return Object.keys((err as BerthError).data.fields ?? {});
      }
      throw new Error('run should have failed');
    };
    expect(await fieldsOf({ image: 'Not Valid' })).toEqual(['image']);
    expect(await fieldsOf({ image: 'berth/not-here:1' })).toEqual(['image']);
    expect(await fieldsOf({ image: 'berth/busybox', name: `${PREFIX}holder` })).toEqual(['name']);
    expect(await fieldsOf({ image: 'berth/httpd', name: `${PREFIX}clash`, ports: '127.0.0.1:18184:8080' })).toEqual(['ports']);
    expect(await fieldsOf({ image: 'berth/busybox', env: 'NOEQUALS', ports: '1:2:3:4', volumes: 'x' })).toEqual(['env', 'ports', 'volumes']);
    expect(await namesOnEngine()).toEqual(before);
  });
});

describe('bulk actions', () => {
  it('stops containers that ignore SIGTERM all at once: their stop timeouts run side by side, not in rounds', async () => {
    const names = Array.from({ length: 24 }, (_, i) => `${PREFIX}stubborn-${i}`);
    const ids = await Promise.all(names.map(async (name) => {
      const c = await docker.createContainer({ name, Image: 'berth/busybox', Cmd: ['sh', '-c', 'trap "" TERM; while true; do sleep 1; done'], StopTimeout: 5 });
      await c.start();
      return c.id;
    }));
    const started = Date.now();
    const outcomes = await services.api.containers.act({ action: 'stop', ids });
    const took = Date.now() - started;
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect((await docker.listContainers({ filters: { name: [`${PREFIX}stubborn-`] } })).length).toBe(0);
    // In rounds of 8 this takes 3 × 5 s; side by side it is one stop timeout, and the engine's kills and clean-up of
    // 24 containers (up to ~5 s more on a busy two-core machine): under two rounds' worth is side by side.
    expect(took).toBeLessThan(2 * 5000 + 2500);
  });
});
