import { timingSafeEqual } from 'node:crypto';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export const isLoopback = (host: string): boolean => LOOPBACK.has(host.replace(/^\[|\]$/g, ''));

export const isWildcard = (host: string): boolean => host === '0.0.0.0' || host === '::';

const withPort = (name: string, port: number): string => `${name.includes(':') ? `[${name}]` : name}:${port}`;

/**
 * The Host header values this run answers to; anything else is a DNS-rebinding attempt. Bound to every interface,
 * that is each of this machine's addresses and its host name (`localNames`), so other machines can reach it by them.
 */
export function allowedHosts(bindHost: string, port: number, localNames: string[] = []): Set<string> {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  const names = isWildcard(bindHost) ? localNames : isLoopback(bindHost) ? [] : [bindHost];
  for (const name of names) hosts.add(withPort(name, port));
  return hosts;
}

export interface RequestHead {
  url?: string;
  headers: { host?: string; origin?: string };
}

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; reason: string };

function sameToken(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function checkHost(req: RequestHead, hosts: Set<string>): GuardVerdict {
  return req.headers.host && hosts.has(req.headers.host) ? { ok: true } : { ok: false, status: 403, reason: 'unexpected Host header' };
}

/** The API socket: right Host, an Origin that is this host's own page (over this run's scheme), and this run's token. */
export function checkApiUpgrade(req: RequestHead, hosts: Set<string>, token: string, scheme: 'http' | 'https' = 'http'): GuardVerdict {
  const host = checkHost(req, hosts);
  if (!host.ok) return host;
  const origin = req.headers.origin;
  if (!origin || !origin.startsWith(`${scheme}://`) || !hosts.has(origin.slice(`${scheme}://`.length))) {
    return { ok: false, status: 403, reason: 'unexpected Origin' };
  }
  return checkToken(req, token);
}

/** Plain requests that reach the engine (a log export, as a download) need the per-run token too. */
export function checkTokenRequest(req: RequestHead, hosts: Set<string>, token: string): GuardVerdict {
  const host = checkHost(req, hosts);
  return host.ok ? checkToken(req, token) : host;
}

function checkToken(req: RequestHead, token: string): GuardVerdict {
  const given = new URL(req.url ?? '/', 'http://x').searchParams.get('token');
  return sameToken(given, token) ? { ok: true } : { ok: false, status: 401, reason: 'missing or wrong token' };
}
