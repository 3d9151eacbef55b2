import { EventEmitter } from 'node:events';
import type Docker from 'dockerode';
import { describe, expect, it, vi } from 'vitest';
import { RunWatch } from './run-watch';

/** An engine stand-in whose container state the test sets; inspect answers with it. */
function setup() {
  let state = { Running: true, StartedAt: 'run1', FinishedAt: '0001-01-01T00:00:00Z' };
  const info = () => ({ Id: 'abc123', State: { ...state } }) as unknown as Docker.ContainerInspectInfo;
  const engine = Object.assign(new EventEmitter(), {
    current: { state: 'connected' } as never,
    requireClient: () => ({ getContainer: () => ({ inspect: async () => info() }) }) as unknown as Docker,
  });
  const kinds: string[] = [];
  const watch = new RunWatch(engine as never, 'abc', 'abc', (kind) => kinds.push(kind));
  const set = (next: Partial<typeof state>) => { state = { ...state, ...next }; };
  const start = () => engine.emit('event', { type: 'container', action: 'start', id: 'abc123' });
  return { watch, info, set, start, kinds, engine };
}

describe('the run watch of a log follower', () => {
  it('a start while waiting is a restart, told once even if the event comes twice', async () => {
    const t = setup();
    t.watch.seen(t.info());
    t.set({ Running: false, FinishedAt: '2026-12-01T00:00:01Z' });
    t.watch.ended(t.info(), 'now');
    const next = t.watch.next(new AbortController().signal);
    t.set({ Running: true, StartedAt: 'run2' });
    t.start();
    t.start();
    await expect(next).resolves.toBe('restarted');
    await vi.waitFor(() => expect(t.kinds).toEqual(['stopped', 'restarted']));
    t.set({ Running: false });
    t.start(); // late: the run it announced has already stopped
    await new Promise((r) => setImmediate(r));
    expect(t.kinds).toEqual(['stopped', 'restarted']);
  });

  it('a quick restart seen only after the stream ended still says stopped, then restarted', () => {
    const t = setup();
    t.watch.seen(t.info());
    t.set({ StartedAt: 'run2', FinishedAt: '2026-12-01T00:00:01Z' });
    t.watch.ended(t.info(), 'now');
    expect(t.kinds).toEqual(['stopped', 'restarted']);
  });

  it('a broken stream of the same run says nothing; an engine coming back says reconnected, then a start found by inspect is a restart', async () => {
    const t = setup();
    t.watch.seen(t.info());
    t.watch.ended(t.info(), 'now');
    expect(t.kinds).toEqual([]);
    t.set({ Running: false });
    t.watch.ended(t.info(), 'now');
    const next = t.watch.next(new AbortController().signal);
    t.engine.emit('connected');
    await expect(next).resolves.toBe('reconnected');
    t.set({ Running: true, StartedAt: 'run2' }); // started before the follower's stream reopened: no event needed
    t.watch.seen(t.info());
    expect(t.kinds).toEqual(['stopped', 'reconnected', 'restarted']);
  });

  it('the stop time is the engine\'s, or when it was noticed if the engine has none', () => {
    const stamps: (string | undefined)[] = [];
    const t = setup();
    const watch = new RunWatch(t.engine as never, 'abc', 'abc', (_kind, ts) => stamps.push(ts));
    watch.seen(t.info());
    t.set({ Running: false });
    watch.ended(t.info(), 'noticed');
    expect(stamps).toEqual(['noticed']);
  });
});
