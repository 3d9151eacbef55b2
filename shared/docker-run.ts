import type { Message } from './errors';
import { sizeFlag } from './parse/parse-run-values';
import { splitShellWords } from './parse/split-shell-words';
import { emptyRunForm, type RunForm } from './run-form';

/**
 * `docker run` command lines both ways: a pasted line fills the run dialog (and names the flags it cannot carry), and a
 * container becomes the line that would make it again ("Copy as docker run").
 */

type TextKey = Exclude<{ [K in keyof RunForm]: RunForm[K] extends string ? K : never }[keyof RunForm], 'restart'>;
type FlagKey = { [K in keyof RunForm]: RunForm[K] extends boolean ? K : never }[keyof RunForm];

/** Each flag the dialog carries: a text field (set, appended as a line, or appended to a list) or a switch. */
type Carry = { field: TextKey; as: 'set' | 'line' | 'list' } | { field: FlagKey; as: 'flag' } | { as: 'restart' } | { as: 'implied' };

const FLAGS: Record<string, Carry> = {
  name: { field: 'name', as: 'set' }, entrypoint: { field: 'entrypoint', as: 'set' }, network: { field: 'network', as: 'set' }, net: { field: 'network', as: 'set' },
  workdir: { field: 'workdir', as: 'set' }, w: { field: 'workdir', as: 'set' }, user: { field: 'user', as: 'set' }, u: { field: 'user', as: 'set' },
  hostname: { field: 'hostname', as: 'set' }, h: { field: 'hostname', as: 'set' }, 'env-file': { field: 'envFile', as: 'set' },
  cpus: { field: 'cpus', as: 'set' }, memory: { field: 'memory', as: 'set' }, m: { field: 'memory', as: 'set' }, 'shm-size': { field: 'shmSize', as: 'set' },
  'health-cmd': { field: 'healthCmd', as: 'set' }, 'health-interval': { field: 'healthInterval', as: 'set' },
  'health-timeout': { field: 'healthTimeout', as: 'set' }, 'health-retries': { field: 'healthRetries', as: 'set' },
  env: { field: 'env', as: 'line' }, e: { field: 'env', as: 'line' }, publish: { field: 'ports', as: 'line' }, p: { field: 'ports', as: 'line' },
  volume: { field: 'volumes', as: 'line' }, v: { field: 'volumes', as: 'line' }, label: { field: 'labels', as: 'line' }, l: { field: 'labels', as: 'line' },
  'add-host': { field: 'addHosts', as: 'line' }, 'cap-add': { field: 'capAdd', as: 'list' }, 'cap-drop': { field: 'capDrop', as: 'list' },
  dns: { field: 'dns', as: 'list' },
  interactive: { field: 'interactive', as: 'flag' }, i: { field: 'interactive', as: 'flag' }, tty: { field: 'tty', as: 'flag' }, t: { field: 'tty', as: 'flag' },
  rm: { field: 'autoRemove', as: 'flag' }, 'publish-all': { field: 'publishAll', as: 'flag' }, P: { field: 'publishAll', as: 'flag' },
  privileged: { field: 'privileged', as: 'flag' }, init: { field: 'init', as: 'flag' },
  restart: { as: 'restart' }, detach: { as: 'implied' }, d: { as: 'implied' },
};

/** Flags `docker run` knows that take no value: an unknown one of these does not swallow the image after it. */
const VALUELESS = new Set(['read-only', 'no-healthcheck', 'oom-kill-disable', 'sig-proxy', 'q', 'quiet', 'disable-content-trust', 'help']);

export interface PastedRun {
  form: RunForm;
  /** Flags Berth's form cannot carry, as typed: the user is told, nothing is silently dropped. */
  unsupported: string[];
}

