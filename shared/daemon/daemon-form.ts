import { applyEdits, modify, type JSONPath } from 'jsonc-parser';
import { z } from 'zod';
import type { Message } from '../errors';
import { parseInsecureRegistry, parseMirrorUrl, parseProxyUrl } from './registry-address';

export const TriState = z.enum(['unset', 'true', 'false']);
export type TriState = z.infer<typeof TriState>;

/** The daemon.json keys Berth edits as typed fields. Everything else in the file is left exactly as it is. */
export const DaemonForm = z.object({
  registryMirrors: z.array(z.string().max(2048)).max(100),
  insecureRegistries: z.array(z.string().max(512)).max(200),
  httpProxy: z.string().max(2048),
  httpsProxy: z.string().max(2048),
  noProxy: z.string().max(8192),
  dataRoot: z.string().max(4096),
  logDriver: z.string().max(64),
  logMaxSize: z.string().max(32),
  logMaxFile: z.string().max(8),
  dns: z.string().max(4096),
  liveRestore: TriState,
  buildkit: TriState,
  /** default-address-pools, one `base size` per line, e.g. `172.80.0.0/16 24`. */
  addressPools: z.string().max(4096),
  builderGc: TriState,
  builderKeepStorage: z.string().max(32),
});
export type DaemonForm = z.infer<typeof DaemonForm>;
export type DaemonField = keyof DaemonForm;
export type DaemonConfig = Record<string, unknown>;

const obj = (v: unknown): DaemonConfig => (v && typeof v === 'object' && !Array.isArray(v) ? (v as DaemonConfig) : {});
const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : []);
const tri = (v: unknown): TriState => (v === true ? 'true' : v === false ? 'false' : 'unset');
const fromTri = (v: TriState): boolean | undefined => (v === 'unset' ? undefined : v === 'true');
const orUnset = (v: string): string | undefined => (v.trim() ? v.trim() : undefined);
const words = (v: string): string[] => v.split(/[\s,]+/).filter(Boolean);

export function formFromConfig(config: DaemonConfig): DaemonForm {
  const proxies = obj(config.proxies);
  const logOpts = obj(config['log-opts']);
  return {
    registryMirrors: strings(config['registry-mirrors']),
    insecureRegistries: strings(config['insecure-registries']),
    httpProxy: str(proxies['http-proxy']),
    httpsProxy: str(proxies['https-proxy']),
    noProxy: str(proxies['no-proxy']),
    dataRoot: str(config['data-root']),
    logDriver: str(config['log-driver']),
    logMaxSize: str(logOpts['max-size']),
    logMaxFile: str(logOpts['max-file']),
    dns: strings(config.dns).join('\n'),
    liveRestore: tri(config['live-restore']),
    buildkit: tri(obj(config.features).buildkit),
    addressPools: (Array.isArray(config['default-address-pools']) ? config['default-address-pools'] : [])
      .map((p) => `${str(obj(p).base)} ${str(obj(p).size)}`.trim()).join('\n'),
    builderGc: tri(obj(obj(config.builder).gc).enabled),
    builderKeepStorage: str(obj(obj(config.builder).gc).defaultKeepStorage),
  };
}

/**
 * Where each field lives in daemon.json, and its JSON value (undefined: the key is removed). An emptied registry list
 * that was in the file stays as `[]`: dockerd's reload keeps the old value of a key that is absent.
 */
function formValues(form: DaemonForm, config: DaemonConfig): [JSONPath, unknown][] {
  const list = <T,>(xs: T[]) => (xs.length ? xs : undefined);
  const reloadableList = (key: string, xs: string[]) => (xs.length || !(key in config) ? list(xs) : []);
  return [
    [['registry-mirrors'], reloadableList('registry-mirrors', form.registryMirrors.map((m) => { const r = parseMirrorUrl(m); return r.ok ? r.value : m.trim(); }))],
    [['insecure-registries'], reloadableList('insecure-registries', form.insecureRegistries.map((m) => { const r = parseInsecureRegistry(m); return r.ok ? r.value.value : m.trim(); }))],
    [['proxies', 'http-proxy'], orUnset(form.httpProxy)],
    [['proxies', 'https-proxy'], orUnset(form.httpsProxy)],
    [['proxies', 'no-proxy'], orUnset(form.noProxy)],
    [['data-root'], orUnset(form.dataRoot)],
    [['log-driver'], orUnset(form.logDriver)],
    [['log-opts', 'max-size'], orUnset(form.logMaxSize)],
    [['log-opts', 'max-file'], orUnset(form.logMaxFile)], // dockerd wants log-opts values as strings
    [['dns'], list(words(form.dns))],
    [['live-restore'], fromTri(form.liveRestore)],
    [['features', 'buildkit'], fromTri(form.buildkit)],
    [['default-address-pools'], list(addressPoolLines(form.addressPools).map(({ base, size }) => ({ base, size: Number(size) })))],
    [['builder', 'gc', 'enabled'], fromTri(form.builderGc)],
    [['builder', 'gc', 'defaultKeepStorage'], orUnset(form.builderKeepStorage)],
  ];
}

/** Objects a field lives in; removed when the form emptied them (inner ones first). */
const GROUPS: JSONPath[] = [['proxies'], ['log-opts'], ['features'], ['builder', 'gc'], ['builder']];

