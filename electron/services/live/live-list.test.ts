import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveUpdate } from '../../../shared/live';
import type { EngineEvent } from '../engine/engine-event';
import { LiveList, type LiveSource } from './live-list';

interface Item { id: string; v: number }

/** An engine stand-in: its objects, the calls made to it, and a switch to make its reads fail. */
class FakeEngine extends EventEmitter {
  current = { state: 'connected' };
  objects = new Map<string, number>();
  calls: string[] = [];
  failing = false;
  event(id: string): void {
    this.emit('event', { type: 'thing', action: 'change', id, attributes: {}, timeNano: 0 } satisfies EngineEvent);
  }
}

function sourceOf(engine: FakeEngine): LiveSource<Item> {
  const check = (): void => { if (engine.failing) throw new Error('engine sick'); };
  return {
    key: (item) => item.id,
    relevant: (event) => (event.type === 'thing' ? [event.id] : null),
    list: async () => {
      engine.calls.push('list');
      check();
      return [...engine.objects].map(([id, v]) => ({ id, v }));
    },
    read: async (ids) => {
      engine.calls.push(`read ${ids.join(',')}`);
      check();
      return new Map(ids.map((id) => [id, engine.objects.has(id) ? { id, v: engine.objects.get(id)! } : null]));
    },
  };
}

let engine: FakeEngine;
let list: LiveList<Item>;
let updates: LiveUpdate<Item>[];

beforeEach(async () => {
  vi.useFakeTimers();
  engine = new FakeEngine();
  engine.objects.set('a', 1).set('b', 1);
  list = new LiveList(engine, sourceOf(engine), { coalesceMs: 30, backstopMs: 60_000 });
  updates = [];
  list.on('update', (u) => updates.push(u));
  list.start();
  await vi.advanceTimersByTimeAsync(30);
  expect(updates).toEqual([{ kind: 'delta', upsert: [{ id: 'a', v: 1 }, { id: 'b', v: 1 }], remove: [] }]);
  updates = [];
});
afterEach(() => {
  list.stop();
  vi.useRealTimers();
});

