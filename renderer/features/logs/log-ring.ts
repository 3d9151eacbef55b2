import type { LogLine } from '../../../shared/logs';

/** A line as the view keeps it: a log line, or a marker the follower sent (restart, reconnect, …). */
export type ViewLine = (LogLine & { kind: 'line' }) | { kind: 'marker'; marker: string; ts: string; source?: number };

/**
 * Fixed-capacity ring of lines: memory stays bounded whatever the rate; when full, the oldest lines go.
 * `dropped` counts them so that indexes stay meaningful to the caller.
 */
export class LogRing {
  private readonly items: (ViewLine | undefined)[];
  private start = 0;
  private count = 0;
  dropped = 0;
  /** Bumped by clear(), so that anything indexed by position knows to start over. */
  generation = 0;

  constructor(readonly capacity: number) {
    this.items = new Array<ViewLine | undefined>(capacity);
  }

  get length(): number {
    return this.count;
  }

  push(line: ViewLine): void {
    const at = (this.start + this.count) % this.capacity;
    this.items[at] = line;
    if (this.count < this.capacity) this.count++;
    else {
      this.start = (this.start + 1) % this.capacity;
      this.dropped++;
    }
  }

  at(index: number): ViewLine {
    return this.items[(this.start + index) % this.capacity]!;
  }

  clear(): void {
    this.items.fill(undefined);
    this.start = 0;
    this.count = 0;
    this.dropped = 0;
    this.generation++;
  }
}
