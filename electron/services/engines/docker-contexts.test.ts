import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EngineSpec } from '../../../shared/engine';
import { contextEngineId, currentContextName, readDockerContexts, writeDockerContext } from './docker-contexts';

const ctx = { env: { DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/env/certs', SSH_AUTH_SOCK: '/run/agent' }, platform: 'linux' as const, homedir: '/home/ann' };

/** A DOCKER_CONFIG folder laid out as the docker CLI writes contexts. */
function configDir(contexts: Record<string, { meta?: object | string; tls?: string[] }>, config?: object): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'berth-contexts-'));
  for (const [id, { meta, tls }] of Object.entries(contexts)) {
    mkdirSync(path.join(dir, 'contexts', 'meta', id), { recursive: true });
    if (meta !== undefined) writeFileSync(path.join(dir, 'contexts', 'meta', id, 'meta.json'), typeof meta === 'string' ? meta : JSON.stringify(meta));
    if (tls) {
      mkdirSync(path.join(dir, 'contexts', 'tls', id, 'docker'), { recursive: true });
      for (const file of tls) writeFileSync(path.join(dir, 'contexts', 'tls', id, 'docker', file), 'pem');
    }
  }
  if (config) writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
  return dir;
}
const meta = (Name: string, Host: string, extra: object = {}) => ({ Name, Metadata: { Description: `${Name} box` }, Endpoints: { docker: { Host, ...extra } } });

