import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { RegistryListing } from '../../../shared/registries';
import { DOCKER_HUB_SERVER } from '../../../shared/registries';
import { BerthError } from '../../../shared/errors';
import type { EngineMonitor } from '../engine/engine-monitor';
import type { Credentials } from './docker-credentials';

const PAGE = 1000;
const TIMEOUT_MS = 15_000;

interface RegistryConfig { IndexConfigs?: Record<string, { Secure?: boolean }>; InsecureRegistryCIDRs?: string[] }

/** Plain HTTP is allowed exactly where the engine allows it: insecure-registries, by name or by CIDR (127.0.0.0/8 by default). */
export async function isInsecure(engine: EngineMonitor, server: string): Promise<boolean> {
  const config = ((await engine.requireClient().info()) as { RegistryConfig?: RegistryConfig }).RegistryConfig ?? {};
  const named = config.IndexConfigs?.[server]?.Secure;
  if (named !== undefined) return !named;
  const host = server.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  const address = isIP(host) ? host : await lookup(host).then((r) => r.address, () => '');
  if (!address) return false;
  const list = new BlockList();
  for (const cidr of config.InsecureRegistryCIDRs ?? []) {
    const [net, prefix] = cidr.split('/');
    list.addSubnet(net!, Number(prefix), isIP(net!) === 6 ? 'ipv6' : 'ipv4');
  }
  return list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/** One `WWW-Authenticate` challenge: its scheme and parameters. */
export function parseChallenge(header: string): { scheme: string; params: Record<string, string> } {
  const [scheme = '', ...rest] = header.trim().split(/\s+/);
  const params: Record<string, string> = {};
  for (const m of rest.join(' ').matchAll(/(\w+)="([^"]*)"/g)) params[m[1]!.toLowerCase()] = m[2]!;
  return { scheme: scheme.toLowerCase(), params };
}

const basic = (c: Credentials): string => `Basic ${Buffer.from(`${c.username}:${c.secret}`).toString('base64')}`;

/**
 * Reads the registry's v2 API as the engine would: https, or http for an insecure registry when https fails; Basic or
 * token (Bearer) auth with the stored login.
 */
export class RegistryClient {
  constructor(private readonly server: string, private readonly insecure: boolean, private readonly credentials: Credentials | null) {}

  private get bases(): string[] {
    const host = this.server === DOCKER_HUB_SERVER ? 'registry-1.docker.io' : this.server;
    return this.insecure ? [`https://${host}`, `http://${host}`] : [`https://${host}`];
  }

  private async token(challenge: Record<string, string>): Promise<string> {
    const url = new URL(challenge.realm ?? '');
    for (const key of ['service', 'scope'] as const) if (challenge[key]) url.searchParams.set(key, challenge[key]);
    const headers: Record<string, string> = this.credentials?.username ? { authorization: basic(this.credentials) } : {};
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) throw new BerthError({ code: response.status === 401 ? 'UNAUTHORIZED' : 'REGISTRY_ERROR', detail: `token ${response.status}` });
    const body = (await response.json()) as { token?: string; access_token?: string };
    return `Bearer ${body.token ?? body.access_token ?? ''}`;
  }

  private async fetchFrom(base: string, path: string): Promise<Response> {
    const get = (authorization?: string) =>
      fetch(base + path, { headers: authorization ? { authorization } : {}, signal: AbortSignal.timeout(TIMEOUT_MS) });
    const first = await get();
    if (first.status !== 401) return first;
    await first.body?.cancel();
    const { scheme, params } = parseChallenge(first.headers.get('www-authenticate') ?? '');
    if (scheme === 'bearer') return get(await this.token(params));
    return this.credentials?.username ? get(basic(this.credentials)) : first;
  }

  async getJson<T>(path: string): Promise<{ body: T; more: boolean }> {
    let lastError: unknown;
    for (const base of this.bases) {
      let response: Response;
      try {
        response = await this.fetchFrom(base, path);
      } catch (err) {
        if (err instanceof BerthError) throw err;
        lastError = err;
        continue; // https refused or not TLS: an insecure registry gets plain http next
      }
      if (response.status === 401) throw new BerthError({ code: 'UNAUTHORIZED', detail: `${this.server}: ${response.status} ${response.statusText}` });
      if (response.status === 404) throw new BerthError({ code: 'NOT_FOUND', detail: `${this.server}${path.replace(/\?.*/, '')}` });
      if (!response.ok) throw new BerthError({ code: 'REGISTRY_ERROR', detail: `${this.server}: ${response.status} ${response.statusText}` });
      return { body: (await response.json()) as T, more: /rel="next"/.test(response.headers.get('link') ?? '') };
    }
    const cause = (lastError as { cause?: { message?: string } })?.cause?.message ?? (lastError as Error)?.message;
    throw new BerthError({ code: 'REGISTRY_ERROR', detail: `${this.server}: ${cause}` });
  }

  async catalog(): Promise<RegistryListing> {
    const { body, more } = await this.getJson<{ repositories?: string[] }>(`/v2/_catalog?n=${PAGE}`);
    return { items: body.repositories ?? [], truncated: more };
  }

  async tags(repository: string): Promise<RegistryListing> {
    const { body, more } = await this.getJson<{ tags?: string[] | null }>(`/v2/${repository}/tags/list?n=${PAGE}`);
    return { items: body.tags ?? [], truncated: more };
  }
}
