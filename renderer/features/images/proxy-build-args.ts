import type { ClientProxies } from '../../../shared/daemon/daemon-api';

/**
 * The proxy build args (predefined by Docker: no ARG line needed) from config.json's proxies, merged into the
 * KEY=value lines already typed: a key that is there keeps its line.
 */
export function withProxyArgs(lines: string, proxies: ClientProxies): string {
  const wanted: [string, string][] = [['HTTP_PROXY', proxies.httpProxy], ['HTTPS_PROXY', proxies.httpsProxy], ['NO_PROXY', proxies.noProxy]];
  const present = new Set(lines.split(/\r?\n/).map((l) => l.slice(0, l.indexOf('=')).trim()));
  const added = wanted.filter(([key, value]) => value && !present.has(key)).map(([key, value]) => `${key}=${value}`);
  return [lines.trimEnd(), ...added].filter(Boolean).join('\n');
}
