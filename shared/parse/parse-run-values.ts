import { ipv4, ipv6 } from './parse-cidr';
import { fail, ok, parseLines, type ParseResult } from './parse-result';

const SIZE = /^(\d+(?:\.\d+)?)\s*([kmgt])?i?b?$/i;
const UNIT: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** Bytes as a size flag's value: whole MiB as `256m`, otherwise the byte count. */
export const sizeFlag = (bytes: number): string => (bytes % 1024 ** 2 === 0 ? `${bytes / 1024 ** 2}m` : String(bytes));

/** `--memory 512m`, `--shm-size 1g`: bytes, the docker CLI's way (binary units, `b` optional). Empty: not set (0). */
export function parseSize(text: string): ParseResult<number> {
  const value = text.trim();
  if (!value) return ok(0);
  const m = SIZE.exec(value);
  if (!m) return fail('validation.run.size', { value });
  return ok(Math.floor(Number(m[1]) * UNIT[(m[2] ?? '').toLowerCase()]!));
}

const DURATION_PART = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g;
const NANOS: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/** `--health-interval 30s`, `1m30s`: nanoseconds, as Go writes durations. Empty: not set (0). */
export function parseDuration(text: string): ParseResult<number> {
  const value = text.trim();
  if (!value) return ok(0);
  let total = 0;
  let consumed = 0;
  for (const m of value.matchAll(DURATION_PART)) {
    if (m.index !== consumed) return fail('validation.run.duration', { value });
    total += Number(m[1]) * NANOS[m[2]!]!;
    consumed += m[0].length;
  }
  return consumed === value.length ? ok(Math.round(total)) : fail('validation.run.duration', { value });
}

/** `--cpus 1.5`: nano-CPUs. Empty: not set (0). */
export function parseCpus(text: string): ParseResult<number> {
  const value = text.trim();
  if (!value) return ok(0);
  const cpus = Number(value);
  return /^\d+(\.\d+)?$/.test(value) && cpus > 0 && cpus <= 1024 ? ok(Math.round(cpus * 1e9)) : fail('validation.run.cpus', { value });
}

/** A whole number from `min` up to `max` (retries, shares); empty is 0. */
export function parseCount(text: string, max: number): ParseResult<number> {
  const value = text.trim();
  if (!value) return ok(0);
  const n = Number(value);
  return /^\d+$/.test(value) && n <= max ? ok(n) : fail('validation.run.count', { value, max });
}

const isIp = (text: string) => ipv4(text) !== null || ipv6(text) !== null;
const HOST = /^[a-zA-Z0-9]([a-zA-Z0-9.-]*[a-zA-Z0-9])?$/;

/** `--add-host name:ip`, one per line (`name=ip` too, as newer CLIs take it). */
export const parseHostLines = (text: string): ParseResult<string[]> => parseLines(text, (line) => {
  const at = line.search(/[:=]/);
  const [name, ip] = at < 0 ? [line, ''] : [line.slice(0, at), line.slice(at + 1)];
  return HOST.test(name) && (isIp(ip) || ip === 'host-gateway') ? ok(`${name}:${ip}`) : fail('validation.run.host', { value: line });
});

const words = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** `--dns 1.1.1.1 8.8.8.8`: addresses, separated by spaces or commas. */
export function parseDns(text: string): ParseResult<string[]> {
  const list = words(text);
  const bad = list.find((w) => !isIp(w));
  return bad ? fail('validation.run.dns', { value: bad }) : ok(list);
}

/** `--cap-add NET_ADMIN,SYS_TIME` or `ALL`: names as the engine takes them (upper case, `CAP_` optional). */
export function parseCaps(text: string): ParseResult<string[]> {
  const list = words(text).map((w) => w.toUpperCase());
  const bad = list.find((w) => !/^(CAP_)?[A-Z_]{2,32}$/.test(w));
  return bad ? fail('validation.run.capability', { value: bad }) : ok(list.map((w) => (w === 'ALL' ? w : w.replace(/^CAP_/, ''))));
}

const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9_.\-/]*$/;

/** `--label key=value`, one per line (a bare key is an empty value, as the CLI does). */
export const parseLabelLines = (text: string): ParseResult<[string, string][]> => parseLines(text, (line) => {
  const eq = line.indexOf('=');
  const key = (eq < 0 ? line : line.slice(0, eq)).trim();
  return LABEL_KEY.test(key) ? ok([key, eq < 0 ? '' : line.slice(eq + 1)] as [string, string]) : fail('validation.run.label', { value: line });
});
