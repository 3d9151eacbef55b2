import { afterEach, describe, expect, it, vi } from 'vitest';
import { AsyncQueue, Batcher, streamJob } from './async-queue';

async function all<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of source) items.push(item);
  return items;
}

afterEach(() => vi.useRealTimers());

describe('AsyncQueue', () => {
  it('yields what was pushed before and after iteration started, in order, until it ends', async () => {
    const queue = new AsyncQueue<number>();
    queue.push(1);
    const got = all(queue.iterate(new AbortController().signal));
    queue.push(2);
    await Promise.resolve();
    queue.push(3);
    queue.end();
    expect(await got).toEqual([1, 2, 3]);
  });

  it('stops a waiting consumer when its signal aborts', async () => {
    const queue = new AsyncQueue<number>();
    const abort = new AbortController();
    const got = all(queue.iterate(abort.signal));
    queue.push(1);
    await Promise.resolve();
    abort.abort();
    expect(await got).toEqual([1]);
  });
});

describe('streamJob', () => {
  it('streams what the work pushes, and a failure as one last event', async () => {
    const events = await all(streamJob<string>(new AbortController().signal, async (push) => {
      push('a');
      await Promise.resolve();
      push('b');
      throw new Error('boom');
    }, (err) => `failed: ${(err as Error).message}`));
    expect(events).toEqual(['a', 'b', 'failed: boom']);
  });

  it('sends no failure to a subscriber that has left', async () => {
    const abort = new AbortController();
    let fail!: (err: Error) => void;
    const failed = vi.fn(() => 'failed');
    const got = all(streamJob<string>(abort.signal, (push) => { push('a'); return new Promise((_, reject) => { fail = reject; }); }, failed));
    await Promise.resolve();
    abort.abort();
    fail(new Error('cancelled'));
    expect(await got).toEqual(['a']);
    expect(failed).not.toHaveBeenCalled();
  });
});

describe('Batcher', () => {
  it('hands over a batch when it is full, or after the delay from its first item', () => {
    vi.useFakeTimers();
    const batches: number[][] = [];
    const batcher = new Batcher<number>((b) => batches.push(b), { delayMs: 50, maxItems: 3 });
    [1, 2, 3, 4].forEach((n) => batcher.add(n));
    expect(batches).toEqual([[1, 2, 3]]);
    vi.advanceTimersByTime(49);
    expect(batches).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it('hands over when the weight is reached (bytes, not count)', () => {
    const batches: string[][] = [];
    const batcher = new Batcher<string>((b) => batches.push(b), { delayMs: 1000, maxItems: 100, maxWeight: 10, weigh: (s) => s.length });
    ['aaaa', 'bbbb', 'cc', 'd'].forEach((s) => batcher.add(s));
    expect(batches).toEqual([['aaaa', 'bbbb', 'cc']]);
    batcher.flush();
    expect(batches).toEqual([['aaaa', 'bbbb', 'cc'], ['d']]);
  });

  it('with leading, sends an item after a quiet spell at once and batches what follows within the delay', () => {
    vi.useFakeTimers();
    const batches: string[][] = [];
    const batcher = new Batcher<string>((b) => batches.push(b), { delayMs: 20, maxItems: 100, leading: true });
    batcher.add('k');
    expect(batches).toEqual([['k']]);
    batcher.add('e');
    batcher.add('y');
    vi.advanceTimersByTime(20);
    expect(batches).toEqual([['k'], ['e', 'y']]);
    vi.advanceTimersByTime(100);
    batcher.add('!');
    expect(batches).toEqual([['k'], ['e', 'y'], ['!']]);
  });
});
