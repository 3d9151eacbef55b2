import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { type EngineSpec, engineHostUrl } from '../../../shared/engine';
import { BerthError } from '../../../shared/errors';
import { writeFileAtomic } from '../daemon/atomic-write';
import { type EndpointContext, type EngineEndpoint, parseDockerHost, tlsFilesIn } from '../engine/engine-endpoint';
import type { SpecFiles } from './spec-files';

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
    // A context carries its own TLS material: the environment's DOCKER_TLS_VERIFY and DOCKER_CERT_PATH do not apply
    // (the agent's socket does: an ssh context signs in as the CLI would).
    let endpoint: EngineEndpoint;
    try {
      endpoint = parseDockerHost(docker.Host, { ...ctx, env: { SSH_AUTH_SOCK: ctx.env.SSH_AUTH_SOCK } });
    } catch {
      return [];
    }
    if (endpoint.kind === 'tcp') {
      const tlsDir = path.join(configDir, 'contexts', 'tls', dir, 'docker');
      // As the CLI: TLS when the context has material; each file used where present (no client certificate, the system's CAs).
      endpoint = { ...endpoint, tls: existsSync(tlsDir) ? tlsFilesIn(tlsDir, docker.SkipTLSVerify !== true, ctx.platform, existsSync) : null };
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

/** The names `docker context create` accepts. */
const CONTEXT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.+-]*$/;

/**
 * Writes an engine as a Docker context, laid out as `docker context create` does: `meta/<sha256 of name>/meta.json`, and
 * copies of the TLS files in `tls/<same>/docker/` (a context owns its material). An SSH key stays where it is: the CLI
 * signs in through ssh, which finds keys itself.
 */
export async function writeDockerContext(configDir: string, spec: EngineSpec, files: SpecFiles, existing: DockerContext[]): Promise<void> {
  if (!CONTEXT_NAME.test(spec.name)) throw new BerthError({ code: 'INVALID_INPUT', fields: { name: { key: 'validation.engine.contextName' } } });
  if (spec.name === 'default' || existing.some((c) => c.name === spec.name)) {
    throw new BerthError({ code: 'INVALID_INPUT', fields: { name: { key: 'validation.engine.contextExists', params: { name: spec.name } } } });
  }
  const id = createHash('sha256').update(spec.name).digest('hex');
  const tls = spec.kind === 'tcp' && spec.tls;
  if (tls) await writeTlsMaterial(path.join(configDir, 'contexts', 'tls', id), files);
  const meta = {
    Name: spec.name,
    Metadata: { Description: 'Added in Berth' },
    Endpoints: { docker: { Host: engineHostUrl(spec), SkipTLSVerify: Boolean(tls) && !spec.verify } },
  };
  await writeFileAtomic(path.join(configDir, 'contexts', 'meta', id, 'meta.json'), JSON.stringify(meta), 0o644);
}

/**
 * The context's copies of the TLS files, as read and checked (PEM) for the form: the key readable by its owner only,
 * as the CLI writes it. A failure removes the context's TLS folder, so no half-made context is left.
 */
async function writeTlsMaterial(root: string, files: SpecFiles): Promise<void> {
  const dir = path.join(root, 'docker');
  const copies: [string, Buffer | undefined, number][] = [['ca.pem', files.ca, 0o644], ['cert.pem', files.cert, 0o644], ['key.pem', files.key, 0o600]];
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    for (const [name, bytes, mode] of copies) if (bytes) await writeFileAtomic(path.join(dir, name), bytes, mode);
  } catch (err) {
    await rm(root, { recursive: true, force: true });
    throw err;
  }
}
