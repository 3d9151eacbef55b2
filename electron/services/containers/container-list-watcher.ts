import { EventEmitter, on } from 'node:events';
import type { ContainerListUpdate, ContainerSummary } from '../../../shared/containers';
import type { EngineMonitor } from '../engine/engine-monitor';
import { toContainerSummary } from './container-summary';

export interface WatcherOptions {
  /** Engine events inside this window become one list call and one update. */
  coalesceMs?: number;
  /** A slow full resync, in case an event was ever missed. */
  backstopMs?: number;
}

/** Above this many changed containers one full list is cheaper than an id filter. */
const FULL_RESYNC_THRESHOLD = 50;

/**
 * The live container list, kept in main from the engine's event stream (no polling):
 * a full list on every (re)connect, then only the containers events name.
 */
export class ContainerListWatcher extends EventEmitter<{ update: [ContainerListUpdate] }> {
  private readonly containers = new Map<string, ContainerSummary>();
  private readonly pending = new Set<string>();
  private fullResyncPending = false;
  private flushTimer: NodeJS.Timeout | null = null;
  private backstop: NodeJS.Timeout | null = null;
  private work: Promise<void> = Promise.resolve();
  private readonly coalesceMs: number;
  private readonly backstopMs: number;
  /** A full list has been read since the engine last connected. */
  private listed = false;

  constructor(
    private readonly engine: EngineMonitor,
    options: WatcherOptions = {},
  ) {
    super();
    this.setMaxListeners(0);
    this.coalesceMs = options.coalesceMs ?? 30;
    this.backstopMs = options.backstopMs ?? 60_000;
  }

  start(): void {
    this.engine.on('connected', () => {
      this.listed = false;
      this.schedule(null);
    });
    this.engine.on('event', (event) => {
      if (event.type === 'container') this.schedule(event.id);
    });
    this.backstop = setInterval(() => this.schedule(null), this.backstopMs);
    this.backstop.unref();
    if (this.engine.current.state === 'connected') this.schedule(null);
  }

  stop(): void {
    if (this.backstop) clearInterval(this.backstop);
    if (this.flushTimer) clearTimeout(this.flushTimer);
  }

  snapshot(): ContainerSummary[] {
    return [...this.containers.values()];
  }

  /** The list, once it is known to be complete (not while the first list after a connect is in flight). */
  completeSnapshot(): ContainerSummary[] | null {
    return this.listed && this.engine.current.state === 'connected' ? this.snapshot() : null;
  }

  async *watch(signal: AbortSignal): AsyncGenerator<ContainerListUpdate> {
    const updates = on(this, 'update', { signal });
    yield { kind: 'snapshot', containers: this.snapshot() };
    try {
      for await (const [update] of updates) yield update as ContainerListUpdate;
    } catch (err) {
      if (!signal.aborted) throw err;
    }
  }

  /** Marks one container (or, with null, everything) as changed; the refresh runs once the window closes. */
  private schedule(id: string | null): void {
    if (id === null) this.fullResyncPending = true;
    else this.pending.add(id);
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = null;
      this.work = this.work.then(() => this.flush());
    }, this.coalesceMs);
  }

  private async flush(): Promise<void> {
    const ids = [...this.pending];
    const full = this.fullResyncPending || ids.length > FULL_RESYNC_THRESHOLD;
    this.pending.clear();
    this.fullResyncPending = false;
    let docker;
    try {
      docker = this.engine.requireClient();
    } catch {
      return; // Reconnecting: the next 'connected' resyncs everything.
    }
    try {
      const listed = await docker.listContainers({ all: true, ...(full ? {} : { filters: { id: ids } }) });
      this.apply(listed.map(toContainerSummary), full ? [...this.containers.keys()] : ids);
      if (full) this.listed = true;
    } catch {
      if (full) this.fullResyncPending = true;
      else ids.forEach((id) => this.pending.add(id));
    }
  }

  /** Replaces the containers in `scope` with `fresh`, emitting only what actually changed. */
  private apply(fresh: ContainerSummary[], scope: string[]): void {
    const upsert: ContainerSummary[] = [];
    const seen = new Set<string>();
    for (const container of fresh) {
      seen.add(container.id);
      const before = this.containers.get(container.id);
      if (!before || JSON.stringify(before) !== JSON.stringify(container)) {
        this.containers.set(container.id, container);
        upsert.push(container);
      }
    }
    const remove = scope.filter((id) => !seen.has(id) && this.containers.delete(id));
    if (upsert.length || remove.length) this.emit('update', { kind: 'delta', upsert, remove });
  }
}
