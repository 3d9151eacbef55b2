// Contexts made by the real docker CLI (`docker context create`) in a DOCKER_CONFIG of the test's own, against the
// sandbox engine: the current context becomes the default engine, every other one an engine of its own.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRouter } from '../../../shared/api/app';
import { untilConnected } from '../../../e2e/support/connected-services';
import { remoteEngines } from '../../../e2e/support/remote-engines';
import { startServices, type RunningServices } from '../create-services';

const dir = mkdtempSync(path.join(os.tmpdir(), 'berth-docker-contexts-'));
let services: RunningServices;

const docker = (...args: string[]) => execFileSync('docker', args, { env: { ...process.env, DOCKER_CONFIG: dir, DOCKER_HOST: '' } });

beforeAll(async () => {
  const sandbox = process.env.DOCKER_HOST!;
  docker('context', 'create', 'berth-current', '--docker', `host=${sandbox}`);
  docker('context', 'create', 'Berth.Other', '--docker', `host=${sandbox}`);
  docker('context', 'create', 'berth-tls', '--docker', `host=tcp://${remoteEngines().tls.address}`);
  docker('context', 'use', 'berth-current');
  // A client certificate and key that are not PEM (and no CA: the system's): connecting must say what is wrong with
  // the material, not fail vaguely.
  const meta = execFileSync('bash', ['-c', `grep -l berth-tls ${dir}/contexts/meta/*/meta.json`]).toString().trim();
  const tlsDir = path.join(dir, 'contexts', 'tls', path.basename(path.dirname(meta)), 'docker');
  mkdirSync(tlsDir, { recursive: true });
  for (const file of ['cert.pem', 'key.pem']) writeFileSync(path.join(tlsDir, file), 'not a pem');
  services = startServices({ ...process.env, DOCKER_CONFIG: dir, DOCKER_HOST: undefined });
  await untilConnected(services);
});
afterAll(() => {
  services?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('Docker contexts as engines', () => {
  it('uses the current context as the default engine and lists every other context, by name', async () => {
    expect(await createAppRouter(services.app).createCaller({}).engines.list()).toEqual([
      { id: 'local', label: 'berth-current', endpoint: process.env.DOCKER_HOST, local: true, source: 'context' },
      { id: 'context-berth-tls', label: 'berth-tls', endpoint: `tcp://${remoteEngines().tls.address}`, local: false, source: 'context' },
      { id: 'context-berth-other', label: 'Berth.Other', endpoint: process.env.DOCKER_HOST, local: true, source: 'context' },
    ]);
  });

  it('connects to another context’s engine by its id', async () => {
    const other = services.registry.scope('context-berth-other').monitor;
    await expect.poll(() => other.current.state).toBe('connected');
  });

  it('keeps daemon.json editing to engines on this machine', async () => {
    const caller = createAppRouter(services.app).createCaller({});
    await expect(caller.daemon.file({ engine: 'context-berth-tls' }))
      .rejects.toMatchObject({ cause: { data: { code: 'CONFLICT', message: { key: 'errors.daemon.remote' } } } });
    expect((await caller.daemon.file({ engine: 'local' })).path).toBeTruthy();
  });

  it('says when a context’s TLS material cannot be used', async () => {
    const tls = services.registry.scope('context-berth-tls').monitor;
    await expect.poll(() => tls.current.state).toBe('disconnected');
    expect(tls.current).toMatchObject({ attempts: [{ error: { code: 'TLS_ERROR', message: { key: 'errors.tls.material' }, detail: expect.stringMatching(/no start line/) } }] });
  });
});