const quoteWord = (word: string): string => (/^[A-Za-z0-9_./:=@%+,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);
export const shellLine = (words: string[]): string => words.map(quoteWord).join(' ');

/** Parses a pasted `docker run …` (or `docker container run`, `podman run`) line into the run form. */
export function parseDockerRun(text: string): { ok: true; value: PastedRun } | { ok: false; error: Message } {
  const split = splitShellWords(text.replace(/\\\r?\n/g, ' '));
  if (!split.ok) return split;
  const words = split.value;
  const start = words[0] === 'docker' || words[0] === 'podman' ? (words[1] === 'container' ? 2 : 1) : 0;
  if (words[start] !== 'run') return { ok: false, error: { key: 'validation.paste.notRun' } };
  const form: RunForm = { ...emptyRunForm };
  const unsupported: string[] = [];
  const apply = (name: string, value: string | null, typed: string): boolean => {
    const carry = FLAGS[name];
    if (!carry) {
      unsupported.push(typed);
      return false;
    }
    if (carry.as === 'flag') form[carry.field] = value === null || value !== 'false';
    else if (carry.as === 'restart') {
      const [policy = '', retries = ''] = (value ?? '').split(':');
      if (policy === 'no' || policy === 'always' || policy === 'unless-stopped' || policy === 'on-failure') form.restart = policy;
      form.maxRetries = retries;
    } else if (carry.as === 'set') form[carry.field] = value ?? '';
    else if (carry.as === 'line') form[carry.field] = form[carry.field] ? `${form[carry.field]}\n${value ?? ''}` : value ?? '';
    else if (carry.as === 'list') form[carry.field] = form[carry.field] ? `${form[carry.field]},${value ?? ''}` : value ?? '';
    return true;
  };
  const takesValue = (name: string) => {
    const carry = FLAGS[name];
    return carry ? carry.as !== 'flag' && carry.as !== 'implied' : !VALUELESS.has(name);
  };
  let i = start + 1;
  for (; i < words.length; i++) {
    const word = words[i]!;
    if (word === '--') { i++; break; }
    if (!word.startsWith('-') || word === '-') break;
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      const name = word.slice(2, eq < 0 ? undefined : eq);
      const value = eq >= 0 ? word.slice(eq + 1) : takesValue(name) ? words[++i] ?? '' : null;
      apply(name, value, eq >= 0 || value === null ? word : `${word} ${value}`);
      continue;
    }
    // Short flags: `-it`, `-dit`, `-p80:80`, `-p 80:80`, `-e A=1`.
    for (let j = 1; j < word.length; j++) {
      const name = word[j]!;
      if (takesValue(name)) {
        const value = j + 1 < word.length ? word.slice(j + 1) : words[++i] ?? '';
        apply(name, value, `-${name} ${value}`);
        break;
      }
      apply(name, null, `-${name}`);
    }
  }
  form.image = words[i] ?? '';
  form.command = shellLine(words.slice(i + 1));
  return { ok: true, value: { form, unsupported } };
}

/** What `docker inspect` says of a container, and of its image's config: the parts a run line is made from. */
export interface RunSource {
  name: string;
  image: string;
  config: {
    Cmd?: string[] | null; Entrypoint?: string[] | null; Env?: string[] | null; WorkingDir?: string; User?: string; Hostname?: string;
    Labels?: Record<string, string> | null; Tty?: boolean; OpenStdin?: boolean;
    Healthcheck?: { Test?: string[]; Interval?: number; Timeout?: number; Retries?: number } | null;
  };
  hostConfig: {
    PortBindings?: Record<string, { HostIp?: string; HostPort?: string }[] | null> | null; PublishAllPorts?: boolean; Binds?: string[] | null;
    RestartPolicy?: { Name?: string; MaximumRetryCount?: number }; AutoRemove?: boolean; NetworkMode?: string; Privileged?: boolean;
    CapAdd?: string[] | null; CapDrop?: string[] | null; NanoCpus?: number; Memory?: number; ShmSize?: number; Init?: boolean | null;
    ExtraHosts?: string[] | null; Dns?: string[] | null;
  };
  /** Named volumes without a bind (`-v name:/path` made with --mount or by compose). */
  volumeMounts: { name: string; destination: string; readOnly: boolean }[];
  imageConfig: { Cmd?: string[] | null; Entrypoint?: string[] | null; Env?: string[] | null; WorkingDir?: string; User?: string; Labels?: Record<string, string> | null; Healthcheck?: unknown };
}

