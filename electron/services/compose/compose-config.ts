import type { ComposeConfig } from '../../../shared/compose';

type Raw = Record<string, unknown>;
const keys = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value && typeof value === 'object' ? Object.keys(value) : []);

/** A port as compose resolves it: v1 keeps the short form ("8080:80/tcp"), v2 the long one ({published, target, …}). */
function portText(port: unknown): string {
  if (typeof port !== 'object' || port === null) return String(port);
  const p = port as { host_ip?: string; published?: string | number; target?: number; protocol?: string };
  const host = [p.host_ip, p.published].filter((x) => x !== undefined && x !== '').join(':');
  return `${host ? `${host}:` : ''}${p.target}${p.protocol && p.protocol !== 'tcp' ? `/${p.protocol}` : ''}`;
}

function volumeText(volume: unknown): string {
  // v1 writes the short form with its default mode spelt out ("data:/data:rw"); v2 the long form.
  if (typeof volume !== 'object' || volume === null) return String(volume).replace(/:rw$/, '');
  const v = volume as { source?: string; target?: string; read_only?: boolean };
  return `${v.source ? `${v.source}:` : ''}${v.target}${v.read_only ? ':ro' : ''}`;
}

/** The parts of `compose config`'s output (v1 YAML or v2 JSON, parsed) the screen shows, per service by name. */
export function summarizeConfig(raw: unknown): ComposeConfig {
  const root = (raw ?? {}) as Raw;
  const services = (root.services ?? {}) as Record<string, Raw>;
  return {
    services: Object.entries(services).sort(([a], [b]) => a.localeCompare(b)).map(([name, s]) => ({
      name,
      image: typeof s.image === 'string' ? s.image : null,
      build: s.build !== undefined,
      ports: ((s.ports ?? []) as unknown[]).map(portText),
      volumes: ((s.volumes ?? []) as unknown[]).map(volumeText),
      networks: keys(s.networks),
      dependsOn: keys(s.depends_on),
      profiles: keys(s.profiles),
    })),
    volumes: keys(root.volumes),
    networks: keys(root.networks),
  };
}
