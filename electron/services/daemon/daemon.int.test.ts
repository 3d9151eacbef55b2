// Against the sandbox engine, its daemon.json and its reload/restart commands (eval "$(scripts/sandbox.sh env)"),
// and the registry from `scripts/sandbox.sh registry` (127.0.0.1:5055, holding library/busybox).
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplyEvent } from '../../../shared/daemon/daemon-api';
import { docker, pullThroughEngine, registryConfig, resetSandboxDaemon, startSandboxRegistry } from '../../../e2e/support/engine';
import { untilConnected } from '../../../e2e/support/connected-services';
import { startServices, type RunningServices } from '../create-services';

const CONFIG = process.env.BERTH_DAEMON_CONFIG!;
const MIRROR = 'http://127.0.0.1:5055';
let services: RunningServices;
let original: string;

const connected = (): Promise<void> => untilConnected(services);

async function apply(text: string, overrideValidation = false): Promise<ApplyEvent[]> {
  const basedOn = (await services.api.daemon.file()).text;
  const events: ApplyEvent[] = [];
  for await (const event of services.api.daemon.run({ text, basedOn, overrideValidation }, new AbortController().signal)) events.push(event);
  return events;
}
const outcome = (events: ApplyEvent[]) => events.find((e) => e.type === 'done');
const planOf = (events: ApplyEvent[]) => events.find((e) => e.type === 'plan');

beforeAll(async () => {
  if (!CONFIG || !process.env.BERTH_ENGINE_RESTART) throw new Error('eval "$(scripts/sandbox.sh env)" first');
  startSandboxRegistry();
  resetSandboxDaemon();
  original = await readFile(CONFIG, 'utf8');
  services = startServices();
  await connected();
});

afterAll(async () => {
  await docker.getContainer('berth-int-daemon').remove({ force: true }).catch(() => undefined);
  await docker.getImage('busybox:latest').remove().catch(() => undefined);
  resetSandboxDaemon();
  services.stop();
});

