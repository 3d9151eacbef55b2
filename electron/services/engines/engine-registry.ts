import { DEFAULT_ENGINE, type EngineEntry } from '../../../shared/engine';
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
  add(id: string, label: string, endpoints: EngineEndpoint[]): void {
    this.remove(id);
    const local = endpoints.every((e) => e.kind === 'socket');
    this.known.set(id, { entry: { id, label, endpoint: endpoints.map((e) => e.label).join(', '), local }, endpoints });
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
    const known = this.known.get(id);
    if (!known) throw new BerthError({ code: 'NOT_FOUND', message: { key: 'errors.engine.unknown', params: { engine: id } } });
    const made = createEngineScope(id, known.endpoints, this.context, id === DEFAULT_ENGINE);
    this.scopes.set(id, made);
    return made;
  }

  /** The engine found the way the docker CLI finds it. */
  get default(): EngineScope {
    return this.scope(DEFAULT_ENGINE);
  }

  stop(): void {
    for (const id of [...this.known.keys()]) this.remove(id);
  }
}
