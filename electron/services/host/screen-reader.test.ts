import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { UNREPORTED_SCREEN_READER, watchScreenReader } from './screen-reader';

describe('screen reader reports', () => {
  it('give the current answer, then each change, and stop listening when the subscriber goes', async () => {
    const system = new EventEmitter();
    let on = false;
    const source = { current: () => on, subscribe: (cb: (v: boolean) => void) => { system.on('change', cb); return () => system.off('change', cb); } };
    const abort = new AbortController();
    const seen: (boolean | null)[] = [];
    const done = (async () => { for await (const value of watchScreenReader(source, abort.signal)) seen.push(value); })();
    await new Promise((r) => setImmediate(r));
    on = true;
    system.emit('change', true);
    await new Promise((r) => setImmediate(r));
    abort.abort();
    await done;
    expect(seen).toEqual([false, true]);
    expect(system.listenerCount('change')).toBe(0);
  });
  it('are null where nothing reports them (a browser page)', async () => {
    const watch = watchScreenReader(UNREPORTED_SCREEN_READER, new AbortController().signal);
    expect((await watch.next()).value).toBeNull();
    await watch.return(undefined);
  });
});