describe('daemon.json on a real engine', () => {
  it('reports the file, its owner and the commands from the environment', async () => {
    const file = await services.api.daemon.file();
    expect(file).toMatchObject({ path: CONFIG, source: 'env', exists: true, owner: 'root', writable: true, text: original, tooLarge: false });
    expect(file.control.restart).toContain('sandbox.sh restart');
    expect(file.controlFrom).toMatchObject({ reload: 'env', restart: 'env', log: 'env' });
    expect(file.engine?.version).toMatch(/^\d+\./);
  });

  it('without BERTH_* settings, finds the running dockerd’s --config-file and applies through its pid, saying so', async () => {
    const bare = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('BERTH_DAEMON') && !k.startsWith('BERTH_ENGINE')));
    const own = startServices({ ...bare, BERTH_CONFIG_DIR: await mkdtemp(path.join(os.tmpdir(), 'berth-cfg-')) });
    try {
      await untilConnected(own);
      const pid = (await readFile(path.join(path.dirname(CONFIG), 'docker.pid'), 'utf8')).trim();
      const file = await own.api.daemon.file();
      expect(file).toMatchObject({ path: CONFIG, source: 'running-dockerd', control: { reload: `kill -HUP ${pid}`, restart: null } });
      expect(file.controlFrom).toMatchObject({ reload: 'running-dockerd', restart: 'default' });
      // A mirror is hot-reloadable and there is a reload: the plan says reload, not restart.
      const plan = await own.api.daemon.plan({ text: `{"registry-mirrors": ["${MIRROR}"]}\n`, basedOn: file.text, overrideValidation: false });
      expect(plan).toMatchObject({ mode: 'reload', noReloadCommand: false });
    } finally {
      own.stop();
    }
  });

  it('a folder where daemon.json should be is a file error of its own, not an engine error', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'berth-daemon-dir-'));
    const own = startServices({ ...process.env, BERTH_DAEMON_CONFIG: dir });
    try {
      await expect(own.api.daemon.file()).rejects.toMatchObject({ data: { code: 'FILE_ERROR', message: { key: 'errors.file.EISDIR' }, detail: dir } });
    } finally {
      own.stop();
      await rm(dir, { recursive: true });
    }
  });

  it('shows a file over 1,000,000 characters as too large to edit', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'berth-daemon-big-'));
    const big = path.join(dir, 'daemon.json');
    await writeFile(big, `{"labels": ["${'x'.repeat(1_000_001)}"]}\n`);
    const own = startServices({ ...process.env, BERTH_DAEMON_CONFIG: big });
    try {
      expect(await own.api.daemon.file()).toMatchObject({ tooLarge: true, exists: true });
    } finally {
      own.stop();
      await rm(dir, { recursive: true });
    }
  });

  it('adds a mirror with a hot reload: running containers keep running and busybox:latest is pulled through it', async () => {
    await docker.getImage('busybox:latest').remove().catch(() => undefined);
    const container = await docker.createContainer({ name: 'berth-int-daemon', Image: 'berth/busybox:latest', Cmd: ['sleep', '600'] });
    await container.start();
    const startedAt = (await container.inspect()).State.StartedAt;

    const events = await apply(`{\n  "registry-mirrors": ["${MIRROR}/"]\n}\n`);
    expect(planOf(events)).toMatchObject({ mode: 'reload', changed: ['registry-mirrors'] });
    expect(outcome(events)).toMatchObject({ outcome: 'applied' });
    expect(events.filter((e) => e.type === 'problems').flatMap((e) => e.problems)).toEqual([]);
    expect((await registryConfig()).Mirrors).toEqual([`${MIRROR}/`]);
    const after = await container.inspect();
    expect([after.State.Running, after.State.StartedAt]).toEqual([true, startedAt]);

    await pullThroughEngine('busybox:latest');
    expect((await docker.getImage('busybox:latest').inspect()).RepoTags).toContain('busybox:latest');

    const [backup] = await services.api.daemon.backups();
    expect(backup).toMatchObject({ existed: true, text: original });
    expect(backup!.diff).toContain(`-  "registry-mirrors": ["${MIRROR}/"]`);
  });

  it('adds an insecure registry with a hot reload; docker info lists it', async () => {
    const text = JSON.stringify({ 'registry-mirrors': [MIRROR], 'insecure-registries': ['registry.berth.test:5000'] }, null, 2);
    const events = await apply(text);
    expect(outcome(events), JSON.stringify(events)).toMatchObject({ outcome: 'applied' });
    expect(planOf(events)?.mode).toBe('reload');
    expect((await registryConfig()).IndexConfigs['registry.berth.test:5000']).toMatchObject({ Secure: false });
  });

  it('refuses proxies on an engine older than 23 and leaves the file byte for byte', async () => {
    const before = await readFile(CONFIG);
    const events = await apply(JSON.stringify({ proxies: { 'http-proxy': 'http://proxy.berth.test:3128' } }));
    expect(outcome(events)).toEqual({ type: 'done', outcome: 'refused' });
    expect(events.find((e) => e.type === 'problems')).toMatchObject({
      problems: [expect.objectContaining({ key: 'proxies', severity: 'error', message: expect.objectContaining({ key: 'validation.daemon.proxiesEngine' }) })],
    });
    expect((await readFile(CONFIG)).equals(before)).toBe(true);
  });

  it('refuses to write over a file that changed on disk since it was loaded', async () => {
    const events = [];
    const stale = { text: '{"debug": true}', basedOn: '{"something": "else"}', overrideValidation: true };
    for await (const e of services.api.daemon.run(stale, new AbortController().signal)) events.push(e);
    expect(outcome(events)).toMatchObject({ outcome: 'refused' });
  });

  it('rolls back a config the engine rejects and reports the engine’s own words', async () => {
    await docker.getContainer('berth-int-daemon').remove({ force: true });
    const before = await readFile(CONFIG, 'utf8');
    const events = await apply('{ "log-driver": 42 }', true);
    expect(planOf(events)?.mode).toBe('restart');
    const done = outcome(events);
    expect(done).toMatchObject({ outcome: 'rolledBack' });
    expect(done?.type === 'done' && done.engineError).toContain('cannot unmarshal number');
    expect(await readFile(CONFIG, 'utf8')).toBe(before);
    expect(await docker.ping()).toBeTruthy();
    await connected();
  });
});

