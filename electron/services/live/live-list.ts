import { EventEmitter, on, once } from 'node:events';
import type { LiveUpdate } from '../../../shared/live';
import type { EngineEvent } from '../engine/engine-event';

/** What a live list needs of an engine connection: its state, and the news of (re)connects and events. */
export interface EngineFeed {
  readonly current: { state: string };
  on(name: 'connected', listener: () => void): unknown;
  on(name: 'event', listener: (event: EngineEvent) => void): unknown;
  off(name: 'connected', listener: () => void): unknown;
  off(name: 'event', listener: (event: EngineEvent) => void): unknown;
}

/** One kind of engine object, as a live list reads it. */
export interface LiveSource<T> {
  key(item: T): string;
  /** The keys an event names, or null when the event does not concern this list. */
  relevant(event: EngineEvent): string[] | null;
  /** Every item. `known` is what the list holds now (a source may carry over what a list call does not return). */
  list(known: ReadonlyMap<string, T>): Promise<T[]>;
  /**
   * The named items, read so that the answer already reflects the events that named them (null: gone). Without it,
   * named items are refreshed by a full list.
   */
  read?(keys: string[]): Promise<Map<string, T | null>>;
}

const MAX_RETRY_MS = 5_000;

export interface LiveListOptions {
  /** Events inside this window become one read and one update. */
  coalesceMs?: number;
  /** A slow full resync, in case an event was ever missed. */
  backstopMs?: number;
}

/**
 * A list of engine objects kept in main from the engine's event stream (no polling): a full list on every
 * (re)connect, then only what events name, coalesced; a slow backstop resync emits only real changes.
 * Reads are serialised, so an event that arrives during a read always causes another read after it.
 */
export class LiveList<T> extends EventEmitter<{ update: [LiveUpdate<T>]; listed: [] }> {
  private readonly items = new Map<string, T>();
  private readonly pending = new Set<string>();
  private fullPending = false;
  private flushTimer: NodeJS.Timeout | null = null;
  private backstop: NodeJS.Timeout | null = null;
  private work: Promise<void> = Promise.resolve();
  private readonly coalesceMs: number;
  private readonly backstopMs: number;
  /** Reads that failed in a row: the next try waits longer (up to MAX_RETRY_MS), so a sick engine is not hammered. */
  private failures = 0;
  /** A full list has been read since the engine last connected. */
  private listed = false;
  /** A full list has been read at least once: before that, a snapshot would be an empty list that is not true. */
  private listedOnce = false;
  private readonly onConnected = (): void => {
    this.listed = false;
    this.schedule(null);
  };
  private readonly onEvent = (event: EngineEvent): void => {
    const keys = this.source.relevant(event);
    if (keys) for (const key of keys) this.schedule(key);
  };

  constructor(
    private readonly feed: EngineFeed,
    private readonly source: LiveSource<T>,
    options: LiveListOptions = {},
  ) {
    super();
    this.setMaxListeners(0);
    this.coalesceMs = options.coalesceMs ?? 30;
    this.backstopMs = options.backstopMs ?? 60_000;
  }

  /** Starts following the engine; again is a no-op (lists start on first use). */
  start(): void {
    if (this.backstop) return;
    this.feed.on('connected', this.onConnected);
    this.feed.on('event', this.onEvent);
    this.backstop = setInterval(() => this.schedule(null), this.backstopMs);
    this.backstop.unref();
    // The first list is what a screen waits for: it goes at once, not after an event burst's coalescing window.
    if (this.feed.current.state === 'connected') this.schedule(null, 0);
  }

  stop(): void {
    this.feed.off('connected', this.onConnected);
    this.feed.off('event', this.onEvent);
    if (this.backstop) clearInterval(this.backstop);
    this.backstop = null;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
  }

  snapshot(): T[] {
    return [...this.items.values()];
  }

  /** The list, once it is known to be complete (not while the first list after a connect is in flight). */
  completeSnapshot(): T[] | null {
    return this.listed && this.feed.current.state === 'connected' ? this.snapshot() : null;
  }

  async *watch(signal: AbortSignal): AsyncGenerator<LiveUpdate<T>> {
    const updates = on(this, 'update', { signal });
    try {
      if (!this.listedOnce) await once(this, 'listed', { signal });
      yield { kind: 'snapshot', items: this.snapshot() };
      for await (const [update] of updates) yield update as LiveUpdate<T>;
    } catch (err) {
      if (!signal.aborted) throw err;
    }
  }

  /** The whole list, first and again after every change: for short lists whose readers want them whole (images). */
  async *watchWhole(signal: AbortSignal): AsyncGenerator<T[]> {
    const updates = this.watch(signal);
    let last: T[] | null = null;
    while (!(await updates.next()).done) {
      // An update queued while the first snapshot was read changes nothing: items are replaced only when they change.
      const now = this.snapshot();
      if (!last || now.length !== last.length || now.some((item, i) => item !== last![i])) yield (last = now);
    }
  }

  /** Marks one item (or, with null, everything) as changed; the read runs once the window closes. */
  private schedule(key: string | null, delayMs = this.coalesceMs): void {
    if (key === null) this.fullPending = true;
    else this.pending.add(key);
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = null;
      this.work = this.work.then(() => this.flush());
    }, delayMs);
  }

  private async flush(): Promise<void> {
    if (this.feed.current.state !== 'connected') return; // the next 'connected' resyncs everything
    const keys = [...this.pending];
    const full = this.fullPending || (keys.length > 0 && !this.source.read);
    this.pending.clear();
    this.fullPending = false;
    try {
      if (full) {
        const fresh = await this.source.list(this.items);
        this.apply(fresh, [...this.items.keys()]);
        this.listed = true;
        if (!this.listedOnce) {
          this.listedOnce = true;
          this.emit('listed');
        }
      }
      // Named items are read even after a full list: a list can be older than the event that named them.
      if (keys.length && this.source.read) {
        const read = await this.source.read(keys);
        this.apply([...read.values()].filter((item): item is T => item !== null), keys);
      }
      this.failures = 0;
    } catch {
      keys.forEach((key) => this.pending.add(key));
      this.failures++;
      this.schedule(null, Math.min(this.coalesceMs * 2 ** this.failures, MAX_RETRY_MS));
    }
  }

  /** Replaces the items in `scope` with `fresh`, emitting only what actually changed. */
  private apply(fresh: T[], scope: string[]): void {
    const upsert: T[] = [];
    const seen = new Set<string>();
    for (const item of fresh) {
      const key = this.source.key(item);
      seen.add(key);
      const before = this.items.get(key);
      if (before === undefined || JSON.stringify(before) !== JSON.stringify(item)) {
        this.items.set(key, item);
        upsert.push(item);
      }
    }
    const remove = scope.filter((key) => !seen.has(key) && this.items.delete(key));
    if (upsert.length || remove.length) this.emit('update', { kind: 'delta', upsert, remove });
  }
}
