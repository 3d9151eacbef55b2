import { describe, expect, it } from 'vitest';
import { parseContainerName } from './parse-container-name';
import { parseEnvLines } from './parse-env-line';
import { engineTagOf, parseImageReference } from './parse-image-reference';
import { parsePortLines, parsePortSpec } from './parse-port-spec';
import { splitShellWords } from './split-shell-words';
import { parseVolumeLines, parseVolumeSpec, toBind } from './parse-volume-spec';

describe('parsePortSpec', () => {
  it.each([
    ['80', [{ hostIp: '', hostPort: '', containerPort: 80, protocol: 'tcp' }]],
    ['8080:80', [{ hostIp: '', hostPort: '8080', containerPort: 80, protocol: 'tcp' }]],
    ['127.0.0.1:8080:80/udp', [{ hostIp: '127.0.0.1', hostPort: '8080', containerPort: 80, protocol: 'udp' }]],
    ['127.0.0.1::80', [{ hostIp: '127.0.0.1', hostPort: '', containerPort: 80, protocol: 'tcp' }]],
    ['[::1]:9000:90', [{ hostIp: '::1', hostPort: '9000', containerPort: 90, protocol: 'tcp' }]],
    ['8000-8001:80-81', [
      { hostIp: '', hostPort: '8000', containerPort: 80, protocol: 'tcp' },
      { hostIp: '', hostPort: '8001', containerPort: 81, protocol: 'tcp' },
    ]],
    ['8000-8010:80', [{ hostIp: '', hostPort: '8000-8010', containerPort: 80, protocol: 'tcp' }]],
  ])('%s', (spec, expected) => {
    expect(parsePortSpec(spec)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['abc', 'validation.port.number'],
    ['70000:80', 'validation.port.number'],
    ['0:80', 'validation.port.number'],
    ['80/icmp', 'validation.port.protocol'],
    ['999.1.1.1:80:80', 'validation.port.ip'],
    ['1:2:3:4', 'validation.port.format'],
    ['8000-8002:80-81', 'validation.port.rangeMismatch'],
    ['80/tcp/x', 'validation.port.format'],
  ])('refuses %s with %s', (spec, key) => {
    const result = parsePortSpec(spec);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.key).toBe(key);
  });

  it('names the bad line among several, skipping blank lines', () => {
    expect(parsePortLines('8080:80\n\n  \n99999')).toEqual({ ok: false, error: { key: 'validation.port.number', params: { value: '99999', line: 4 } } });
    expect(parsePortLines('1:1\n2:2')).toMatchObject({ ok: true, value: [{ containerPort: 1 }, { containerPort: 2 }] });
  });
});

describe('parseEnvLines', () => {
  it('keeps values with = and empty values', () => {
    expect(parseEnvLines('A=1\nB=x=y\nC=\n')).toEqual({ ok: true, value: ['A=1', 'B=x=y', 'C='] });
  });
  it('refuses a line without = and a bad key', () => {
    expect(parseEnvLines('A=1\nNOPE')).toMatchObject({ ok: false, error: { key: 'validation.env.missingEquals', params: { line: 2 } } });
    // Every bad line is named, not only the first.
    expect(parsePortLines('x\n8080:80\n99999\n1-2:3-5')).toEqual({ ok: false, error: {
      key: 'validation.port.number', params: { value: 'x', line: 1 }, more: [
        { key: 'validation.port.number', params: { value: '99999', line: 3 } },
        { key: 'validation.port.rangeMismatch', params: { value: '1-2:3-5', line: 4 } },
      ] } });
    expect(parseEnvLines('1A=2')).toMatchObject({ ok: false, error: { key: 'validation.env.key' } });
  });
});

