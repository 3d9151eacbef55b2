import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type EndpointContext, type EngineEndpoint, parseDockerHost } from '../engine/engine-endpoint';

/** A Docker context as the docker CLI keeps it (`docker context create`), as an engine Berth can connect to. */
export interface DockerContext {
  name: string;
  description: string;
  endpoint: EngineEndpoint;
}

interface ContextMeta {
  Name?: unknown;
  Metadata?: { Description?: unknown };
  Endpoints?: { docker?: { Host?: unknown; SkipTLSVerify?: unknown } };
}

/** The contexts under `<DOCKER_CONFIG>/contexts`: `meta/<id>/meta.json`, and TLS material in `tls/<id>/docker/`. */
export function readDockerContexts(configDir: string, ctx: EndpointContext): DockerContext[] {
  const metaRoot = path.join(configDir, 'contexts', 'meta');
  const dirs = existsSync(metaRoot) ? readdirSync(metaRoot) : [];
  return dirs.flatMap((dir): DockerContext[] => {
    let meta: ContextMeta;
    try {
      meta = JSON.parse(readFileSync(path.join(metaRoot, dir, 'meta.json'), 'utf8')) as ContextMeta;
    } catch {
      return []; // a folder without a readable meta.json is not a context the CLI would list either
    }
    const docker = meta.Endpoints?.docker;
    if (typeof meta.Name !== 'string' || typeof docker?.Host !== 'string') return [];
    // A context carries its own TLS material: the environment's DOCKER_TLS_VERIFY and DOCKER_CERT_PATH do not apply.
    let endpoint: EngineEndpoint;
    try {
      endpoint = parseDockerHost(docker.Host, { ...ctx, env: {} });
    } catch {
      return [];
    }
    if (endpoint.kind === 'tcp') {
      const tlsDir = path.join(configDir, 'contexts', 'tls', dir, 'docker');
      endpoint = { ...endpoint, tls: existsSync(tlsDir) ? { certPath: tlsDir, verify: docker.SkipTLSVerify !== true } : null };
    }
    const description = typeof meta.Metadata?.Description === 'string' ? meta.Metadata.Description : '';
    return [{ name: meta.Name, description, endpoint }];
  }).sort((a, b) => a.name.localeCompare(b.name));
}

/** The context the docker CLI would use: DOCKER_CONTEXT, then config.json's `currentContext`; null for "default". */
export function currentContextName(configDir: string, env: Record<string, string | undefined>): string | null {
  let name = env.DOCKER_CONTEXT;
  if (!name) {
    try {
      const config = JSON.parse(readFileSync(path.join(configDir, 'config.json'), 'utf8')) as { currentContext?: unknown };
      name = typeof config.currentContext === 'string' ? config.currentContext : undefined;
    } catch {
      name = undefined;
    }
  }
  return name && name !== 'default' ? name : null;
}

/** An engine id for a context name (ids are lower-case letters, digits and dashes). */
export function contextEngineId(name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48) || 'unnamed';
  return `context-${slug}`;
}