describe('LiveList', () => {
  it('lists everything once connected, then reads only what events name, a burst coalesced into one read', async () => {
    expect(list.completeSnapshot()).toEqual([{ id: 'a', v: 1 }, { id: 'b', v: 1 }]);
    engine.objects.set('a', 2);
    engine.event('a');
    engine.event('a');
    engine.event('b');
    await vi.advanceTimersByTimeAsync(30);
    expect(engine.calls).toEqual(['list', 'read a,b']);
    expect(updates).toEqual([{ kind: 'delta', upsert: [{ id: 'a', v: 2 }], remove: [] }]);
  });

  it('drops what a read says is gone; ignores events of other kinds', async () => {
    engine.objects.delete('b');
    engine.event('b');
    engine.emit('event', { type: 'other', action: 'x', id: 'a', attributes: {}, timeNano: 0 });
    await vi.advanceTimersByTimeAsync(30);
    expect(engine.calls).toEqual(['list', 'read b']);
    expect(updates).toEqual([{ kind: 'delta', upsert: [], remove: ['b'] }]);
  });

  it('the backstop resync sends nothing when nothing changed, and what changed when an event was missed', async () => {
    await vi.advanceTimersByTimeAsync(60_000);
    expect(engine.calls).toEqual(['list', 'list']);
    expect(updates).toEqual([]);
    engine.objects.set('c', 1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(updates).toEqual([{ kind: 'delta', upsert: [{ id: 'c', v: 1 }], remove: [] }]);
  });

  it('an event during a read causes another read after it', async () => {
    let release!: () => void;
    const source = sourceOf(engine);
    const slow = new LiveList(engine, { ...source, read: async (ids) => { await new Promise<void>((r) => (release = r)); return source.read!(ids); } }, { coalesceMs: 30 });
    const seen: LiveUpdate<Item>[] = [];
    slow.on('update', (u) => seen.push(u));
    slow.start();
    await vi.advanceTimersByTimeAsync(30);
    engine.event('a');
    await vi.advanceTimersByTimeAsync(30); // the read of 'a' is in flight
    engine.objects.set('a', 3);
    engine.event('a');
    await vi.advanceTimersByTimeAsync(30);
    release();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(slow.snapshot().find((i) => i.id === 'a')).toEqual({ id: 'a', v: 3 });
    slow.stop();
  });

  it('retries a failed read with a growing delay, then converges', async () => {
    engine.failing = true;
    engine.objects.set('a', 5);
    engine.event('a');
    await vi.advanceTimersByTimeAsync(30);
    await vi.advanceTimersByTimeAsync(60); // first retry: 2 × 30 ms
    await vi.advanceTimersByTimeAsync(120); // second: 4 × 30 ms
    const tries = engine.calls.length;
    expect(engine.calls.slice(1)).toEqual(['read a', 'list', 'list']);
    await vi.advanceTimersByTimeAsync(200); // the third waits 240 ms: nothing yet
    expect(engine.calls.length).toBe(tries);
    engine.failing = false;
    await vi.advanceTimersByTimeAsync(40);
    expect(list.snapshot().find((i) => i.id === 'a')).toEqual({ id: 'a', v: 5 });
  });

  it('waits while disconnected, and lists everything again on reconnect', async () => {
    engine.current = { state: 'disconnected' };
    engine.event('a');
    await vi.advanceTimersByTimeAsync(30);
    expect(list.completeSnapshot()).toBeNull();
    expect(engine.calls).toEqual(['list']);
    engine.current = { state: 'connected' };
    engine.emit('connected');
    await vi.advanceTimersByTimeAsync(30);
    expect(engine.calls).toEqual(['list', 'list', 'read a']);
  });

  it('a watcher gets the snapshot, then the deltas, until its signal aborts', async () => {
    const stop = new AbortController();
    const got: LiveUpdate<Item>[] = [];
    const reading = (async () => { for await (const u of list.watch(stop.signal)) got.push(u); })();
    await vi.advanceTimersByTimeAsync(0);
    engine.objects.set('b', 9);
    engine.event('b');
    await vi.advanceTimersByTimeAsync(30);
    stop.abort();
    await reading;
    expect(got).toEqual([{ kind: 'snapshot', items: [{ id: 'a', v: 1 }, { id: 'b', v: 1 }] }, { kind: 'delta', upsert: [{ id: 'b', v: 9 }], remove: [] }]);
    expect(list.listenerCount('update')).toBe(1); // only this test's own
  });

  it('a watcher that comes before the first list waits for it: its snapshot is the list, never an empty one', async () => {
    const late = new LiveList(engine, sourceOf(engine), { coalesceMs: 30 });
    const stop = new AbortController();
    const got: LiveUpdate<Item>[] = [];
    const reading = (async () => { for await (const u of late.watch(stop.signal)) got.push(u); })();
    await vi.advanceTimersByTimeAsync(0);
    expect(got).toEqual([]);
    late.start(); // an engine whose lists start on first use
    await vi.advanceTimersByTimeAsync(30);
    stop.abort();
    await reading;
    late.stop();
    expect(got[0]).toEqual({ kind: 'snapshot', items: [{ id: 'a', v: 1 }, { id: 'b', v: 1 }] });
  });

  it('a source without reads lists again for any named item; a whole-list watcher gets the whole list each time', async () => {
    const own = new FakeEngine(); // the other list of this file follows `engine`
    own.objects.set('a', 1).set('b', 1);
    const whole = new LiveList(own, { ...sourceOf(own), read: undefined }, { coalesceMs: 30 });
    whole.start();
    const stop = new AbortController();
    const got: Item[][] = [];
    const reading = (async () => { for await (const items of whole.watchWhole(stop.signal)) got.push(items); })();
    await vi.advanceTimersByTimeAsync(30);
    own.calls = [];
    own.objects.set('c', 1);
    own.event('c');
    own.event('a');
    await vi.advanceTimersByTimeAsync(30);
    stop.abort();
    await reading;
    whole.stop();
    expect(own.calls).toEqual(['list']);
    expect(got).toEqual([[{ id: 'a', v: 1 }, { id: 'b', v: 1 }], [{ id: 'a', v: 1 }, { id: 'b', v: 1 }, { id: 'c', v: 1 }]]);
  });
});
