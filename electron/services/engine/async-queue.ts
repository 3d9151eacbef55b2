/** A queue one producer pushes into and one consumer iterates; iteration stops when it ends or the signal aborts. */
export class AsyncQueue<T> {
  private readonly items: T[] = [];
  private ended = false;
  private wake: (() => void) | null = null;

  push(item: T): void {
    this.items.push(item);
    this.wake?.();
  }

  end(): void {
    this.ended = true;
    this.wake?.();
  }

  async *iterate(signal: AbortSignal): AsyncGenerator<T> {
    const onAbort = () => this.wake?.();
    signal.addEventListener('abort', onAbort);
    try {
      for (;;) {
        while (this.items.length) yield this.items.shift()!;
        if (this.ended || signal.aborted) return;
        await new Promise<void>((resolve) => { this.wake = resolve; });
        this.wake = null;
      }
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }
}

/**
 * Runs `work` in the background and yields what it pushes until it ends. A failure becomes one last event,
 * `failed(err)`, unless the subscriber has left. The pull, push, build and file jobs all stream this way.
 */
export async function* streamJob<T>(signal: AbortSignal, work: (push: (item: T) => void) => Promise<void>, failed: (err: unknown) => T): AsyncGenerator<T> {
  const queue = new AsyncQueue<T>();
  void work((item) => queue.push(item))
    .catch((err: unknown) => { if (!signal.aborted) queue.push(failed(err)); })
    .finally(() => queue.end());
  yield* queue.iterate(signal);
}

/**
 * Gathers items and hands them over in batches: when `maxItems` have gathered, or `delayMs` after the first of a
 * batch. High-rate streams cross the process boundary this way instead of one message per chunk. With `leading`, an
 * item that comes after a quiet spell goes at once (a keystroke's echo should not wait for a batch).
 */
export class Batcher<T> {
  private pending: T[] = [];
  private weight = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly emit: (batch: T[]) => void,
    private readonly options: { delayMs: number; maxItems: number; maxWeight?: number; weigh?: (item: T) => number; leading?: boolean },
  ) {}

  add(item: T): void {
    if (this.options.leading && !this.timer && this.pending.length === 0) {
      this.emit([item]);
      // Whatever follows within the delay is batched.
      this.timer = setTimeout(() => this.flush(), this.options.delayMs);
      return;
    }
    this.pending.push(item);
    this.weight += this.options.weigh?.(item) ?? 0;
    if (this.pending.length >= this.options.maxItems || (this.options.maxWeight !== undefined && this.weight >= this.options.maxWeight)) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.options.delayMs);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.pending.length) return;
    const batch = this.pending;
    this.pending = [];
    this.weight = 0;
    this.emit(batch);
  }
}
