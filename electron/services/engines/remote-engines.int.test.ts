// Against the sandbox's namespaced engines (scripts/sandbox.sh remotes): one over TCP with TLS, one over SSH. Berth runs
// with a home folder of its own, so known_hosts starts empty, and with a Docker config folder of its own.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TRPCError } from '@trpc/server';
import { createAppRouter } from '../../../shared/api/app';
import { toErrorData } from '../../../shared/api/define';
import type { EngineSpecInput } from '../../../shared/engine';
import type { ErrorData } from '../../../shared/errors';
import { startConnected, untilStatus } from '../../../e2e/support/connected-services';
import { remoteEngines } from '../../../e2e/support/remote-engines';
import { emptyRunForm } from '../../../shared/run-form';
import { startServices, type RunningServices } from '../create-services';

const remote = remoteEngines();
let services: RunningServices;
let caller: ReturnType<ReturnType<typeof createAppRouter>['createCaller']>;
let home: string;
let dockerConfig: string;
let configDir: string;
let env: Record<string, string | undefined>;

const tls = (over: Partial<EngineSpecInput> = {}): EngineSpecInput => ({
  name: 'tls box', kind: 'tcp', address: remote.tls.address, tls: true, verify: true, ca: remote.tls.ca, cert: remote.tls.cert, key: remote.tls.key, ...over,
});
const ssh = (over: Partial<EngineSpecInput> = {}): EngineSpecInput => ({ name: 'ssh box', kind: 'ssh', address: remote.ssh.address, identityFile: remote.ssh.key, ...over });

/** What a failed call said, as the renderer gets it. */
async function failure(call: Promise<unknown>): Promise<ErrorData> {
  const err = await call.then(() => null, (e: unknown) => e);
  expect(err, 'the call should have failed').toBeTruthy();
  return toErrorData(err as TRPCError);
}

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'berth-home-'));
  dockerConfig = path.join(home, '.docker');
  configDir = path.join(home, 'berth');
  env = { ...process.env, HOME: home, DOCKER_CONFIG: dockerConfig, BERTH_CONFIG_DIR: configDir, SSH_AUTH_SOCK: '' };
  services = await startConnected(env);
  caller = createAppRouter(services.app).createCaller({});
});
afterAll(() => services?.stop());

