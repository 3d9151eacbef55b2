import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DaemonForm} from './daemon-form';
import { applyFormToText, formFromConfig, parseConfigText, validateDaemonForm } from './daemon-form';
import { applyMode, changedKeys, compatProblems, unknownKeys } from './daemon-rules';
import { parseInsecureRegistry, parseMirrorUrl, parseProxyUrl } from './registry-address';

const FORM_KEYS = new Set(['registry-mirrors', 'insecure-registries', 'proxies', 'data-root', 'log-driver', 'log-opts', 'dns', 'live-restore', 'features']);

const jsonValue = fc.jsonValue({ maxDepth: 2 });
/** Any daemon.json: keys Berth edits mixed with keys it does not know, in any order, in any indentation. */
const daemonText = fc
  .tuple(
    fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !FORM_KEYS.has(k) && k !== '__proto__'), jsonValue, { maxKeys: 6 }),
    fc.record({
      'registry-mirrors': fc.array(fc.constantFrom('https://a.example', 'http://10.0.0.1:5000'), { maxLength: 2 }),
      'log-opts': fc.dictionary(fc.constantFrom('max-size', 'labels'), fc.string({ maxLength: 5 })),
      builder: fc.record({ gc: fc.record({ enabled: fc.boolean(), policy: fc.constant([{ keepStorage: '1GB' }]) }, { requiredKeys: [] }) }),
    }, { requiredKeys: [] }),
    fc.constantFrom(2, 4, '\t'),
  )
  .map(([unknown, known, indent]) => ({ unknown, text: JSON.stringify({ ...unknown, ...known }, null, indent) }));

const formEdit = fc.record({
  registryMirrors: fc.array(fc.oneof(fc.constantFrom('https://mirror.example.com', 'http://127.0.0.1:5055/', 'https://x.example/path', ''), fc.string()), { maxLength: 3 }),
  insecureRegistries: fc.array(fc.oneof(fc.constantFrom('10.0.0.0/8', 'http://reg.local:5000', 'reg.local'), fc.string()), { maxLength: 3 }),
  httpProxy: fc.oneof(fc.constant(''), fc.constant('http://proxy:3128'), fc.string()),
  httpsProxy: fc.constant(''),
  noProxy: fc.string({ maxLength: 20 }),
  dataRoot: fc.constantFrom('', '/var/lib/docker2', 'relative'),
  logDriver: fc.constantFrom('', 'json-file', 'local'),
  logMaxSize: fc.constantFrom('', '10m', 'ten'),
  logMaxFile: fc.constantFrom('', '3', '0'),
  dns: fc.constantFrom('', '8.8.8.8\n1.1.1.1', 'not-an-ip'),
  liveRestore: fc.constantFrom('unset', 'true', 'false'),
  buildkit: fc.constantFrom('unset', 'true', 'false'),
  addressPools: fc.constantFrom('', '172.80.0.0/16 24', '10.10.0.0/16 8'),
  builderGc: fc.constantFrom('unset', 'true', 'false'),
  builderKeepStorage: fc.constantFrom('', '20GB', 'lots'),
}) as fc.Arbitrary<DaemonForm>;

/** Form edits that are all valid: drawn directly rather than filtered, so the property runs on every draw. */
const validFormEdit = fc.record({
  registryMirrors: fc.uniqueArray(fc.constantFrom('https://mirror.example.com', 'http://127.0.0.1:5055', 'https://m2.example:8443'), { maxLength: 3 }),
  insecureRegistries: fc.array(fc.constantFrom('10.0.0.0/8', 'reg.local:5000', 'reg.local'), { maxLength: 3 }),
  httpProxy: fc.constantFrom('', 'http://proxy:3128'),
  httpsProxy: fc.constantFrom('', 'socks5://127.0.0.1:1080'),
  noProxy: fc.constantFrom('', 'localhost,.corp'),
  dataRoot: fc.constantFrom('', '/var/lib/docker2'),
  logDriver: fc.constantFrom('', 'json-file', 'local'),
  logMaxSize: fc.constantFrom('', '10m'),
  logMaxFile: fc.constantFrom('', '3'),
  dns: fc.constantFrom('', '8.8.8.8\n1.1.1.1'),
  liveRestore: fc.constantFrom('unset', 'true', 'false'),
  buildkit: fc.constantFrom('unset', 'true', 'false'),
  addressPools: fc.constantFrom('', '172.80.0.0/16 24'),
  builderGc: fc.constantFrom('unset', 'true', 'false'),
  builderKeepStorage: fc.constantFrom('', '20GB'),
}) as fc.Arbitrary<DaemonForm>;

