import { describe, expect, it } from 'vitest';
import { allowedHosts, checkApiUpgrade, checkHost, isLoopback } from './host-guard';

const hosts = allowedHosts('127.0.0.1', 4000);
const req = (headers: { host?: string; origin?: string }, url = '/api?token=secret') => ({ url, headers });

describe('web host guard', () => {
  it('lets this host’s own page in with the token', () => {
    expect(checkApiUpgrade(req({ host: '127.0.0.1:4000', origin: 'http://127.0.0.1:4000' }), hosts, 'secret')).toEqual({ ok: true });
    expect(checkApiUpgrade(req({ host: 'localhost:4000', origin: 'http://localhost:4000' }), hosts, 'secret')).toEqual({ ok: true });
  });
  it('refuses a missing or wrong token', () => {
    expect(checkApiUpgrade(req({ host: '127.0.0.1:4000', origin: 'http://127.0.0.1:4000' }, '/api'), hosts, 'secret')).toMatchObject({ ok: false, status: 401 });
    expect(checkApiUpgrade(req({ host: '127.0.0.1:4000', origin: 'http://127.0.0.1:4000' }, '/api?token=secreT'), hosts, 'secret')).toMatchObject({ ok: false, status: 401 });
  });
  it('refuses other origins and DNS-rebinding hosts', () => {
    expect(checkApiUpgrade(req({ host: '127.0.0.1:4000', origin: 'http://evil.example' }), hosts, 'secret')).toMatchObject({ ok: false, status: 403 });
    expect(checkApiUpgrade(req({ host: '127.0.0.1:4000' }), hosts, 'secret')).toMatchObject({ ok: false, status: 403 });
    expect(checkApiUpgrade(req({ host: '127.0.0.1:4000', origin: 'http://127.0.0.1:4001' }), hosts, 'secret')).toMatchObject({ ok: false, status: 403 });
    expect(checkHost(req({ host: 'evil.example:4000' }), hosts)).toMatchObject({ ok: false, status: 403 });
  });
  it('bound to every interface, answers to this machine’s addresses and name; over TLS only to an https Origin', () => {
    const every = allowedHosts('0.0.0.0', 443, ['192.0.2.5', 'fe80::1', 'box']);
    expect([...every]).toEqual(expect.arrayContaining(['192.0.2.5:443', '[fe80::1]:443', 'box:443', '127.0.0.1:443']));
    expect(every.has('0.0.0.0:443')).toBe(false);
    const tls = req({ host: '192.0.2.5:443', origin: 'https://192.0.2.5:443' });
    expect(checkApiUpgrade(tls, every, 'secret', 'https')).toEqual({ ok: true });
    expect(checkApiUpgrade(tls, every, 'secret', 'http')).toMatchObject({ ok: false, status: 403 });
  });
  it('adds an explicit bind address to the allowed hosts', () => {
    expect(allowedHosts('192.0.2.5', 80).has('192.0.2.5:80')).toBe(true);
    expect(isLoopback('[::1]')).toBe(true);
    expect(isLoopback('0.0.0.0')).toBe(false);
  });
});
