import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { docker } from '../../e2e/support/engine';
import { spawnWebHost } from '../../e2e/support/spawn-web-host';
import type { InitialState } from '../../shared/initial-state';
import { withInitialState } from './web-host';

// The real CLI, as `npm run web` starts it, against the sandbox engine.
let child: Awaited<ReturnType<typeof spawnWebHost>>['child'];
let url: URL;

beforeAll(async () => {
  ({ child, url } = await spawnWebHost(['--static', 'electron/web/test-static']));
});
afterAll(() => {
  child.kill('SIGTERM');
});

/** Opens the API socket with the given token and Origin; resolves with the HTTP status of a refusal, or 101. */
function upgrade(token: string | null, origin: string | undefined, host = url.host): Promise<number> {
  return new Promise((resolve) => {
    const target = `ws://127.0.0.1:${url.port}/api${token === null ? '' : `?token=${token}`}`;
    const ws = new WebSocket(target, { headers: { host, ...(origin ? { origin } : {}) } });
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => resolve(-1));
  });
}

describe('web host security', () => {
  const token = () => url.searchParams.get('token')!;
  const origin = () => `http://${url.host}`;

  it('binds to loopback by default', () => {
    expect(url.hostname).toBe('127.0.0.1');
    // /proc/net/tcp lists listening sockets as hex address:port; 0100007F is 127.0.0.1.
    const port = Number(url.port).toString(16).toUpperCase().padStart(4, '0');
    const listening = readFileSync('/proc/net/tcp', 'utf8').split('\n').filter((l) => l.includes(`:${port} `) && / 0A /.test(l));
    expect(listening.map((l) => l.trim().split(/\s+/)[1])).toEqual([`0100007F:${port}`]);
  });
  it('accepts the page’s own origin with the token', async () => {
    expect(await upgrade(token(), origin())).toBe(101);
  });
  it('refuses no token and a wrong token', async () => {
    expect(await upgrade(null, origin())).toBe(401);
    expect(await upgrade('wrong', origin())).toBe(401);
  });
  it('refuses a foreign Origin, a missing Origin and a rebinding Host', async () => {
    expect(await upgrade(token(), 'http://evil.example')).toBe(403);
    expect(await upgrade(token(), undefined)).toBe(403);
    expect(await upgrade(token(), 'http://evil.example', 'evil.example')).toBe(403);
  });
  it('serves the page with a strict CSP', async () => {
    const res = await fetch(`http://127.0.0.1:${url.port}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    const again = (await fetch(`http://127.0.0.1:${url.port}/`)).headers.get('content-security-policy')!;
    expect(again).not.toContain(nonce); // fresh per response
    expect(await res.text()).not.toContain('BERTH_STYLE_NONCE');
  });

  it('writes the container and image lists into the page only for a request with the token', async () => {
    await docker.getContainer('berth-int-initial').remove({ force: true }).catch(() => undefined);
    await docker.createContainer({ name: 'berth-int-initial', Image: 'berth/busybox:latest', Cmd: ['true'] });
    try {
      const page = () => fetch(`http://127.0.0.1:${url.port}/?token=${token()}`).then((r) => r.text());
      await expect.poll(async () => /berth-int-initial.*"images":\[/s.test(await page()), { timeout: 10_000 }).toBe(true);
      const json = /<script type="application\/json" id="berth-initial-state">(.*?)<\/script>/.exec(await page())![1]!;
      const state = JSON.parse(json) as InitialState;
      expect(state.containers.map((c) => c.name)).toContain('berth-int-initial');
      expect(state.images?.flatMap((i) => i.repoTags)).toContain('berth/busybox:latest');
      expect(await (await fetch(`http://127.0.0.1:${url.port}/`)).text()).not.toContain('berth-initial-state');
      expect(await (await fetch(`http://127.0.0.1:${url.port}/?token=wrong`)).text()).not.toContain('berth-initial-state');
    } finally {
      await docker.getContainer('berth-int-initial').remove({ force: true });
    }
  });

  it('answers malformed ids with an error and keeps serving: the socket, the export route', async () => {
    const exportOf = (q: string) => fetch(`http://127.0.0.1:${url.port}/export/logs?token=${token()}&q=${encodeURIComponent(q)}`);
    expect((await exportOf('{"engine":"local","id":".."}')).status).toBe(400);
    expect((await exportOf('{"engine":"local","id":"../../127.0.0.1:1/pwn"}')).status).toBe(400);
    expect((await exportOf('not json')).status).toBe(400);
    expect((await exportOf('{"engine":"local","id":"berth-no-such-container"}')).status).toBe(404);
    const answers = await new Promise<string[]>((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${url.port}/api?token=${token()}`, { headers: { origin: origin() } });
      const got: string[] = [];
      const calls = [
        { path: 'logs.follow', method: 'subscription', input: { engine: 'local', id: '..' } },
        { path: 'terminal.open', method: 'mutation', input: { engine: 'local', containerId: '..', cols: 80, rows: 24 } },
        { path: 'images.tag', method: 'mutation', input: { engine: 'local', source: '../../x', target: 'a:b' } },
        { path: 'images.remove', method: 'mutation', input: { engine: 'local', ids: ['img?force=1'], force: false } },
      ];
      ws.on('open', () => calls.forEach((c, i) => ws.send(JSON.stringify({ id: i + 1, method: c.method, params: { path: c.path, input: c.input } }))));
      ws.on('message', (data) => {
        got.push(String(data));
        if (got.length === calls.length) { ws.close(); resolve(got); }
      });
      ws.on('error', reject);
    });
    for (const answer of answers) expect(JSON.parse(answer)).toMatchObject({ error: { data: { berth: { code: 'INVALID_INPUT' } } } });
    expect(child.exitCode).toBeNull();
    expect((await fetch(`http://127.0.0.1:${url.port}/`)).status).toBe(200);
  });

  it('escapes the state so that no label can end the script element', () => {
    const html = withInitialState('<body><div id="root"></div></body>', { engine: 'local', containers: [{ labels: { x: '</script><script>alert(1)</script>' } } as never], images: null, volumes: null, networks: null, engines: [] });
    expect(html).not.toContain('</script><script>');
    expect(html).toContain('\\u003c/script>');
    expect(withInitialState('<div id="root"></div>', null)).toBe('<div id="root"></div>');
  });
});
