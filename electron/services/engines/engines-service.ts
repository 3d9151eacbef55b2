import type { EnginesService } from '../../../shared/api/engines';
import type { EngineEntry, EngineSpec } from '../../../shared/engine';
import { BerthError } from '../../../shared/errors';
import { type EndpointContext, sshAuth } from '../engine/engine-endpoint';
import { trustHostKey } from '../engine/known-hosts';
import { readDockerContexts, writeDockerContext } from './docker-contexts';
import type { EngineRegistry } from './engine-registry';
import { probeEngine } from './probe-engine';
import { readSpecFiles } from './spec-files';
import { type SavedEngines, specEndpoint } from './saved-engines';

export interface EnginesContext {
  registry: EngineRegistry;
  saved: SavedEngines;
  host: EndpointContext;
  /** The docker CLI's folder, where "also save as a Docker context" writes. */
  dockerConfigDir: string;
}

/** An id for a new engine from its name; CJK and other names without ASCII letters get a numbered one. */
function newEngineId(name: string, registry: EngineRegistry): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'engine';
  // Never one of the ids discovery gives (the default engine, contexts, Podman), even for an engine added later.
  const base = /^(local|context-|podman)/.test(slug) ? `engine-${slug}` : slug;
  let id = base;
  for (let n = 2; registry.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The user's engines: added, tested, renamed and removed in Berth; the others are the environment's or the CLI's. */
export function createEnginesService({ registry, saved, host, dockerConfigDir }: EnginesContext): EnginesService {
  const nameTaken = (name: string, except?: string): void => {
    const lower = name.toLowerCase();
    if (registry.list().some((e) => e.id !== except && e.label.toLowerCase() === lower)) {
      throw new BerthError({ code: 'INVALID_INPUT', fields: { name: { key: 'validation.engine.nameTaken', params: { name } } } });
    }
  };
  const ownEngine = (id: string): EngineEntry => {
    const entry = registry.entry(id);
    if (entry.source !== 'berth') throw new BerthError({ code: 'CONFLICT', message: { key: `errors.engine.notOwn.${entry.source}` } });
    return entry;
  };
  return {
    list: () => registry.list(),
    test: async (spec) => {
      await readSpecFiles(spec);
      return probeEngine(specEndpoint(spec, host));
    },
    add: async (spec: EngineSpec) => {
      nameTaken(spec.name);
      const files = await readSpecFiles(spec);
      const id = newEngineId(spec.name, registry);
      if (spec.saveAsContext) await writeDockerContext(dockerConfigDir, spec, files, readDockerContexts(dockerConfigDir, host));
      await saved.put({ ...spec, id, ...(spec.saveAsContext ? { context: spec.name } : {}) });
      return registry.add(id, spec.name, [specEndpoint(spec, host)], 'berth');
    },
    rename: async ({ id, name }) => {
      ownEngine(id);
      nameTaken(name, id);
      const engine = saved.list().find((e) => e.id === id)!;
      await saved.put({ ...engine, name });
      return registry.rename(id, name);
    },
    remove: async ({ id }) => {
      ownEngine(id);
      await saved.remove(id);
      registry.remove(id);
    },
    trustHostKey: async (hostKey) => {
      await trustHostKey(sshAuth(host, null).knownHosts, hostKey);
      registry.retryAll();
    },
  };
}
