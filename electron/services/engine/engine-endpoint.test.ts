import { describe, expect, it } from 'vitest';
import { parseDockerHost, resolveEngineEndpoints, type EndpointContext } from './engine-endpoint';

const ctx = (platform: NodeJS.Platform, env: Record<string, string> = {}, homedir = platform === 'win32' ? 'C:\\Users\\li' : '/home/li'): EndpointContext => ({ platform, env, homedir });
const labels = (c: EndpointContext) => resolveEngineEndpoints(c).map((e) => e.label);

describe('resolveEngineEndpoints', () => {
  it('Linux: rootful socket, then rootless, then Docker Desktop for Linux', () => {
    expect(labels(ctx('linux', { XDG_RUNTIME_DIR: '/run/user/1000' }))).toEqual([
      'unix:///var/run/docker.sock', 'unix:///run/user/1000/docker.sock', 'unix:///home/li/.docker/desktop/docker.sock',
    ]);
  });
  it('macOS: Docker Desktop’s per-user socket first', () => {
    expect(labels(ctx('darwin', {}, '/Users/li'))).toEqual([
      'unix:///Users/li/.docker/run/docker.sock', 'unix:///var/run/docker.sock', 'unix:///Users/li/.colima/default/docker.sock',
    ]);
  });
  it('Windows: the named pipe', () => {
    expect(resolveEngineEndpoints(ctx('win32'))).toEqual([{ kind: 'socket', socketPath: '\\\\.\\pipe\\docker_engine', label: 'npipe:////./pipe/docker_engine' }]);
  });
  it('DOCKER_HOST wins on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(labels(ctx(platform, { DOCKER_HOST: 'tcp://10.0.0.2:2375' }))).toEqual(['tcp://10.0.0.2:2375']);
    }
  });
});

describe('parseDockerHost', () => {
  it('reads unix, npipe, tcp (with and without TLS) and ssh', () => {
    expect(parseDockerHost('unix:///tmp/d.sock', ctx('linux'))).toMatchObject({ kind: 'socket', socketPath: '/tmp/d.sock' });
    expect(parseDockerHost('npipe:////./pipe/docker_engine', ctx('win32'))).toMatchObject({ kind: 'socket', socketPath: '\\\\.\\pipe\\docker_engine' });
    expect(parseDockerHost('tcp://host:2375', ctx('linux'))).toMatchObject({ kind: 'tcp', host: 'host', port: 2375, tls: null });
    expect(parseDockerHost('tcp://host', ctx('linux', { DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' }))).toMatchObject({
      kind: 'tcp', port: 2376, tls: { ca: '/certs/ca.pem', cert: '/certs/cert.pem', key: '/certs/key.pem', verify: true },
    });
    // Without verification the CA is not used: the CLI sends its certificate and trusts whatever the engine shows.
    expect(parseDockerHost('tcp://h:1', ctx('win32', { DOCKER_TLS: '1' }))).toMatchObject({
      tls: { ca: null, cert: 'C:\\Users\\li\\.docker\\cert.pem', key: 'C:\\Users\\li\\.docker\\key.pem', verify: false },
    });
    expect(parseDockerHost('ssh://me@box', ctx('linux', { SSH_AUTH_SOCK: '/run/agent' }))).toMatchObject({
      kind: 'ssh', host: 'box', port: 22, username: 'me', auth: { identityFile: null, agent: '/run/agent', knownHosts: '/home/li/.ssh/known_hosts' },
    });
    expect(parseDockerHost('ssh://[fd00::5]:2200', ctx('linux'))).toMatchObject({ host: 'fd00::5', port: 2200, username: undefined, auth: { agent: null } });
  });
  it('says what is wrong with an address it cannot read', () => {
    expect(() => parseDockerHost('ftp://x', ctx('linux'))).toThrow(/DOCKER_HOST/);
  });
});
