import { DEFAULT_ENGINE, type EngineEntry, type EngineSource } from '../../../shared/engine';
import { BerthError } from '../../../shared/errors';
import type { EngineEndpoint } from '../engine/engine-endpoint';
import { createEngineScope, type EngineScope, type ScopeContext } from './engine-scope';

interface Known { entry: EngineEntry; endpoints: EngineEndpoint[] }

/**
 * The engines Berth knows, and one scope (connection, lists, services) per engine, made on first use and stopped when
 * the engine is removed. Losing one engine never disturbs another: each scope has its own monitor and backoff.
 */
export class EngineRegistry {
  private readonly known = new Map<string, Known>();
  private readonly scopes = new Map<string, EngineScope>();

  constructor(private readonly context: ScopeContext) {}

  /** Adds an engine, or replaces one of the same id (its old scope is stopped). */
  add(id: string, label: string, endpoints: EngineEndpoint[], source: EngineSource): EngineEntry {
    this.remove(id);
    const local = endpoints.every((e) => e.kind === 'socket');
    const entry = { id, label, endpoint: endpoints.map((e) => e.label).join(', '), local, source };
    this.known.set(id, { entry, endpoints });
    return entry;
  }

  /** The engine's entry; an unknown id is NOT_FOUND ("Berth does not know an engine named …"). */
  entry(id: string): EngineEntry {
    return this.require(id).entry;
  }

  has(id: string): boolean {
    return this.known.has(id);
  }

  /** A new name only: the scope, its connection and everything the user has open on it stay. */
  rename(id: string, label: string): EngineEntry {
    const known = this.require(id);
    known.entry = { ...known.entry, label };
    return known.entry;
  }

  /** Skips every engine's backoff (a host key was just trusted, say). */
  retryAll(): void {
    for (const scope of this.scopes.values()) scope.monitor.retryNow();
  }

  remove(id: string): void {
    this.scopes.get(id)?.stop();
    this.scopes.delete(id);
    this.known.delete(id);
  }

  list(): EngineEntry[] {
    return [...this.known.values()].map((k) => k.entry);
  }

  scope(id: string): EngineScope {
    const existing = this.scopes.get(id);
    if (existing) return existing;
    const known = this.require(id);
    const made = createEngineScope(id, known.endpoints, this.context, id === DEFAULT_ENGINE);
    this.scopes.set(id, made);
    return made;
  }

  private require(id: string): Known {
    const known = this.known.get(id);
    if (!known) throw new BerthError({ code: 'NOT_FOUND', message: { key: 'errors.engine.unknown', params: { engine: id } } });
    return known;
  }

  /** The engine found the way the docker CLI finds it. */
  get default(): EngineScope {
    return this.scope(DEFAULT_ENGINE);
  }

  stop(): void {
    for (const id of [...this.known.keys()]) this.remove(id);
  }
}
