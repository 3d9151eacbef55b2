// The real CLI bound to every interface: TLS from --tls-cert/--tls-key, this machine's addresses allowed as Host,
// and a plain-HTTP warning when there is no TLS.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { spawnWebHost } from '../../e2e/support/spawn-web-host';

const dir = mkdtempSync(path.join(os.tmpdir(), 'berth-tls-'));
const certFile = path.join(dir, 'cert.pem');
const keyFile = path.join(dir, 'key.pem');
let host: Awaited<ReturnType<typeof spawnWebHost>>;
let ca: string;

/** One of this machine's own non-loopback addresses: what another machine on the network would type. */
const lanAddress = (): string => Object.values(os.networkInterfaces()).flat().find((a) => a && !a.internal && a.family === 'IPv4')!.address;

function get(hostHeader: string): Promise<number> {
  return new Promise((resolve, reject) => {
    https.get({ host: '127.0.0.1', port: host.url.port, path: '/', ca, servername: '127.0.0.1', headers: { host: hostHeader } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject);
  });
}

function upgrade(origin: string): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`wss://127.0.0.1:${host.url.port}/api?token=${host.url.searchParams.get('token')}`, { ca, headers: { origin } });
    ws.on('open', () => { ws.close(); resolve(101); });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => resolve(-1));
  });
}

beforeAll(async () => {
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  ca = readFileSync(certFile, 'utf8');
  host = await spawnWebHost(['--static', 'electron/web/test-static', '--host', '0.0.0.0', '--tls-cert', certFile, '--tls-key', keyFile]);
});
afterAll(() => {
  host.child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

describe('web host on every interface', () => {
  it('serves over TLS, and warns that it is not loopback but not that it is plain HTTP', async () => {
    expect(host.url.protocol).toBe('https:');
    expect(await get(`127.0.0.1:${host.url.port}`)).toBe(200);
    expect(host.warnings()).toMatch(/not loopback/);
    expect(host.warnings()).not.toMatch(/plain HTTP/);
  });

  it('answers to this machine’s own address as Host, and still refuses a rebinding name', async () => {
    expect(await get(`${lanAddress()}:${host.url.port}`)).toBe(200);
    expect(await get(`evil.example:${host.url.port}`)).toBe(403);
  });

  it('takes the API socket only from its own https page', async () => {
    expect(await upgrade(`https://127.0.0.1:${host.url.port}`)).toBe(101);
    expect(await upgrade(`http://127.0.0.1:${host.url.port}`)).toBe(403);
  });

  it('says plainly that HTTP on the network is for trusted networks only', async () => {
    const plain = await spawnWebHost(['--static', 'electron/web/test-static', '--host', '0.0.0.0']);
    try {
      expect(plain.url.protocol).toBe('http:');
      expect(plain.warnings()).toMatch(/plain HTTP.*trust.*--tls-cert and --tls-key/s);
    } finally {
      plain.child.kill('SIGTERM');
    }
  });
});
