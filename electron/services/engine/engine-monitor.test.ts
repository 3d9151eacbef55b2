import { PassThrough } from 'node:stream';
import type Docker from 'dockerode';
import { afterEach, describe, expect, it } from 'vitest';
import type { EngineStatus } from '../../../shared/engine';
import type { EngineEndpoint } from './engine-endpoint';
import { EngineMonitor } from './engine-monitor';

const endpoint = (label: string): EngineEndpoint => ({ kind: 'socket', label, socketPath: `/${label}.sock` });
const refused = () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', address: '/x.sock' });

/** A fake engine per endpoint label: down (ping refused) or up, with an event stream the test can end. */
class FakeEngines {
  readonly dialled: string[] = [];
  readonly up = new Set<string>();
  readonly streams: PassThrough[] = [];
  connect = (ep: EngineEndpoint): Docker => {
    this.dialled.push(ep.label);
    const up = this.up.has(ep.label);
    return {
      ping: async () => { if (!up) throw refused(); return 'OK'; },
      getEvents: async () => { const s = new PassThrough(); this.streams.push(s); return s; },
      version: async () => ({ Version: '20.10.24', ApiVersion: '1.41', Os: 'linux', Arch: 'amd64', KernelVersion: '6' }),
      info: async () => ({ Containers: 1, Images: 2 }),
    } as unknown as Docker;
  };
}

/** Collects statuses with the wait each disconnected one announced, measured when it was emitted. */
function record(monitor: EngineMonitor): { statuses: EngineStatus[]; waits: number[] } {
  const statuses: EngineStatus[] = [];
  const waits: number[] = [];
  monitor.on('status', (s) => {
    statuses.push(s);
    if (s.state === 'disconnected') waits.push(s.retryAt - Date.now());
  });
  return { statuses, waits };
}

const until = async (check: () => boolean): Promise<void> => {
  while (!check()) await new Promise((r) => setTimeout(r, 1));
};

let monitor: EngineMonitor;
afterEach(() => monitor?.stop());

describe('EngineMonitor', () => {
  it('tries the endpoints in order and connects to the first that answers, saying why the others failed', async () => {
    const engines = new FakeEngines();
    engines.up.add('b');
    monitor = new EngineMonitor([endpoint('a'), endpoint('b'), endpoint('c')], { connect: engines.connect });
    const { statuses } = record(monitor);
    monitor.start();
    await until(() => monitor.current.state === 'connected');
    expect(engines.dialled).toEqual(['a', 'b']);
    expect(statuses.at(-1)).toMatchObject({ state: 'connected', info: { endpoint: 'b', version: '20.10.24' } });
  });

  it('backs off doubling up to its cap while no engine answers, and lists every attempt in the user’s language', async () => {
    const engines = new FakeEngines();
    monitor = new EngineMonitor([endpoint('a'), endpoint('b')], { connect: engines.connect, minRetryMs: 20, maxRetryMs: 80 });
    const { statuses, waits } = record(monitor);
    monitor.start();
    await until(() => waits.length >= 5);
    expect(waits.map((w) => Math.round(w / 10) * 10)).toEqual([20, 40, 80, 80, 80]);
    expect(statuses.at(-1)).toMatchObject({ state: 'disconnected', wasConnected: false, attempts: [
      { endpoint: 'a', error: { code: 'ENGINE_UNAVAILABLE', message: { key: 'errors.connect.ECONNREFUSED' } } },
      { endpoint: 'b', error: { code: 'ENGINE_UNAVAILABLE', message: { key: 'errors.connect.ECONNREFUSED' } } },
    ] });
  });

  it('when a connected engine goes away, waits the shortest time again, says the connection was lost, and reconnects', async () => {
    const engines = new FakeEngines();
    monitor = new EngineMonitor([endpoint('a')], { connect: engines.connect, minRetryMs: 20, maxRetryMs: 80 });
    const { statuses, waits } = record(monitor);
    monitor.start();
    await until(() => waits.length >= 3); // backed off to 80 before the engine came
    engines.up.add('a');
    await until(() => monitor.current.state === 'connected');
    engines.streams.at(-1)!.end();
    await until(() => monitor.current.state === 'disconnected');
    expect(statuses.at(-1)).toMatchObject({ wasConnected: true, attempts: [{ endpoint: 'a', error: { message: { key: 'engine.connectionLost' } } }] });
    expect(Math.round(waits.at(-1)! / 10) * 10).toBe(20);
    await until(() => monitor.current.state === 'connected');
    expect(() => monitor.requireClient()).not.toThrow();
  });

  it('“Retry now” skips the rest of a long wait', async () => {
    const engines = new FakeEngines();
    monitor = new EngineMonitor([endpoint('a')], { connect: engines.connect, minRetryMs: 60_000, maxRetryMs: 60_000 });
    monitor.start();
    await until(() => monitor.current.state === 'disconnected');
    engines.up.add('a');
    monitor.retryNow();
    await until(() => monitor.current.state === 'connected');
    expect(engines.dialled).toEqual(['a', 'a']);
  });
});
