import { StringDecoder } from 'node:string_decoder';
import type { LogLine } from '../../../shared/logs';
import { tsNanos } from '../../../shared/log-wire';

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
 * Where a follow has got to, so that a resume has no gap and no duplicate. The engine stamps each stream's lines in
 * the order it writes them (one copier per stream), so per stream the last timestamp and how many lines carried it
 * say exactly what was shown: no memory of the lines themselves. Only stdout and stderr race each other, so a resume
 * asks for a little before the newest line (the other stream may be behind) and skips, per stream, what is at or
 * before its position.
 */
export class FollowPosition {
  static readonly OVERLAP_MS = 5_000;
  private readonly streams = new Map<LogLine['stream'], { ts: string; count: number; replay: { ns: bigint; skip: number } | null }>();

  /** False when the line was shown already (possible only after a resume). */
  add(line: LogLine): boolean {
    let at = this.streams.get(line.stream);
    if (!at) this.streams.set(line.stream, (at = { ts: '', count: 0, replay: null }));
    if (at.replay) {
      const ns = tsNanos(line.ts);
      if (ns < at.replay.ns || (ns === at.replay.ns && at.replay.skip-- > 0)) return false;
      at.replay = null;
    }
    if (line.ts === at.ts) at.count++;
    else {
      at.ts = line.ts;
      at.count = 1;
    }
    return true;
  }

  /** Where to resume (ns): the stream furthest behind, but no more than the overlap before the newest line. */
  resumeFrom(): bigint | null {
    const positions = [...this.streams.values()].filter((at) => at.ts);
    if (!positions.length) return null;
    for (const at of positions) at.replay = { ns: tsNanos(at.ts), skip: at.count };
    const times = positions.map((at) => at.replay!.ns);
    const newest = times.reduce((a, b) => (a > b ? a : b));
    const behind = times.reduce((a, b) => (a < b ? a : b));
    const earliest = newest - BigInt(FollowPosition.OVERLAP_MS) * 1_000_000n;
    return behind > earliest ? behind : earliest;
  }
}