describe('Docker contexts', () => {
  it('reads each context’s endpoint, with its own TLS material (not the environment’s)', () => {
    const dir = configDir({
      a1: { meta: meta('cloud', 'tcp://203.0.113.5:2376'), tls: ['ca.pem', 'cert.pem', 'key.pem'] },
      b2: { meta: meta('lab', 'tcp://198.51.100.7:2376', { SkipTLSVerify: true }), tls: ['ca.pem', 'cert.pem'] }, // key.pem missing: no client certificate
      c3: { meta: meta('home', 'ssh://ann@home.lan:2222') },
      d4: { meta: meta('plain', 'tcp://10.0.0.9:2375') },
      e5: { meta: meta('sock', 'unix:///run/user/1000/docker.sock') },
    });
    const tls = (id: string, file: string): string => path.join(dir, 'contexts/tls', id, 'docker', file);
    expect(readDockerContexts(dir, ctx)).toEqual([
      { name: 'cloud', description: 'cloud box', endpoint: { kind: 'tcp', label: 'tcp://203.0.113.5:2376', host: '203.0.113.5', port: 2376, tls: { ca: tls('a1', 'ca.pem'), cert: tls('a1', 'cert.pem'), key: tls('a1', 'key.pem'), verify: true } } },
      { name: 'home', description: 'home box', endpoint: { kind: 'ssh', label: 'ssh://ann@home.lan:2222', host: 'home.lan', port: 2222, username: 'ann', auth: { identityFile: null, agent: '/run/agent', knownHosts: '/home/ann/.ssh/known_hosts' } } },
      { name: 'lab', description: 'lab box', endpoint: { kind: 'tcp', label: 'tcp://198.51.100.7:2376', host: '198.51.100.7', port: 2376, tls: { ca: null, cert: null, key: null, verify: false } } },
      { name: 'plain', description: 'plain box', endpoint: { kind: 'tcp', label: 'tcp://10.0.0.9:2375', host: '10.0.0.9', port: 2375, tls: null } },
      { name: 'sock', description: 'sock box', endpoint: { kind: 'socket', label: 'unix:///run/user/1000/docker.sock', socketPath: '/run/user/1000/docker.sock' } },
    ]);
  });

  it('skips what the CLI would not list: a folder without meta.json, broken JSON, no docker endpoint, an unknown scheme', () => {
    const dir = configDir({
      x1: {}, x2: { meta: '{not json' }, x3: { meta: { Name: 'k8s', Endpoints: { kubernetes: {} } } }, x4: { meta: meta('odd', 'fd://') },
      ok: { meta: meta('fine', 'unix:///var/run/docker.sock') },
    });
    expect(readDockerContexts(dir, ctx).map((c) => c.name)).toEqual(['fine']);
    expect(readDockerContexts(path.join(dir, 'nowhere'), ctx)).toEqual([]);
  });

  it('finds the current context as the CLI does: DOCKER_CONTEXT, then config.json; "default" is none', () => {
    const dir = configDir({}, { currentContext: 'cloud' });
    expect(currentContextName(dir, {})).toBe('cloud');
    expect(currentContextName(dir, { DOCKER_CONTEXT: 'lab' })).toBe('lab');
    expect(currentContextName(dir, { DOCKER_CONTEXT: 'default' })).toBeNull();
    expect(currentContextName(path.join(dir, 'nowhere'), {})).toBeNull();
  });

  it('gives each context an engine id Berth accepts', () => {
    expect(contextEngineId('cloud')).toBe('context-cloud');
    expect(contextEngineId('My Box (prod)')).toBe('context-my-box-prod');
    expect(contextEngineId('家里')).toBe('context-unnamed');
  });

  it('writes an engine as a context the reader finds again, TLS files copied in; refuses names the CLI would', async () => {
    const dir = configDir({ a1: { meta: meta('cloud', 'tcp://203.0.113.5:2376') } });
    const certs = configDir({ c: { tls: ['ca.pem', 'cert.pem', 'key.pem'] } });
    const file = (name: string): string => path.join(certs, 'contexts/tls/c/docker', name);
    const spec = EngineSpec.parse({ name: 'lab-2', kind: 'tcp', address: '198.51.100.9:2376', tls: true, ca: file('ca.pem'), cert: file('cert.pem'), key: file('key.pem') });
    const files = { ca: Buffer.from('ca'), cert: Buffer.from('cert'), key: Buffer.from('key') };
    await writeDockerContext(dir, spec, files, readDockerContexts(dir, ctx));
    const lab = readDockerContexts(dir, ctx).find((c) => c.name === 'lab-2');
    expect(lab?.endpoint).toMatchObject({ kind: 'tcp', host: '198.51.100.9', port: 2376, tls: { verify: true, ca: expect.stringContaining('contexts/tls/') } });
    const tls = lab?.endpoint.kind === 'tcp' ? lab.endpoint.tls! : null;
    expect([tls!.ca, tls!.cert, tls!.key].map((f) => statSync(f!).mode & 0o777)).toEqual([0o644, 0o644, 0o600]); // the key is its owner's only
    await expect(writeDockerContext(dir, { ...spec, name: 'cloud' }, files, readDockerContexts(dir, ctx))).rejects.toMatchObject({ data: { fields: { name: { key: 'validation.engine.contextExists' } } } });
    await expect(writeDockerContext(dir, { ...spec, name: 'my box' }, files, [])).rejects.toMatchObject({ data: { fields: { name: { key: 'validation.engine.contextName' } } } });
  });

  it('leaves no TLS folder behind when writing the material fails', async () => {
    const dir = configDir({});
    const spec = EngineSpec.parse({ name: 'lab-3', kind: 'tcp', address: '198.51.100.9:2376', tls: true, ca: '/x/ca.pem' });
    // The context's TLS folder's place is taken by a file: the write fails after making its parent.
    mkdirSync(path.join(dir, 'contexts', 'tls'), { recursive: true });
    const id = 'another-context'; // a sibling that must survive
    mkdirSync(path.join(dir, 'contexts', 'tls', id));
    const real = createHash('sha256').update('lab-3').digest('hex');
    mkdirSync(path.join(dir, 'contexts', 'tls', real));
    writeFileSync(path.join(dir, 'contexts', 'tls', real, 'docker'), 'a file where the folder goes');
    await expect(writeDockerContext(dir, spec, { ca: Buffer.from('ca') }, [])).rejects.toBeTruthy();
    expect(readdirSync(path.join(dir, 'contexts', 'tls'))).toEqual([id]);
    expect(readDockerContexts(dir, ctx).map((c) => c.name)).not.toContain('lab-3');
  });
});
