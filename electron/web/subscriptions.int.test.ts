// The web host in this process, against the sandbox engine: subscriptions are capped per socket and freed when it goes.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { docker, removeContainers } from '../../e2e/support/engine';
import { inBatches } from '../services/engine/in-batches';
import { startConnected } from '../../e2e/support/connected-services';
import type { RunningServices } from '../services/create-services';
import { MAX_SUBSCRIPTIONS } from '../services/process/subscription-budget';
import { startWebHost, type WebHost } from './web-host';

const PREFIX = 'berth-int-subs-';
let services: RunningServices;
let host: WebHost;
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

interface Socket { ws: WebSocket; answers: Map<number, { started?: boolean; stopped?: boolean; error?: string; data: number }> }

async function connect(): Promise<Socket> {
  const url = new URL(host.url);
  const ws = new WebSocket(`ws://127.0.0.1:${url.port}/api?token=${host.token}`, { headers: { origin: `http://${url.host}` } });
  const answers: Socket['answers'] = new Map();
  ws.on('message', (raw) => {
    const msg = JSON.parse(String(raw)) as { id: number; result?: { type: string }; error?: { data?: { berth?: { code: string } } } };
    const entry = answers.get(msg.id) ?? answers.set(msg.id, { data: 0 }).get(msg.id)!;
    if (msg.result?.type === 'started') entry.started = true;
    if (msg.result?.type === 'stopped') entry.stopped = true;
    if (msg.result?.type === 'data') entry.data++;
    if (msg.error) entry.error = msg.error.data?.berth?.code ?? 'unknown';
  });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  return { ws, answers };
}

const watch = (s: Socket, id: number): void => s.ws.send(JSON.stringify({ id, method: 'subscription', params: { path: 'containers.watch', input: { engine: 'local' } } }));

async function untilAnswered(s: Socket, ids: number[]): Promise<void> {
  await expect.poll(() => ids.every((id) => { const a = s.answers.get(id); return a && (a.error || a.data > 0); }), { timeout: 20_000 }).toBe(true);
}

beforeAll(async () => {
  await removeContainers(PREFIX);
  // Snapshots of some size, as on a busy engine.
  await inBatches(Array.from({ length: 300 }, (_, i) => `${PREFIX}${i}`), 16, (name) =>
    docker.createContainer({ name, Image: 'berth/busybox', Cmd: ['true'], Labels: { note: 'x'.repeat(500) } }));
  services = await startConnected();
  host = await startWebHost({ api: services.app, staticDir: 'electron/web/test-static', host: '127.0.0.1', port: 0 });
}, 120_000);
afterAll(async () => {
  await host.close();
  services.stop();
  await removeContainers(PREFIX);
}, 120_000);

describe('subscriptions per connection', () => {
  it(`refuses the subscription past ${MAX_SUBSCRIPTIONS} with a readable error, and gives places back as they end`, async () => {
    const s = await connect();
    const ids = Array.from({ length: MAX_SUBSCRIPTIONS + 2 }, (_, i) => i + 1);
    ids.forEach((id) => watch(s, id));
    await untilAnswered(s, ids);
    const refused = ids.filter((id) => s.answers.get(id)!.error);
    expect(refused).toHaveLength(2);
    expect(refused.map((id) => s.answers.get(id)!.error)).toEqual(['TOO_MANY_SUBSCRIPTIONS', 'TOO_MANY_SUBSCRIPTIONS']);
    s.ws.send(JSON.stringify({ id: 1, method: 'subscription.stop' }));
    s.ws.send(JSON.stringify({ id: 2, method: 'subscription.stop' }));
    await expect.poll(() => s.answers.get(1)?.stopped && s.answers.get(2)?.stopped).toBe(true);
    watch(s, 1000);
    await untilAnswered(s, [1000]);
    expect(s.answers.get(1000)).toMatchObject({ started: true });
    s.ws.close();
  });

  it('frees what sockets held once they close: the heap returns near where it started', async () => {
    const start = heapAfterGc();
    for (let round = 0; round < 4; round++) {
      const sockets = await Promise.all([connect(), connect(), connect()]);
      for (const s of sockets) {
        const ids = Array.from({ length: 200 }, (_, i) => i + 1);
        ids.forEach((id) => watch(s, id));
        await untilAnswered(s, ids);
      }
      sockets.forEach((s) => s.ws.close());
      await expect.poll(() => host.clients(), { timeout: 10_000 }).toBe(0);
    }
    expect(heapAfterGc() - start).toBeLessThan(8 * 1024 * 1024);
  }, 120_000);
});
