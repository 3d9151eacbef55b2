import { StringDecoder } from 'node:string_decoder';
import { type LogLine, tsMillis, tsNanos } from '../../../shared/logs';

/** The engine's `since`/`until` form: seconds.nanoseconds. */
export const sinceParam = (nanos: bigint): string => `${nanos / 1_000_000_000n}.${String(nanos % 1_000_000_000n).padStart(9, '0')}`;

const STAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d)) /;
/** The json-file driver stores a long line as 16 KiB parts, and `docker logs -t` stamps every part. */
const PART = 16 * 1024;

function joinPartials(text: string): string {
  let out = text;
  for (let at = PART; at < out.length; at += PART) {
    const stamp = STAMP.exec(out.slice(at, at + 40));
    if (!stamp) break;
    out = out.slice(0, at) + out.slice(at + stamp[0].length);
  }
  return out;
}

/**
 * Splits one stream's bytes into lines. With `timestamps` the engine starts every line with its RFC 3339 time and a
 * space. UTF-8 split across chunks is joined by the decoder; `\r\n` ends a line like `\n`.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private rest = '';

  constructor(private readonly stream: LogLine['stream']) {}

  push(bytes: Buffer): LogLine[] {
    this.rest += this.decoder.write(bytes);
    const lines: LogLine[] = [];
    let newline: number;
    while ((newline = this.rest.indexOf('\n')) >= 0) {
      lines.push(this.line(this.rest.slice(0, newline)));
      this.rest = this.rest.slice(newline + 1);
    }
    return lines;
  }

  /** A last line without a newline, when the stream ends. */
  flush(): LogLine[] {
    this.rest += this.decoder.end();
    const last = this.rest;
    this.rest = '';
    return last ? [this.line(last)] : [];
  }

  private line(raw: string): LogLine {
    const text = raw.replace(/\r+$/, ''); // a TTY turns \r\n into \r\r\n
    const stamp = STAMP.exec(text);
    if (!stamp) return { ts: '', stream: this.stream, text };
    return { ts: stamp[1]!, stream: this.stream, text: joinPartials(text.slice(stamp[0].length)) };
  }
}

/**
 * Lines already shown, for the overlap when a follow resumes: the engine's stdout and stderr copiers race, so lines
 * are not strictly in timestamp order, and resuming exactly at the last timestamp could drop or repeat some. Resume
 * a little earlier and skip what is remembered here: the last few seconds of lines, at most MAX of them (a flood
 * moves the resume point forward instead of growing memory). Lines are only queued as they pass; the set to check
 * against is built when a resume needs it.
 */
export class RecentLines {
  static readonly WINDOW_MS = 5_000;
  static readonly MAX = 50_000;
  private order: { line: LogLine; at: number }[] = [];
  private head = 0;
  private newest: LogLine | null = null;
  private newestAt = 0;
  private seen: Set<string> | null = null;

  private static key(line: LogLine): string {
    return `${line.ts}\u0000${line.stream}\u0000${line.text}`;
  }

  /** False when the line was seen already (checked only after a resume). */
  add(line: LogLine): boolean {
    if (this.seen) {
      const key = RecentLines.key(line);
      if (this.seen.has(key)) return false;
      this.seen.add(key);
    }
    const at = tsMillis(line.ts);
    this.order.push({ line, at });
    if (at > this.newestAt || !this.newest) {
      this.newestAt = at;
      this.newest = line;
    }
    this.prune();
    return true;
  }

  /** Where to resume (ns): a window before the newest line, but never before what is still remembered. */
  resumeFrom(): bigint | null {
    const oldest = this.order[this.head];
    if (!oldest || !this.newest) return null;
    this.seen = new Set(this.order.slice(this.head).map((e) => RecentLines.key(e.line)));
    const windowStart = tsNanos(this.newest.ts) - BigInt(RecentLines.WINDOW_MS) * 1_000_000n;
    const oldestAt = tsNanos(oldest.line.ts);
    return oldestAt > windowStart ? oldestAt : windowStart;
  }

  private prune(): void {
    const limit = this.newestAt - RecentLines.WINDOW_MS;
    while (this.head < this.order.length && (this.order.length - this.head > RecentLines.MAX || this.order[this.head]!.at < limit)) {
      this.seen?.delete(RecentLines.key(this.order[this.head]!.line));
      this.head++;
    }
    if (this.head > 4096 && this.head * 2 > this.order.length) {
      this.order = this.order.slice(this.head);
      this.head = 0;
    }
  }
}
