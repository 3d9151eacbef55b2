import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EngineSpec } from '../../../shared/engine';
import { SavedEngines, specEndpoint } from './saved-engines';

const host = { env: { SSH_AUTH_SOCK: '/run/agent', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/env' }, platform: 'linux' as const, homedir: '/home/li' };
const spec = (input: object) => EngineSpec.parse({ name: 'x', ...input });

describe('specEndpoint', () => {
  it('uses the form’s files and key, never the environment’s TLS settings', () => {
    expect(specEndpoint(spec({ kind: 'tcp', address: 'h', tls: false }), host)).toMatchObject({ kind: 'tcp', port: 2375, tls: null });
    expect(specEndpoint(spec({ kind: 'tcp', address: 'h:2376', tls: true, verify: false, cert: '/c.pem', key: '/k.pem', ca: '/ignored.pem' }), host))
      .toMatchObject({ tls: { ca: null, cert: '/c.pem', key: '/k.pem', verify: false } });
    expect(specEndpoint(spec({ kind: 'ssh', address: 'me@box', identityFile: '/home/li/.ssh/id_box' }), host)).toMatchObject({
      kind: 'ssh', username: 'me', auth: { identityFile: '/home/li/.ssh/id_box', agent: '/run/agent', knownHosts: '/home/li/.ssh/known_hosts' },
    });
    expect(specEndpoint(spec({ kind: 'unix', address: '/run/d.sock' }), host)).toEqual({ kind: 'socket', label: 'unix:///run/d.sock', socketPath: '/run/d.sock' });
  });
});

describe('SavedEngines', () => {
  it('keeps the list in one file, written whole, readable by the next start', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'berth-saved-'));
    const saved = SavedEngines.in(dir);
    expect(saved.list()).toEqual([]);
    await saved.put({ ...spec({ kind: 'ssh', address: 'box' }), id: 'box' });
    await saved.put({ ...spec({ kind: 'unix', address: '/d.sock', name: 'y' }), id: 'y' });
    await saved.put({ ...spec({ kind: 'ssh', address: 'box', name: 'renamed' }), id: 'box' });
    await saved.remove('y');
    expect(SavedEngines.in(dir).list().map((e) => [e.id, e.name])).toEqual([['box', 'renamed']]);
  });
  it('leaves a file it cannot read as it is, and refuses to write over it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'berth-saved-'));
    writeFileSync(path.join(dir, 'engines.json'), '{"engines": [{"id": 5}]}');
    const saved = SavedEngines.in(dir);
    expect(saved.problem).toContain('engines.json');
    await expect(saved.put({ ...spec({ kind: 'ssh', address: 'box' }), id: 'box' })).rejects.toMatchObject({ data: { code: 'FILE_ERROR' } });
    expect(readFileSync(path.join(dir, 'engines.json'), 'utf8')).toBe('{"engines": [{"id": 5}]}');
  });
});
