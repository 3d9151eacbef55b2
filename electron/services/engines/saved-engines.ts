import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { EngineId, EngineSpec, engineHostUrl } from '../../../shared/engine';
import { BerthError } from '../../../shared/errors';
import { writeFileAtomic } from '../daemon/atomic-write';
import { type EndpointContext, type EngineEndpoint, parseDockerHost, sshAuth } from '../engine/engine-endpoint';

/** An engine the user added, as Berth keeps it: the form's fields (paths to files, never their content) and its id. */
export const SavedEngine = EngineSpec.and(z.object({ id: EngineId, context: z.string().optional() }));
export type SavedEngine = z.output<typeof SavedEngine>;

const EnginesFile = z.object({ engines: z.array(SavedEngine) });

/** Where an added engine listens, as the engine client takes it. */
export function specEndpoint(spec: EngineSpec, host: EndpointContext): EngineEndpoint {
  const endpoint = parseDockerHost(engineHostUrl(spec), { ...host, env: { SSH_AUTH_SOCK: host.env.SSH_AUTH_SOCK } });
  if (endpoint.kind === 'ssh') return { ...endpoint, auth: sshAuth(host, spec.identityFile || null) };
  if (endpoint.kind !== 'tcp') return endpoint;
  if (!spec.tls) return { ...endpoint, tls: null };
  const file = (p: string): string | null => p || null;
  return { ...endpoint, tls: { ca: spec.verify ? file(spec.ca) : null, cert: file(spec.cert), key: file(spec.key), verify: spec.verify } };
}

/**
 * The engines the user added, in `engines.json` beside Berth's settings. Read once at start-up; every change is written
 * whole and atomically, so a crash leaves the old list or the new one.
 */
export class SavedEngines {
  private engines: SavedEngine[] = [];
  /** Why the file could not be read: Berth then starts without it and refuses to write over it. */
  readonly problem: string | null = null;

  constructor(private readonly file: string) {
    try {
      this.engines = readEnginesFile(file);
    } catch (err) {
      this.problem = `${file}: ${(err as Error).message}`;
    }
  }

  static in(configDir: string): SavedEngines {
    return new SavedEngines(path.join(configDir, 'engines.json'));
  }

  list(): readonly SavedEngine[] {
    return this.engines;
  }

  async put(engine: SavedEngine): Promise<void> {
    const next = this.engines.some((e) => e.id === engine.id)
      ? this.engines.map((e) => (e.id === engine.id ? engine : e))
      : [...this.engines, engine];
    await this.write(next);
  }

  async remove(id: string): Promise<void> {
    await this.write(this.engines.filter((e) => e.id !== id));
  }

  private async write(engines: SavedEngine[]): Promise<void> {
    if (this.problem) throw new BerthError({ code: 'FILE_ERROR', message: { key: 'errors.engines.fileUnreadable' }, detail: this.problem });
    await writeFileAtomic(this.file, `${JSON.stringify({ engines }, null, 2)}\n`, 0o600);
    this.engines = engines;
  }
}

/** A missing file is an empty list. */
function readEnginesFile(file: string): SavedEngine[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return EnginesFile.parse(JSON.parse(text)).engines;
}
