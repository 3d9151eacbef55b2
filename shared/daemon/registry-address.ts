import { fail, ok, type ParseResult } from '../parse/parse-result';

const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:.]+\])$/;
const CIDR = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$|^([0-9a-fA-F:]+)\/(\d{1,3})$/;

const validPort = (port: string): boolean => /^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65535;

/** host[:port], as registries are named; IPv6 in brackets. */
export function isHostPort(text: string): boolean {
  const m = /^(\[[^\]]+\]|[^:]+)(?::([^:]+))?$/.exec(text);
  return !!m && HOST.test(m[1]!) && (m[2] === undefined || validPort(m[2]));
}

/**
 * A `registry-mirrors` entry. The engine refuses a path ("invalid mirror: path, query, or fragment…") and other
 * tools drop it silently; Berth says why at the field. A trailing slash is dropped: the engine adds its own.
 */
export function parseMirrorUrl(input: string): ParseResult<string> {
  const text = input.trim();
  if (!text) return fail('validation.mirror.required');
  if (!/^https?:\/\//i.test(text)) return fail('validation.mirror.scheme', { value: text });
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('validation.mirror.format', { value: text });
  }
  if (url.username || url.password) return fail('validation.mirror.credentials', { value: text });
  if (url.pathname !== '/' || url.search || url.hash || /[?#]/.test(text)) return fail('validation.mirror.path', { value: text, path: url.pathname + url.search + url.hash });
  if (!isHostPort(url.host)) return fail('validation.mirror.format', { value: text });
  return ok(`${url.protocol}//${url.host}`);
}

export interface InsecureRegistry { value: string; note?: 'schemeStripped' }

/** An `insecure-registries` entry: host[:port] or a CIDR. A pasted scheme is stripped (the engine refuses it) with a note. */
export function parseInsecureRegistry(input: string): ParseResult<InsecureRegistry> {
  let text = input.trim();
  if (!text) return fail('validation.insecure.required');
  let note: InsecureRegistry['note'];
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text);
  if (scheme) {
    text = text.slice(scheme[0].length).replace(/\/+$/, '');
    note = 'schemeStripped';
  }
  const cidr = CIDR.exec(text);
  if (cidr) {
    const v4 = cidr[1];
    const okV4 = v4 !== undefined && v4.split('.').every((o) => Number(o) <= 255) && Number(cidr[2]) <= 32;
    const okV6 = cidr[3] !== undefined && Number(cidr[4]) <= 128;
    return okV4 || okV6 ? ok({ value: text, note }) : fail('validation.insecure.format', { value: input.trim() });
  }
  if (text.includes('/') || !isHostPort(text)) return fail('validation.insecure.format', { value: input.trim() });
  return ok({ value: text, note });
}

/** http-proxy / https-proxy: an http, https or socks5 URL; empty means unset. */
export function parseProxyUrl(input: string): ParseResult<string> {
  const text = input.trim();
  if (!text) return ok('');
  if (!/^(https?|socks5h?):\/\/[^\s]+$/i.test(text)) return fail('validation.proxy.format', { value: text });
  try {
    new URL(text);
  } catch {
    return fail('validation.proxy.format', { value: text });
  }
  return ok(text);
}