describe('registry addresses', () => {
  it('accepts http(s) mirrors, drops a trailing slash, refuses a path with the reason', () => {
    expect(parseMirrorUrl(' https://mirror.example.com/ ')).toEqual({ ok: true, value: 'https://mirror.example.com' });
    expect(parseMirrorUrl('http://127.0.0.1:5055')).toEqual({ ok: true, value: 'http://127.0.0.1:5055' });
    expect(parseMirrorUrl('https://mirror.example.com/v2/library')).toMatchObject({ ok: false, error: { key: 'validation.mirror.path', params: { path: '/v2/library' } } });
    expect(parseMirrorUrl('mirror.example.com')).toMatchObject({ ok: false, error: { key: 'validation.mirror.scheme' } });
    expect(parseMirrorUrl('')).toMatchObject({ ok: false, error: { key: 'validation.mirror.required' } });
    expect(parseMirrorUrl('https://u:p@mirror.example.com')).toMatchObject({ ok: false, error: { key: 'validation.mirror.credentials' } });
  });
  it('takes insecure registries as host[:port] or CIDR and strips a pasted scheme with a note', () => {
    expect(parseInsecureRegistry('http://reg.local:5000/')).toEqual({ ok: true, value: { value: 'reg.local:5000', note: 'schemeStripped' } });
    expect(parseInsecureRegistry('10.0.0.0/8')).toEqual({ ok: true, value: { value: '10.0.0.0/8' } });
    expect(parseInsecureRegistry('10.0.0.0/33')).toMatchObject({ ok: false });
    expect(parseInsecureRegistry('reg.local/path')).toMatchObject({ ok: false, error: { key: 'validation.insecure.format' } });
  });
  it('takes proxy URLs with http, https or socks5; empty unsets', () => {
    expect(parseProxyUrl('')).toEqual({ ok: true, value: '' });
    expect(parseProxyUrl('socks5://127.0.0.1:1080')).toMatchObject({ ok: true });
    expect(parseProxyUrl('proxy:3128')).toMatchObject({ ok: false, error: { key: 'validation.proxy.format' } });
  });
});

