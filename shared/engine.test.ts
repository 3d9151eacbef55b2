import { describe, expect, it } from 'vitest';
import { EngineSpec, engineHostUrl } from './engine';

const problems = (input: object): Record<string, string> => {
  const parsed = EngineSpec.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe('EngineSpec', () => {
  it('takes each kind’s address in the form its users write it', () => {
    for (const [kind, address] of [
      ['unix', '/var/run/docker.sock'], ['npipe', '//./pipe/docker_engine'], ['npipe', '\\\\.\\pipe\\docker_engine'],
      ['tcp', '192.168.1.20:2376'], ['tcp', 'docker.lan'], ['tcp', '[fd00::5]:2375'],
      ['ssh', 'ops@build.example.com:2222'], ['ssh', 'box'], ['ssh', 'root@10.0.0.9'],
    ]) expect(problems({ name: 'x', kind, address, tls: false }), `${kind} ${address}`).toEqual({});
  });
  it('names the field and what it takes when an address does not fit its kind', () => {
    expect(problems({ name: 'x', kind: 'unix', address: 'docker.sock' })).toEqual({ address: 'validation.engine.unixAddress' });
    expect(problems({ name: 'x', kind: 'tcp', address: 'host:99999', tls: false })).toEqual({ address: 'validation.engine.tcpAddress' });
    expect(problems({ name: 'x', kind: 'tcp', address: 'tcp://host', tls: false })).toEqual({ address: 'validation.engine.tcpAddress' });
    expect(problems({ name: 'x', kind: 'ssh', address: 'me@host name' })).toEqual({ address: 'validation.engine.sshAddress' });
    expect(problems({ name: ' ', kind: 'ssh', address: '' })).toEqual({ name: 'validation.engine.nameRequired', address: 'validation.engine.addressRequired' });
    for (const name of ['a\0b', 'line\nbreak', 'tab\there', 'bell\u0007', 'del\u007f']) {
      expect(problems({ name, kind: 'ssh', address: 'box' }), JSON.stringify(name)).toEqual({ name: 'validation.engine.nameControl' });
    }
    expect(problems({ name: '家里的 box', kind: 'ssh', address: 'box' })).toEqual({});
  });
  it('asks for the CA when verifying, and for a certificate and its key together', () => {
    const tls = { name: 'x', kind: 'tcp', address: 'h:2376', tls: true };
    expect(problems({ ...tls, verify: true, cert: '/c', key: '/k' })).toEqual({ ca: 'validation.engine.caRequired' });
    expect(problems({ ...tls, verify: false, cert: '/c' })).toEqual({ key: 'validation.engine.certKeyPair' });
    expect(problems({ ...tls, verify: false })).toEqual({}); // --tls without a client certificate
    expect(problems({ ...tls, tls: false, verify: true })).toEqual({}); // plain TCP needs no files
  });
  it('writes the address the docker CLI takes', () => {
    expect(engineHostUrl({ kind: 'ssh', address: 'me@box:2222' })).toBe('ssh://me@box:2222');
    expect(engineHostUrl({ kind: 'npipe', address: '\\\\.\\pipe\\docker_engine' })).toBe('npipe:////./pipe/docker_engine');
  });
});