function addressPoolLines(text: string): { base: string; size: string }[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
    const [base = '', size = ''] = l.split(/[\s,]+/);
    return { base, size };
  });
}

export function parseConfigText(text: string): { ok: true; config: DaemonConfig } | { ok: false; error: string } {
  if (!text.trim()) return { ok: true, config: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, error: 'daemon.json must be a JSON object' };
    return { ok: true, config: value as DaemonConfig };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

const get = (config: DaemonConfig, path: JSONPath): unknown =>
  path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as DaemonConfig)[key as string] : undefined), config);

export const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function indentOf(text: string): { insertSpaces: boolean; tabSize: number } {
  const m = /\n([ \t]+)"/.exec(text);
  if (m?.[1]?.startsWith('\t')) return { insertSpaces: false, tabSize: 1 };
  return { insertSpaces: true, tabSize: m?.[1]?.length ?? 2 };
}

/**
 * Applies form values to daemon.json text by textual edits (jsonc-parser), touching only keys whose value changed:
 * unknown keys, key order, formatting and untouched values stay byte for byte. Empty groups a field emptied are removed
 * (an empty `proxies` object alone makes Engine < 23 refuse the file).
 */
export function applyFormToText(text: string, form: DaemonForm): string {
  const parsed = parseConfigText(text);
  if (!parsed.ok) throw new Error(`daemon.json is not valid JSON: ${parsed.error}`);
  let out = text.trim() ? text : '{}\n';
  const formattingOptions = { ...indentOf(out), eol: out.includes('\r\n') ? '\r\n' : '\n' };
  const edit = (path: JSONPath, value: unknown) => { out = applyEdits(out, modify(out, path, value, { formattingOptions })); };
  for (const [path, value] of formValues(form, parsed.config)) {
    if (!sameJson(get(parsed.config, path), value)) edit(path, value);
  }
  for (const group of GROUPS) {
    const after = parseConfigText(out);
    const value = after.ok ? get(after.config, group) : undefined;
    if (value && typeof value === 'object' && Object.keys(value).length === 0 && !sameJson(get(parsed.config, group), {})) edit(group, undefined);
  }
  // A text file ends with a newline (POSIX; editors and `cat` expect it); an untouched file stays byte for byte.
  return out !== text && !out.endsWith(formattingOptions.eol) ? out + formattingOptions.eol : out;
}

export type FieldErrors = Partial<Record<string, Message>>;

/** Field errors keyed by field (`registryMirrors.2` for the third mirror). Empty when the form may be applied. */
export function validateDaemonForm(form: DaemonForm): FieldErrors {
  const errors: FieldErrors = {};
  const seen = new Set<string>();
  form.registryMirrors.forEach((mirror, i) => {
    const r = parseMirrorUrl(mirror);
    if (!r.ok) errors[`registryMirrors.${i}`] = r.error;
    else if (seen.has(r.value)) errors[`registryMirrors.${i}`] = { key: 'validation.mirror.duplicate', params: { value: r.value } };
    else seen.add(r.value);
  });
  form.insecureRegistries.forEach((entry, i) => {
    const r = parseInsecureRegistry(entry);
    if (!r.ok) errors[`insecureRegistries.${i}`] = r.error;
  });
  for (const field of ['httpProxy', 'httpsProxy'] as const) {
    const r = parseProxyUrl(form[field]);
    if (!r.ok) errors[field] = r.error;
  }
  if (form.dataRoot.trim() && !/^(\/|[a-zA-Z]:[\\/])/.test(form.dataRoot.trim())) errors.dataRoot = { key: 'validation.daemon.absolutePath', params: { value: form.dataRoot } };
  if (form.logDriver.trim() && !/^[a-z0-9][a-z0-9._/-]*(:[\w.-]+)?$/.test(form.logDriver.trim())) errors.logDriver = { key: 'validation.daemon.logDriver', params: { value: form.logDriver } };
  if (form.logMaxSize.trim() && !/^\d+(\.\d+)?[kmg]?b?$/i.test(form.logMaxSize.trim())) errors.logMaxSize = { key: 'validation.daemon.size', params: { value: form.logMaxSize } };
  if (form.logMaxFile.trim() && !/^[1-9]\d{0,3}$/.test(form.logMaxFile.trim())) errors.logMaxFile = { key: 'validation.daemon.count', params: { value: form.logMaxFile } };
  const badDns = words(form.dns).find((ip) => !/^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]+:[0-9a-fA-F:]*)$/.test(ip));
  if (badDns) errors.dns = { key: 'validation.daemon.ip', params: { value: badDns } };
  const badPool = addressPoolLines(form.addressPools).find(({ base, size }) => {
    const cidr = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(base);
    return !cidr || cidr[1]!.split('.').some((o) => Number(o) > 255) || !/^\d{1,2}$/.test(size) || Number(size) < Number(cidr[2]) || Number(size) > 32;
  });
  if (badPool) errors.addressPools = { key: 'validation.daemon.pool', params: { value: `${badPool.base} ${badPool.size}`.trim() } };
  if (form.builderKeepStorage.trim() && !/^\d+(\.\d+)?\s*[kmgt]?i?b?$/i.test(form.builderKeepStorage.trim())) {
    errors.builderKeepStorage = { key: 'validation.daemon.size', params: { value: form.builderKeepStorage } };
  }
  return errors;
}