describe('form ↔ daemon.json', () => {
  it('ends an edited file with a newline; an untouched one stays byte for byte', () => {
    const text = '{"debug": true}';
    expect(applyFormToText(text, { ...formFromConfig(JSON.parse(text)), registryMirrors: ['https://m.example'] })).toMatch(/\]\n}\n$/);
    expect(applyFormToText(text, formFromConfig(JSON.parse(text)))).toBe(text);
  });
  it('edits only what changed, keeping order, formatting and unknown keys byte for byte', () => {
    const text = '{\n    "zeta": {"a": 1},\n    "registry-mirrors": ["https://old.example"],\n    "debug": true\n}\n';
    const form = { ...formFromConfig(JSON.parse(text)), registryMirrors: ['https://new.example/'] };
    expect(applyFormToText(text, form))
      .toBe('{\n    "zeta": {"a": 1},\n    "registry-mirrors": [\n        "https://new.example"\n    ],\n    "debug": true\n}\n');
  });
  it('never saves "" as a mirror and keeps an emptied list as [] so that a reload clears it', () => {
    const text = '{"registry-mirrors": ["https://a.example"]}';
    expect(validateDaemonForm({ ...formFromConfig(JSON.parse(text)), registryMirrors: [''] })).toHaveProperty(['registryMirrors.0']);
    expect(JSON.parse(applyFormToText(text, { ...formFromConfig(JSON.parse(text)), registryMirrors: [] }))).toEqual({ 'registry-mirrors': [] });
    expect(JSON.parse(applyFormToText('{}', formFromConfig({})))).toEqual({});
  });
  it('removes a proxies group the form emptied (an empty proxies key alone makes Engine < 23 refuse the file)', () => {
    const text = '{"proxies": {"http-proxy": "http://p:1"}}';
    expect(JSON.parse(applyFormToText(text, { ...formFromConfig(JSON.parse(text)), httpProxy: '' }))).toEqual({});
  });
  it('writes address pools as objects and removes builder.gc once the form emptied it', () => {
    const text = '{"builder": {"gc": {"enabled": true}}}';
    const form = formFromConfig(JSON.parse(text));
    expect(JSON.parse(applyFormToText(text, { ...form, builderGc: 'unset', addressPools: '172.80.0.0/16 24' })))
      .toEqual({ 'default-address-pools': [{ base: '172.80.0.0/16', size: 24 }] });
    expect(validateDaemonForm({ ...form, addressPools: '172.80.0.0/16 8' })).toHaveProperty('addressPools');
  });
  it('property: any daemon.json plus any form edit keeps every unknown key and its value', () => {
    fc.assert(fc.property(daemonText, formEdit, ({ unknown, text }, form) => {
      const out = parseConfigText(applyFormToText(text, form));
      expect(out.ok).toBe(true);
      if (!out.ok) return;
      for (const [key, value] of Object.entries(unknown)) expect(out.config[key]).toEqual(JSON.parse(JSON.stringify(value))); // -0 has no JSON form
      const before = JSON.parse(text);
      expect(out.config['log-opts'] && (out.config['log-opts'] as Record<string, unknown>).labels).toEqual((before['log-opts'] ?? {}).labels);
      expect(((out.config.builder as { gc?: { policy?: unknown } } | undefined)?.gc)?.policy).toEqual(before.builder?.gc?.policy);
    }), { numRuns: 300 });
  });
  it('property: the form read back from the written text is what was entered (for valid input)', () => {
    fc.assert(fc.property(daemonText, validFormEdit, ({ text }, form) => {
      expect(validateDaemonForm(form)).toEqual({});
      const back = formFromConfig(JSON.parse(applyFormToText(text, form)));
      expect(back.registryMirrors).toEqual(form.registryMirrors.map((m) => m.trim().replace(/\/$/, '')));
      expect([back.liveRestore, back.buildkit, back.logMaxFile, back.addressPools, back.builderGc, back.builderKeepStorage])
        .toEqual([form.liveRestore, form.buildkit, form.logMaxFile.trim(), form.addressPools, form.builderGc, form.builderKeepStorage]);
    }), { numRuns: 300 });
  });
});

describe('engine rules', () => {
  it('hot-reloads reloadable changes, restarts for anything else or for a removed key', () => {
    const before = { 'registry-mirrors': ['https://a'], 'data-root': '/d' };
    expect(applyMode(changedKeys(before, { ...before, 'registry-mirrors': ['https://b'] }), {})).toBe('restart');
    const after = { ...before, 'registry-mirrors': ['https://b'] };
    expect(applyMode(changedKeys(before, after), after)).toBe('reload');
    const moved = { ...before, 'data-root': '/e' };
    expect(applyMode(changedKeys(before, moved), moved)).toBe('restart');
    expect(applyMode(changedKeys(before, before), before)).toBe('none');
  });
  it('knows proxies need Engine 23 and Linux-only keys are refused on Windows', () => {
    expect(compatProblems({ proxies: {} }, { version: '20.10.24', os: 'linux' })).toEqual([
      { key: 'proxies', message: { key: 'validation.daemon.proxiesEngine', params: { version: '20.10.24' } } },
    ]);
    expect(compatProblems({ proxies: {} }, { version: '27.1.0', os: 'linux' })).toEqual([]);
    expect(compatProblems({ 'live-restore': true }, { version: '27.1.0', os: 'windows' })).toMatchObject([{ key: 'live-restore' }]);
    expect(unknownKeys({ 'registry-mirrors': [], 'x-new-option': 1 }, 'linux')).toEqual(['x-new-option']);
  });
});
