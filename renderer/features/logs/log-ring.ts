import type { LogLine } from '../../../shared/logs';

/** A line as the view keeps it: a log line, or a marker the follower sent (restart, reconnect, …). */
export type ViewLine = (LogLine & { kind: 'line' }) | { kind: 'marker'; marker: string; ts: string; source?: number };

const STDERR = 1;
const MARKER = 2;

/**
 * Fixed-capacity ring of lines: memory stays bounded whatever the rate; when full, the oldest lines go.
 * `dropped` counts them so that indexes stay meaningful to the caller. Lines are kept as columns (no object per
 * line); `at()` builds the object for a row that is drawn.
 */
export class LogRing {
  private readonly ts: string[];
  private readonly text: string[];
  private readonly flags: Uint8Array;
  private readonly sources: Int32Array;
  private start = 0;
  private count = 0;
  dropped = 0;
  /** Bumped by clear(), so that anything indexed by position knows to start over. */
  generation = 0;

  constructor(readonly capacity: number) {
    this.ts = new Array<string>(capacity);
    this.text = new Array<string>(capacity);
    this.flags = new Uint8Array(capacity);
    this.sources = new Int32Array(capacity).fill(-1);
  }

  get length(): number {
    return this.count;
  }

  /** Appends one line; `text` holds the marker's kind for a marker. */
  add(ts: string, text: string, stderr: boolean, source = -1, marker = false): void {
    const at = (this.start + this.count) % this.capacity;
    this.ts[at] = ts;
    this.text[at] = text;
    this.flags[at] = (stderr ? STDERR : 0) | (marker ? MARKER : 0);
    this.sources[at] = source;
    if (this.count < this.capacity) this.count++;
    else {
      this.start = (this.start + 1) % this.capacity;
      this.dropped++;
    }
  }

  push(line: ViewLine): void {
    if (line.kind === 'marker') this.add(line.ts, line.marker, false, line.source ?? -1, true);
    else this.add(line.ts, line.text, line.stream === 'stderr', line.source ?? -1);
  }

  /** The text of line `index` (a marker's kind for a marker): what searches scan. */
  textAt(index: number): string | null {
    const at = (this.start + index) % this.capacity;
    return this.flags[at]! & MARKER ? null : this.text[at]!;
  }

  at(index: number): ViewLine {
    const at = (this.start + index) % this.capacity;
    const source = this.sources[at]! >= 0 ? this.sources[at] : undefined;
    if (this.flags[at]! & MARKER) return { kind: 'marker', marker: this.text[at]!, ts: this.ts[at]!, source };
    return { kind: 'line', ts: this.ts[at]!, text: this.text[at]!, stream: this.flags[at]! & STDERR ? 'stderr' : 'stdout', source };
  }

  clear(): void {
    this.ts.fill('');
    this.text.fill('');
    this.start = 0;
    this.count = 0;
    this.dropped = 0;
    this.generation++;
  }
}
