// Against the sandbox engine: engines as a scope. A second engine entry points at the same socket (its own monitor,
// lists and services); a third at a socket where nothing listens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRouter } from '../../../shared/api/app';
import { docker } from '../../../e2e/support/engine';
import { startConnected } from '../../../e2e/support/connected-services';
import type { RunningServices } from '../create-services';

let services: RunningServices;
let caller: ReturnType<ReturnType<typeof createAppRouter>['createCaller']>;
const NAME = 'berth-int-engines';

beforeAll(async () => {
  services = await startConnected();
  const socketPath = process.env.DOCKER_HOST!.replace('unix://', '');
  services.registry.add('second', 'Second', [{ kind: 'socket', label: `unix://${socketPath}`, socketPath }], 'berth');
  services.registry.add('gone', 'Gone', [{ kind: 'socket', label: 'unix:///nowhere/docker.sock', socketPath: '/nowhere/docker.sock' }], 'berth');
  caller = createAppRouter(services.app).createCaller({});
  await docker.createContainer({ name: NAME, Image: 'berth/busybox:latest', Cmd: ['true'] });
});
afterAll(async () => {
  await docker.getContainer(NAME).remove({ force: true }).catch(() => undefined);
  services.stop();
});

const state = (engine: string) => () => services.registry.scope(engine).monitor.current.state;

describe('engines as a scope', () => {
  it('lists the engines Berth knows', async () => {
    expect((await caller.engines.list()).map((e) => e.id)).toEqual(expect.arrayContaining(['local', 'second', 'gone']));
  });

  it('runs each call on the engine it names, each engine with its own connection', async () => {
    await expect.poll(state('second')).toBe('connected');
    expect((await caller.containers.inspect({ engine: 'second', id: NAME })).name).toBe(NAME);
    expect(services.registry.scope('second').monitor).not.toBe(services.engine);
  });

  it('refuses an engine Berth does not know, in the user’s language', async () => {
    await expect(caller.containers.inspect({ engine: 'nope', id: NAME }))
      .rejects.toMatchObject({ cause: { data: { code: 'NOT_FOUND', message: { key: 'errors.engine.unknown', params: { engine: 'nope' } } } } });
  });

  it('an engine that is down does not disturb the others', async () => {
    await expect.poll(state('gone')).toBe('disconnected');
    expect(services.registry.scope('gone').monitor.current).toMatchObject({ attempts: [{ endpoint: 'unix:///nowhere/docker.sock' }] });
    expect(state('local')()).toBe('connected');
    expect((await caller.containers.inspect({ engine: 'local', id: NAME })).name).toBe(NAME);
  });

  it('removing an engine stops its scope; it is then unknown', async () => {
    const monitor = services.registry.scope('second').monitor;
    services.registry.remove('second');
    const client = () => { try { monitor.requireClient(); return 'open'; } catch { return 'closed'; } };
    await expect.poll(client).toBe('closed');
    expect(() => services.registry.scope('second')).toThrow();
    await expect(caller.containers.inspect({ engine: 'second', id: NAME })).rejects.toMatchObject({ cause: { data: { code: 'NOT_FOUND' } } });
  });
});