describe('Test connection', () => {
  it('reports what answered over TLS: version, OS, API version and a round-trip time', async () => {
    const probe = await caller.engines.test(tls());
    expect(probe).toMatchObject({ version: expect.stringMatching(/^20\.10/), apiVersion: '1.41', os: 'linux' });
    expect(probe.latencyMs).toBeGreaterThan(0);
  });

  it('names the TLS problem: a CA that did not sign the engine, no client certificate, plain HTTP to a TLS port', async () => {
    expect(await failure(caller.engines.test(tls({ ca: remote.tls.otherCa })))).toMatchObject({ code: 'TLS_ERROR', message: { key: 'errors.tls.untrusted' } });
    expect(await failure(caller.engines.test(tls({ cert: '', key: '' })))).toMatchObject({ code: 'TLS_ERROR', message: { key: 'errors.tls.clientRejected' } });
    expect(await failure(caller.engines.test(tls({ tls: false })))).toMatchObject({ code: 'TLS_ERROR', message: { key: 'errors.tls.required' } });
    expect(await failure(caller.engines.test(tls({ address: remote.tls.address.replace(':2376', ':2375'), tls: false })))).toMatchObject({
      code: 'ENGINE_UNAVAILABLE', message: { key: 'errors.connect.ECONNREFUSED' },
    });
  });

  it('refuses a form with fields missing, at the field', async () => {
    expect((await failure(caller.engines.test(tls({ ca: '', cert: '' })))).fields).toEqual({
      ca: { key: 'validation.engine.caRequired' }, cert: { key: 'validation.engine.certKeyPair' },
    });
    expect((await failure(caller.engines.test(ssh({ address: 'root@host name' })))).fields).toEqual({ address: { key: 'validation.engine.sshAddress' } });
  });

  it('refuses key, certificate and CA paths that are not regular PEM files, at their fields, and saves nothing', async () => {
    const fifo = path.join(home, 'cert.fifo');
    execFileSync('mkfifo', [fifo]); // an open of it waits for a writer
    const big = path.join(home, 'big.pem');
    await writeFile(big, Buffer.alloc(2 << 20));
    const plain = path.join(home, 'notes.txt');
    await writeFile(plain, 'not a certificate');
    expect((await failure(caller.engines.test(tls({ ca: '/dev/zero', cert: fifo, key: big })))).fields).toMatchObject({
      ca: { key: 'validation.file.notRegular' }, cert: { key: 'validation.file.notRegular' }, key: { key: 'validation.file.tooLarge' },
    });
    expect((await failure(caller.engines.add(tls({ name: 'berth-int-bad-ca', ca: plain })))).fields).toEqual({ ca: { key: 'validation.file.notPem', params: { value: plain } } });
    expect((await failure(caller.engines.add(ssh({ name: 'berth-int-bad-key', identityFile: '/dev/zero' })))).fields).toMatchObject({ identityFile: { key: 'validation.file.notRegular' } });
    expect((await caller.engines.list()).map((e) => e.label)).not.toContain('berth-int-bad-ca');
  });

  it('over SSH: asks before trusting a host key it has never seen, then connects once it is trusted', async () => {
    const unknown = await failure(caller.engines.test(ssh()));
    const hostKey = (await readFile(remote.ssh.hostKey, 'utf8')).split(' ');
    expect(unknown).toMatchObject({ code: 'HOST_KEY_UNKNOWN', hostKey: { host: '172.29.83.12', port: 22, type: hostKey[0], key: hostKey[1] } });
    expect(unknown.message?.params?.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    await caller.engines.trustHostKey(unknown.hostKey!);
    // The CLI's own ssh trusts it too: the same known_hosts line it would have written.
    expect(await readFile(path.join(home, '.ssh', 'known_hosts'), 'utf8')).toBe(`172.29.83.12 ${hostKey[0]} ${hostKey[1]}\n`);
    expect(await caller.engines.test(ssh())).toMatchObject({ apiVersion: '1.41' });
    expect(await failure(caller.engines.test(ssh({ identityFile: remote.ssh.wrongKey })))).toMatchObject({
      code: 'AUTH_FAILED', message: { key: 'errors.ssh.auth', params: { user: 'root', host: '172.29.83.12' } },
    });
    expect(await failure(caller.engines.test(ssh({ identityFile: '' })))).toMatchObject({ code: 'AUTH_FAILED', message: { key: 'errors.ssh.noKey' } });
  });
});

describe('the user’s engines', () => {
  it('adds an engine that connects on its own scope, keeps it in engines.json without secrets, and saves it as a Docker context', async () => {
    const entry = await caller.engines.add(tls({ name: 'berth-int-tls', saveAsContext: true }));
    expect(entry).toMatchObject({ id: 'berth-int-tls', label: 'berth-int-tls', source: 'berth', local: false });
    const status = await untilStatus(services.registry.scope(entry.id).monitor, (s) => s.state === 'connected');
    expect(status).toMatchObject({ info: { endpoint: `tcp://${remote.tls.address}` } });
    const saved = await readFile(path.join(configDir, 'engines.json'), 'utf8');
    expect(JSON.parse(saved).engines[0]).toMatchObject({ id: 'berth-int-tls', ca: remote.tls.ca, key: remote.tls.key });
    expect(saved).not.toMatch(/BEGIN/); // paths only, never the key itself
    // The docker CLI sees the same engine, through the context Berth wrote.
    const cli = execFileSync('docker', ['--context', 'berth-int-tls', 'version', '--format', '{{.Server.APIVersion}}'], { env: { ...process.env, DOCKER_CONFIG: dockerConfig, DOCKER_HOST: '' } });
    expect(cli.toString().trim()).toBe('1.41');
    expect((await failure(caller.engines.add(tls({ name: 'BERTH-INT-TLS' })))).fields).toEqual({ name: { key: 'validation.engine.nameTaken', params: { name: 'BERTH-INT-TLS' } } });
  });

  it('renames and removes only its own engines, and a restart finds them as they were left', async () => {
    const added = await caller.engines.add(ssh({ name: '家里的服务器' }));
    expect(added.id).toBe('engine');
    expect(await caller.engines.rename({ id: added.id, name: '家里' })).toMatchObject({ id: 'engine', label: '家里' });
    expect(await failure(caller.engines.rename({ id: 'local', name: 'x' }))).toMatchObject({ code: 'CONFLICT' });
    const restarted = startServices(env); // a second Berth on the same home folder, as after a restart
    try {
      const engines = await createAppRouter(restarted.app).createCaller({}).engines.list();
      expect(engines.filter((e) => e.source === 'berth').map((e) => [e.id, e.label])).toEqual([['berth-int-tls', 'berth-int-tls'], ['engine', '家里']]);
      // The context Berth wrote for its own engine is not listed a second time.
      expect(engines.filter((e) => e.endpoint === `tcp://${remote.tls.address}`).map((e) => e.source)).toEqual(['berth']);
    } finally {
      restarted.stop();
    }
    await caller.engines.remove({ id: 'engine' });
    expect((await caller.engines.list()).map((e) => e.id)).not.toContain('engine');
    expect(await failure(caller.containers.inspect({ engine: 'engine', id: 'x' }))).toMatchObject({ code: 'NOT_FOUND', message: { key: 'errors.engine.unknown' } });
  });

  it('runs a container on the SSH engine that shows there only, and counts it among that engine’s running containers', async () => {
    const added = await caller.engines.add(ssh({ name: 'berth-int-ssh' }));
    const scope = services.registry.scope(added.id);
    await untilStatus(scope.monitor, (s) => s.state === 'connected');
    const name = `berth-int-remote-${process.pid}`;
    const { id } = await caller.containers.run({ ...emptyRunForm, engine: added.id, image: 'berth/busybox:latest', name, command: 'sleep 300' });
    try {
      const names = (host: string): string => execFileSync('docker', ['-H', host, 'ps', '-a', '--format', '{{.Names}}']).toString();
      expect(names(remote.ssh.socket)).toContain(name);
      expect(names(process.env.DOCKER_HOST!)).not.toContain(name);
      const running = await untilStatus(scope.monitor, (s) => s.state === 'connected' && s.info.running >= 1);
      expect(running.state === 'connected' && running.info.running).toBeGreaterThanOrEqual(1);
    } finally {
      await caller.containers.act({ engine: added.id, action: 'remove', ids: [id] });
    }
  });
});
