import path from 'node:path';
import { z } from 'zod';
import { EngineId, EngineSpec, engineHostUrl } from '../../../shared/engine';
import { OwnJsonFile } from '../daemon/own-json-file';
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

/** The engines the user added, in `engines.json` beside Berth's settings (paths to key files, never their content). */
export class SavedEngines {
  private readonly store: OwnJsonFile<z.output<typeof EnginesFile>>;

  constructor(file: string) {
    this.store = new OwnJsonFile(file, EnginesFile, { engines: [] }, 'errors.engines.fileUnreadable');
  }

  static in(configDir: string): SavedEngines {
    return new SavedEngines(path.join(configDir, 'engines.json'));
  }

  /** Why the file could not be read: Berth then starts without it and refuses to write over it. */
  get problem(): string | null {
    return this.store.problem;
  }

  list(): readonly SavedEngine[] {
    return this.store.value.engines;
  }

  async put(engine: SavedEngine): Promise<void> {
    const engines = this.list();
    await this.store.write({ engines: engines.some((e) => e.id === engine.id) ? engines.map((e) => (e.id === engine.id ? engine : e)) : [...engines, engine] });
  }

  async remove(id: string): Promise<void> {
    await this.store.write({ engines: this.list().filter((e) => e.id !== id) });
  }
}
