import { describe, expect, it } from 'vitest';
import { compileSearch, lineFilter } from '../../../shared/log-search';
import { cutOf, tsNanos } from '../../../shared/log-wire';
import { FrameDecoder } from './log-frames';
import { FollowPosition, LineSplitter, MAX_LINE_CHARS, sinceParam } from './log-lines';

const frame = (stream: 1 | 2, text: string | Buffer) => {
  const payload = typeof text === 'string' ? Buffer.from(text) : text;
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
};

describe('log streams', () => {
  it('demultiplexes frames split anywhere, keeping stdout and stderr apart', () => {
    const bytes = Buffer.concat([frame(1, 'out\n'), frame(2, 'err\n'), frame(1, 'more\n')]);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const decoder = new FrameDecoder();
      const frames = [...decoder.push(bytes.subarray(0, cut)), ...decoder.push(bytes.subarray(cut))];
      expect(frames.map((f) => [f.stream, f.payload.toString()])).toEqual([['stdout', 'out\n'], ['stderr', 'err\n'], ['stdout', 'more\n']]);
    }
  });
  it('splits lines, joins UTF-8 split across chunks, handles \\r\\n and the engine timestamp', () => {
    const text = Buffer.from('2026-11-23T10:00:00.5Z héllo 世界\r\n2026-11-23T10:00:01Z second\nno stamp');
    const splitter = new LineSplitter('stdout');
    const lines = [];
    for (let i = 0; i < text.length; i++) lines.push(...splitter.push(text.subarray(i, i + 1))); // one byte at a time
    lines.push(...splitter.flush());
    expect(lines).toEqual([
      { ts: '2026-11-23T10:00:00.5Z', stream: 'stdout', text: 'héllo 世界' },
      { ts: '2026-11-23T10:00:01Z', stream: 'stdout', text: 'second' },
      { ts: '', stream: 'stdout', text: 'no stamp' },
    ]);
  });
  it('rejoins a long line the json-file driver stored in 16 KiB parts, each stamped', () => {
    const ts = '2026-11-23T10:00:00.123456789Z';
    const part = 'x'.repeat(16 * 1024);
    const lines = new LineSplitter('stdout').push(Buffer.from(`${ts} ${part}${ts} ${part}${ts} end\n`));
    expect(lines).toEqual([{ ts, stream: 'stdout', text: `${part}${part}end` }]);
  });
  it('cuts a 100 MB line at the cap, counting the rest, in time linear in its bytes', () => {
    const ts = '2026-11-23T10:00:00.123456789Z';
    // As the engine sends it: 16 KiB parts, each stamped, the newline only after the last.
    const chunk = Buffer.from(`${ts} ${'a'.repeat(16 * 1024)}`.repeat(4));
    const splitter = new LineSplitter('stdout');
    const parts = Math.ceil(100e6 / (16 * 1024));
    const lines = [];
    for (let i = 0; i < parts / 4; i++) lines.push(...splitter.push(chunk));
    lines.push(...splitter.push(Buffer.from(`${ts} end\nnext\n`)));
    expect(lines).toHaveLength(2);
    const { text, cut } = cutOf(lines[0]!.text);
    expect(text).toBe('a'.repeat(MAX_LINE_CHARS));
    expect(cut).toBe((parts / 4) * 4 * 16 * 1024 + 3 - MAX_LINE_CHARS); // every stamp left out, 'end' counted
    expect(lines[1]).toEqual({ ts: '', stream: 'stdout', text: 'next' });
  });
  it('orders engine timestamps by time, not text', () => {
    expect(tsNanos('2026-11-23T10:00:00.1Z') > tsNanos('2026-11-23T10:00:00.09Z')).toBe(true);
    expect(sinceParam(tsNanos('2026-11-23T10:00:00.000000042Z'))).toBe('1795428000.000000042');
  });
  it('resumes from the stream furthest behind and skips, per stream, exactly what was shown', () => {
    const position = new FollowPosition();
    const out = (ts: string, text: string) => ({ ts: `2026-11-23T10:00:${ts}Z`, stream: 'stdout' as const, text });
    const err = (ts: string, text: string) => ({ ...out(ts, text), stream: 'stderr' as const });
    expect(position.resumeFrom()).toBeNull();
    // Two stdout lines share a stamp; stderr is a second behind.
    for (const line of [out('01', 'a'), err('01.5', 'e'), out('02', 'b'), out('03', 'c'), out('03', 'd')]) expect(position.add(line)).toBe(true);
    expect(position.resumeFrom()).toBe(tsNanos('2026-11-23T10:00:01.5Z'));
    // The engine sends again from 01.5: what was shown is skipped, a third line stamped 03 and later lines are new.
    const again = [err('01.5', 'e'), out('02', 'b'), out('03', 'c'), err('02.5', 'late'), out('03', 'd'), out('03', 'x'), out('04', 'y')];
    expect(again.filter((line) => position.add(line)).map((l) => l.text)).toEqual(['late', 'x', 'y']);
  });
  it('asks for no more than the overlap before the newest line when a stream has been quiet', () => {
    const position = new FollowPosition();
    position.add({ ts: '2026-11-23T09:00:00Z', stream: 'stderr', text: 'long ago' });
    position.add({ ts: '2026-11-23T10:00:10Z', stream: 'stdout', text: 'now' });
    expect(position.resumeFrom()).toBe(tsNanos('2026-11-23T10:00:05Z'));
    expect(position.add({ ts: '2026-11-23T10:00:06Z', stream: 'stderr', text: 'new' })).toBe(true);
    expect(position.add({ ts: '2026-11-23T10:00:10Z', stream: 'stdout', text: 'now' })).toBe(false);
  });
  it('searches as typed or as a regex; an invalid regex matches nothing', () => {
    expect(lineFilter({ filter: 'a.b', regex: false, caseSensitive: false })('xA.By')).toBe(true);
    expect(lineFilter({ filter: 'a.b', regex: false, caseSensitive: false })('axb')).toBe(false);
    expect(lineFilter({ filter: '^A', regex: true, caseSensitive: true })('abc')).toBe(false);
    expect(compileSearch({ filter: '(', regex: true, caseSensitive: false })).toBe('invalid');
    expect(lineFilter({ filter: '(', regex: true, caseSensitive: false })('(')).toBe(false);
  });
});