describe('registry probe', () => {
  const servers: http.Server[] = [];
  async function serve(handler: http.RequestListener): Promise<string> {
    const server = http.createServer(handler);
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  const status = (code: number) => serve((_req, res) => res.writeHead(code).end());
  afterAll(() => servers.forEach((s) => { s.closeAllConnections(); s.close(); }));

  it('gives each kind of answer its verdict', async () => {
    const closed = await status(200);
    servers.pop()!.close();
    const cases: [string, string][] = [
      [MIRROR, 'usable'],
      [await status(200), 'usable'],
      [await status(401), 'usable'],
      [await status(402), 'paymentRequired'],
      [await status(403), 'forbidden'],
      [await status(404), 'notFound'],
      [await status(500), 'otherStatus'],
      [await serve(() => undefined), 'timeout'],
      [closed, 'refused'],
    ];
    const results = await Promise.all(cases.map(([url]) => services.api.daemon.probe({ url, timeoutMs: 1_000 })));
    expect(results.map((r) => r.verdict)).toEqual(cases.map(([, verdict]) => verdict));
    expect(results[7]!.latencyMs).toBeGreaterThanOrEqual(950);
  });
});

describe('container proxies in config.json', () => {
  it('edits proxies.default only, and docker run hands them to containers', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'berth-docker-config-'));
    const file = path.join(dir, 'config.json');
    const others = '{\n\t"auths": {"registry.berth.test": {"auth": "dTpw"}},\n\t"credsStore": "",\n\t"currentContext": "default"\n}\n';
    await writeFile(file, others);
    const saved = { DOCKER_CONFIG: process.env.DOCKER_CONFIG };
    process.env.DOCKER_CONFIG = dir;
    const scoped = startServices();
    try {
      const set = await scoped.api.daemon.setClientProxies({ httpProxy: 'http://proxy.berth.test:3128', httpsProxy: '', noProxy: 'localhost,127.0.0.1' });
      expect(set).toEqual({ path: file, proxies: { httpProxy: 'http://proxy.berth.test:3128', httpsProxy: '', noProxy: 'localhost,127.0.0.1' } });
      const written = JSON.parse(await readFile(file, 'utf8'));
      expect(written).toMatchObject(JSON.parse(others));
      const env = execFileSync('docker', ['run', '--rm', 'berth/busybox:latest', 'env'], { env: { ...process.env, DOCKER_CONFIG: dir } }).toString();
      expect(env).toContain('HTTP_PROXY=http://proxy.berth.test:3128');
      expect(env).toContain('NO_PROXY=localhost,127.0.0.1');
      await expect(scoped.api.daemon.setClientProxies({ httpProxy: 'proxy:3128', httpsProxy: '', noProxy: '' })).rejects.toMatchObject({
        data: { code: 'INVALID_INPUT', fields: { httpProxy: expect.objectContaining({ key: 'validation.proxy.format' }) } },
      });
      await scoped.api.daemon.setClientProxies({ httpProxy: '', httpsProxy: '', noProxy: '' });
      expect(await readFile(file, 'utf8')).toBe(others);
    } finally {
      scoped.stop();
      process.env.DOCKER_CONFIG = saved.DOCKER_CONFIG;
      if (saved.DOCKER_CONFIG === undefined) delete process.env.DOCKER_CONFIG;
      await rm(dir, { recursive: true, force: true });
    }
  });
});