/** The engine's default `/dev/shm` size: not worth a flag. */
const DEFAULT_SHM = 64 * 1024 * 1024;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const seconds = (nanos: number) => `${nanos / 1e9}s`;

/** The `docker run` line that makes this container again: only what differs from the image and the engine's defaults. */
export function dockerRunLine(source: RunSource): string {
  const { config: c, hostConfig: h, imageConfig: img } = source;
  const w: string[] = ['docker', 'run', '-d'];
  const flag = (name: string, value?: string | number) => { w.push(name); if (value !== undefined) w.push(String(value)); };
  if (source.name) flag('--name', source.name);
  if (c.OpenStdin) flag('-i');
  if (c.Tty) flag('-t');
  if (h.AutoRemove) flag('--rm');
  const restart = h.RestartPolicy?.Name;
  if (restart && restart !== 'no') flag('--restart', restart === 'on-failure' && h.RestartPolicy?.MaximumRetryCount ? `on-failure:${h.RestartPolicy.MaximumRetryCount}` : restart);
  if (h.NetworkMode && h.NetworkMode !== 'default' && h.NetworkMode !== 'bridge') flag('--network', h.NetworkMode);
  for (const [port, bindings] of Object.entries(h.PortBindings ?? {})) {
    const container = port.endsWith('/tcp') ? port.slice(0, -4) : port;
    for (const b of bindings ?? []) flag('-p', [b.HostIp, b.HostPort, container].filter((part, n) => part || n === 2).join(':'));
  }
  if (h.PublishAllPorts) flag('-P');
  for (const bind of h.Binds ?? []) flag('-v', bind);
  for (const v of source.volumeMounts) flag('-v', `${v.name}:${v.destination}${v.readOnly ? ':ro' : ''}`);
  const imageEnv = new Set(img.Env ?? []);
  for (const e of c.Env ?? []) if (!imageEnv.has(e)) flag('-e', e);
  for (const [k, v] of Object.entries(c.Labels ?? {})) if (img.Labels?.[k] !== v) flag('-l', `${k}=${v}`);
  if (c.WorkingDir && c.WorkingDir !== (img.WorkingDir ?? '')) flag('-w', c.WorkingDir);
  if (c.User && c.User !== (img.User ?? '')) flag('-u', c.User);
  if (h.Privileged) flag('--privileged');
  for (const cap of h.CapAdd ?? []) flag('--cap-add', cap);
  for (const cap of h.CapDrop ?? []) flag('--cap-drop', cap);
  if (h.NanoCpus) flag('--cpus', h.NanoCpus / 1e9);
  if (h.Memory) flag('-m', sizeFlag(h.Memory));
  if (h.ShmSize && h.ShmSize !== DEFAULT_SHM) flag('--shm-size', sizeFlag(h.ShmSize));
  if (h.Init) flag('--init');
  for (const host of h.ExtraHosts ?? []) flag('--add-host', host);
  for (const dns of h.Dns ?? []) flag('--dns', dns);
  const health = c.Healthcheck;
  if (health?.Test?.[0] === 'CMD-SHELL' && !same(health, img.Healthcheck)) {
    flag('--health-cmd', health.Test.slice(1).join(' '));
    if (health.Interval) flag('--health-interval', seconds(health.Interval));
    if (health.Timeout) flag('--health-timeout', seconds(health.Timeout));
    if (health.Retries) flag('--health-retries', health.Retries);
  }
  // --entrypoint takes the program alone; its further words go before the command, which the engine appends to it.
  const entrypointChanged = !same(c.Entrypoint, img.Entrypoint);
  if (entrypointChanged && c.Entrypoint?.length) flag('--entrypoint', c.Entrypoint[0]!);
  w.push(source.image);
  if (entrypointChanged) w.push(...(c.Entrypoint ?? []).slice(1));
  if (entrypointChanged || !same(c.Cmd, img.Cmd)) w.push(...(c.Cmd ?? []));
  return shellLine(w);
}
