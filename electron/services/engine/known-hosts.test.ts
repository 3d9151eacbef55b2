import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHostKey, keyFingerprint, keyType, trustHostKey } from './known-hosts';

// Two real ed25519 host keys (ssh-keygen), and a known_hosts that `ssh-keygen -H` hashed: example.org and [box.lan]:2222.
const KEY = 'AAAAC3NzaC1lZDI1NTE5AAAAIFgZeBQcBAuckJeof48W+eFQaoLheQVB9nTuVuztIUT2';
const OTHER = 'AAAAC3NzaC1lZDI1NTE5AAAAIKTi10hmIo3ecrCwila5HJxv0JpRzy4co2Byy0YFoIUs';
const HASHED = [
  `|1|lAyZ/CgzO247t8aCSUn+3xzEROM=|5jAyHz79cleGbsA9/3KCH4QBT2k= ssh-ed25519 ${KEY}`,
  `|1|vuVAiSpnUh6/3D23IEq7u1Lcybk=|BoiFUoM2CSDH/1yOQJLKBrHR2Y0= ssh-ed25519 ${KEY}`,
].join('\n');
const blob = (key: string): Buffer => Buffer.from(key, 'base64');

describe('known_hosts', () => {
  it('reads a key blob’s type and OpenSSH’s fingerprint of it (as `ssh-keygen -l` prints)', () => {
    expect(keyType(blob(KEY))).toBe('ssh-ed25519');
    expect(keyFingerprint(blob(KEY))).toBe('SHA256:Vh89V7kA+xfrfUFh3A1EfbKefdZQnngLIQXguNSZK48');
  });

  it('trusts the listed key, by plain name, hashed name, pattern, and `[host]:port` off port 22', () => {
    expect(checkHostKey(`example.org ssh-ed25519 ${KEY}`, 'example.org', 22, blob(KEY))).toBe('trusted');
    expect(checkHostKey(HASHED, 'example.org', 22, blob(KEY))).toBe('trusted');
    expect(checkHostKey(HASHED, 'box.lan', 2222, blob(KEY))).toBe('trusted');
    expect(checkHostKey(HASHED, 'box.lan', 22, blob(KEY))).toBe('unknown');
    expect(checkHostKey(`# comment\n*.lan,!evil.lan ssh-ed25519 ${KEY}`, 'home.lan', 22, blob(KEY))).toBe('trusted');
    expect(checkHostKey(`*.lan,!evil.lan ssh-ed25519 ${KEY}`, 'evil.lan', 22, blob(KEY))).toBe('unknown');
  });

  it('calls another key of the same type for a listed host a change, and honours @revoked', () => {
    expect(checkHostKey(HASHED, 'example.org', 22, blob(OTHER))).toBe('changed');
    expect(checkHostKey(`example.org ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ==`, 'example.org', 22, blob(OTHER))).toBe('unknown');
    expect(checkHostKey(`example.org ssh-ed25519 ${KEY}\n@revoked * ssh-ed25519 ${KEY}`, 'example.org', 22, blob(KEY))).toBe('revoked');
    expect(checkHostKey('', 'example.org', 22, blob(KEY))).toBe('unknown');
  });

  it('adds an accepted key so that it is trusted from then on, the file private to the user', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'berth-ssh-')), '.ssh', 'known_hosts');
    await trustHostKey(file, { host: 'box.lan', port: 2222, type: 'ssh-ed25519', key: KEY, fingerprint: keyFingerprint(blob(KEY)) });
    await writeFile(file, `${await readFile(file, 'utf8')}example.org ssh-ed25519 ${OTHER}`);
    await trustHostKey(file, { host: 'example.org', port: 22, type: 'ssh-ed25519', key: KEY, fingerprint: '' });
    const text = await readFile(file, 'utf8');
    expect(text).toBe(`[box.lan]:2222 ssh-ed25519 ${KEY}\nexample.org ssh-ed25519 ${OTHER}\nexample.org ssh-ed25519 ${KEY}\n`);
    expect(checkHostKey(text, 'box.lan', 2222, blob(KEY))).toBe('trusted');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });
});
