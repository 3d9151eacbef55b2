import { StringDecoder } from 'node:string_decoder';
import type { LogLine } from '../../../shared/logs';
import { LINE_CUT, tsNanos } from '../../../shared/log-wire';

/** The engine's `since`/`until` form: seconds.nanoseconds. */
export const sinceParam = (nanos: bigint): string => `${nanos / 1_000_000_000n}.${String(nanos % 1_000_000_000n).padStart(9, '0')}`;

const STAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d)) /;
/** The json-file driver stores a long line as 16 KiB parts, and `docker logs -t` stamps every part. */
const PART = 16 * 1024;
/** Enough characters to read a stamp (RFC 3339 with nanoseconds and an offset, and its space). */
const STAMP_WINDOW = 40;
/** A line longer than this is cut: the rest is counted, not kept (a 100 MB line once grew main by 580 MiB). */
export const MAX_LINE_CHARS = 1 << 20;

/**
 * Splits one stream's bytes into lines. With `timestamps` the engine starts every line with its RFC 3339 time and a
 * space. UTF-8 split across chunks is joined by the decoder; `\r\n` ends a line like `\n`. Linear in the bytes
 * however long a line is: each character is looked at once, a line's parts are joined once when it ends, and what
 * is past MAX_LINE_CHARS is only counted (the line ends with LINE_CUT and the count).
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  /** Text held back until a stamp can be read: at a line's start, or at a part boundary. */
  private carry = '';
  /** The current line's stamp; null before it is read. */
  private ts: string | null = null;
  private kept: string[] = [];
  private keptChars = 0;
  private cutChars = 0;
  /** Characters of the current part still to come before the next part's stamp (Infinity: no stamps). */
  private partLeft = PART;

  constructor(private readonly stream: LogLine['stream']) {}

  push(bytes: Buffer): LogLine[] {
    const lines: LogLine[] = [];
    this.scan(this.carry + this.decoder.write(bytes), lines, false);
    return lines;
  }

  /** A last line without a newline, when the stream ends. */
  flush(): LogLine[] {
    const lines: LogLine[] = [];
    this.scan(this.carry + this.decoder.end(), lines, true);
    if (this.ts !== null || this.keptChars || this.cutChars) lines.push(this.finish());
    return lines;
  }

  private scan(text: string, lines: LogLine[], ending: boolean): void {
    this.carry = '';
    let at = 0;
    while (at < text.length) {
      const newline = text.indexOf('\n', at);
      const end = newline < 0 ? text.length : newline;
      if (this.ts === null || (this.partLeft === 0 && at < end)) {
        // A stamp may start here: wait for enough text to tell, unless the line or the stream ends first.
        if (end - at < STAMP_WINDOW && newline < 0 && !ending) {
          this.carry = text.slice(at);
          return;
        }
        const stamp = STAMP.exec(text.slice(at, Math.min(end, at + STAMP_WINDOW)));
        if (this.ts === null) this.ts = stamp ? stamp[1]! : '';
        if (stamp) at += stamp[0].length;
        this.partLeft = this.ts ? PART : Infinity;
        continue;
      }
      const take = Math.min(end - at, this.partLeft);
      this.keep(text, at, at + take);
      at += take;
      this.partLeft -= take;
      if (at === newline) {
        lines.push(this.finish());
        at++;
      }
    }
  }

  private keep(text: string, from: number, to: number): void {
    const room = Math.max(0, Math.min(to - from, MAX_LINE_CHARS - this.keptChars));
    if (room) {
      this.kept.push(text.slice(from, from + room));
      this.keptChars += room;
    }
    this.cutChars += to - from - room;
  }

  private finish(): LogLine {
    let text = this.kept.join('');
    if (this.cutChars) text += `${LINE_CUT}${this.cutChars}`;
    else text = text.replace(/\r+$/, ''); // a TTY turns \r\n into \r\r\n
    const line = { ts: this.ts ?? '', stream: this.stream, text };
    this.ts = null;
    this.kept = [];
    this.keptChars = 0;
    this.cutChars = 0;
    return line;
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