describe('parseVolumeSpec', () => {
  it('tells bind mounts from named volumes, with modes', () => {
    expect(parseVolumeSpec('/srv/data:/data:ro')).toEqual({ ok: true, value: { kind: 'bind', source: '/srv/data', target: '/data', readOnly: true } });
    expect(parseVolumeSpec('cache:/var/cache')).toEqual({ ok: true, value: { kind: 'volume', source: 'cache', target: '/var/cache', readOnly: false } });
    expect(parseVolumeSpec('C:\\data:/data:rw')).toMatchObject({ ok: true, value: { kind: 'bind', source: 'C:\\data' } });
  });
  it.each([
    ['/a', 'validation.volume.format'],
    ['/a:/b:xx', 'validation.volume.mode'],
    ['/a:relative', 'validation.volume.target'],
    ['bad name:/x', 'validation.volume.name'],
  ])('refuses %s', (spec, key) => {
    expect(parseVolumeSpec(spec)).toMatchObject({ ok: false, error: { key } });
  });
  it('round-trips to the engine Binds form', () => {
    const parsed = parseVolumeLines('/a:/b:ro\nvol:/c');
    expect(parsed.ok && parsed.value.map(toBind)).toEqual(['/a:/b:ro', 'vol:/c']);
  });
});

describe('parseImageReference', () => {
  it.each([
    ['busybox', { registry: '', path: 'busybox', tag: '', digest: '' }],
    ['berth/httpd:latest', { registry: '', path: 'berth/httpd', tag: 'latest', digest: '' }],
    ['127.0.0.1:5000/team/app:1.2', { registry: '127.0.0.1:5000', path: 'team/app', tag: '1.2', digest: '' }],
    ['localhost/app', { registry: 'localhost', path: 'app', tag: '', digest: '' }],
    ['registry.cn-hangzhou.aliyuncs.com/ns/app:v1', { registry: 'registry.cn-hangzhou.aliyuncs.com', path: 'ns/app', tag: 'v1', digest: '' }],
  ])('%s', (text, expected) => {
    expect(parseImageReference(text)).toEqual({ ok: true, value: expected });
  });
  it.each([['', 'validation.image.required'], ['Busybox', 'validation.image.uppercase'], ['bad image', 'validation.image.format'], ['a:b:c', 'validation.image.format']])(
    'refuses "%s"',
    (text, key) => {
      expect(parseImageReference(text)).toMatchObject({ ok: false, error: { key } });
    },
  );
});

describe('engineTagOf', () => {
  it.each([
    ['busybox', 'busybox:latest'],
    ['docker.io/library/busybox:1.36', 'busybox:1.36'],
    ['library/busybox', 'busybox:latest'],
    ['index.docker.io/team/app', 'team/app:latest'],
    ['127.0.0.1:5000/team/app', '127.0.0.1:5000/team/app:latest'],
    ['localhost/app:v2', 'localhost/app:v2'],
    [`busybox@sha256:${'a'.repeat(64)}`, `busybox@sha256:${'a'.repeat(64)}`],
    ['not a reference', 'not a reference'],
  ])('%s → %s', (text, tag) => {
    expect(engineTagOf(text)).toBe(tag);
  });
});

describe('parseContainerName', () => {
  it('accepts engine names, empty and a leading slash', () => {
    expect(parseContainerName('web_1.a-b')).toEqual({ ok: true, value: 'web_1.a-b' });
    expect(parseContainerName('/web')).toEqual({ ok: true, value: 'web' });
    expect(parseContainerName('  ')).toEqual({ ok: true, value: '' });
  });
  it('refuses what the engine refuses', () => {
    for (const bad of ['-x', 'a', 'has space', 'ü-name']) expect(parseContainerName(bad).ok).toBe(false);
  });
});

describe('splitShellWords', () => {
  it('splits like a shell, without expanding', () => {
    expect(splitShellWords(`sh -c "echo \\"hi\\"; sleep 1" 'a b' c\\ d $HOME`)).toEqual({ ok: true, value: ['sh', '-c', 'echo "hi"; sleep 1', 'a b', 'c d', '$HOME'] });
    expect(splitShellWords(`"" x`)).toEqual({ ok: true, value: ['', 'x'] });
    expect(splitShellWords('')).toEqual({ ok: true, value: [] });
  });
  it('refuses an unclosed quote', () => {
    expect(splitShellWords(`echo "hi`)).toMatchObject({ ok: false, error: { key: 'validation.command.unclosedQuote' } });
  });
});
