import { StringDecoder } from 'node:string_decoder';
import { type LogLine, tsNanos } from '../../../shared/logs';

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
 * a little earlier and skip what is remembered here (the last few seconds of lines).
 */
export class RecentLines {
  static readonly WINDOW_NS = 5_000_000_000n;
  private readonly seen = new Map<string, bigint>();
  private newest = 0n;

  /** False when the line was seen already. */
  add(line: LogLine): boolean {
    const key = `${line.ts}\u0000${line.stream}\u0000${line.text}`;
    if (this.seen.has(key)) return false;
    const at = tsNanos(line.ts);
    this.seen.set(key, at);
    if (at > this.newest) this.newest = at;
    if (this.seen.size > 20_000) this.prune();
    return true;
  }

  /** Where to resume: a window before the newest line. */
  resumeFrom(): bigint | null {
    return this.newest ? this.newest - RecentLines.WINDOW_NS : null;
  }

  private prune(): void {
    for (const [key, at] of this.seen) if (at < this.newest - RecentLines.WINDOW_NS) this.seen.delete(key);
  }
}
