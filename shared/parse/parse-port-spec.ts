import { fail, ok, parseLines, type ParseResult } from './parse-result';

export type PortProtocol = 'tcp' | 'udp' | 'sctp';
/** One container port and where it is published; hostPort '' lets the engine pick. */
export interface PortBinding {
  hostIp: string;
  hostPort: string;
  containerPort: number;
  protocol: PortProtocol;
}

const PORT = /^\d{1,5}$/;
const RANGE = /^(\d{1,5})(?:-(\d{1,5}))?$/;

function parseRange(text: string): [number, number] | null {
  const m = RANGE.exec(text);
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from < 1 || to > 65535 || to < from) return null;
  return [from, to];
}

function splitIp(spec: string): { ip: string; rest: string } {
  // [::1]:8080:80 — an IPv6 host address is bracketed, as in `docker run -p`.
  const v6 = /^\[([0-9a-fA-F:.]+)\]:(.*)$/.exec(spec);
  if (v6) return { ip: v6[1]!, rest: v6[2]! };
  const parts = spec.split(':');
  if (parts.length === 3) return { ip: parts[0]!, rest: `${parts[1]}:${parts[2]}` };
  return { ip: '', rest: spec };
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
function isIp(ip: string): boolean {
  const m = IPV4.exec(ip);
  if (m) return m.slice(1).every((n) => Number(n) <= 255);
  return ip.includes(':') && /^[0-9a-fA-F:.]+$/.test(ip);
}

/** `-p [ip:][hostPort:]containerPort[/proto]`, ranges allowed (`8000-8001:80-81`). */
export function parsePortSpec(spec: string): ParseResult<PortBinding[]> {
  const [address, protoText, extra] = spec.trim().split('/');
  if (extra !== undefined || !address) return fail('validation.port.format', { value: spec });
  const protocol = (protoText ?? 'tcp').toLowerCase();
  if (protocol !== 'tcp' && protocol !== 'udp' && protocol !== 'sctp') return fail('validation.port.protocol', { value: protoText ?? '' });
  const { ip, rest } = splitIp(address);
  if (ip && !isIp(ip)) return fail('validation.port.ip', { value: ip });
  const pieces = rest.split(':');
  if (pieces.length > 2) return fail('validation.port.format', { value: spec });
  const hostText = pieces.length === 2 ? pieces[0]! : '';
  const containerText = pieces[pieces.length - 1]!;
  const container = parseRange(containerText);
  if (!container) return fail('validation.port.number', { value: containerText });
  const count = container[1] - container[0] + 1;
  let host: [number, number] | null = null;
  if (hostText) {
    host = parseRange(hostText);
    if (!host) return fail('validation.port.number', { value: hostText });
    const hostCount = host[1] - host[0] + 1;
    if (hostCount !== count && !(hostCount > 1 && count === 1)) return fail('validation.port.rangeMismatch', { value: spec });
  }
  const bindings: PortBinding[] = [];
  for (let i = 0; i < count; i++) {
    const hostPort = host ? (host[0] === host[1] || count > 1 ? String(host[0] + i) : `${host[0]}-${host[1]}`) : '';
    bindings.push({ hostIp: ip, hostPort, containerPort: container[0] + i, protocol });
  }
  return ok(bindings);
}

export function parsePortLines(text: string): ParseResult<PortBinding[]> {
  const result = parseLines(text, parsePortSpec);
  return result.ok ? ok(result.value.flat()) : result;
}

export const isPortNumber = (text: string): boolean => PORT.test(text) && Number(text) >= 1 && Number(text) <= 65535;
