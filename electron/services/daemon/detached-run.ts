import { EventEmitter, on } from 'node:events';

/**
 * Drains a generator to its end whoever listens, keeping what it yielded. An apply must not stop half-way because
 * the window that started it closed or its socket dropped; a listener that comes back replays from the start.
 */
export class DetachedRun<T> {
  private readonly items: T[] = [];
  private finished = false;
  private readonly changes = new EventEmitter();
  readonly done: Promise<void>;

  constructor(source: AsyncIterable<T>, onError: (err: unknown) => T) {
    this.changes.setMaxListeners(0);
    this.done = (async () => {
      try {
        for await (const item of source) this.push(item);
      } catch (err) {
        this.push(onError(err));
      } finally {
        this.finished = true;
        this.changes.emit('change');
      }
    })();
  }

  private push(item: T): void {
    this.items.push(item);
    this.changes.emit('change');
  }

  async *follow(signal: AbortSignal): AsyncGenerator<T> {
    let next = 0;
    const changed = on(this.changes, 'change', { signal });
    try {
      for (;;) {
        while (next < this.items.length) yield this.items[next++]!;
        if (this.finished) return;
        await changed.next();
      }
    } catch (err) {
      if (!signal.aborted) throw err;
    } finally {
      await changed.return?.();
    }
  }
}
