import { describe, expect, it } from 'vitest';
import { lineFilter, searchPattern, tsNanos } from '../../../shared/logs';
import { FrameDecoder } from './log-frames';
import { LineSplitter, RecentLines, sinceParam } from './log-lines';

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
  it('orders engine timestamps by time, not text, and resumes a little before the newest line', () => {
    expect(tsNanos('2026-11-23T10:00:00.1Z') > tsNanos('2026-11-23T10:00:00.09Z')).toBe(true);
    expect(sinceParam(tsNanos('2026-11-23T10:00:00.000000042Z'))).toBe('1795428000.000000042');
    const recent = new RecentLines();
    const line = { ts: '2026-11-23T10:00:10Z', stream: 'stdout' as const, text: 'a' };
    expect(recent.add(line)).toBe(true);
    expect(recent.resumeFrom()).toBe(tsNanos('2026-11-23T10:00:10Z')); // nothing older is remembered
    expect([recent.add(line), recent.add({ ...line, stream: 'stderr' })]).toEqual([false, true]); // after a resume: skip what was shown
    recent.add({ ...line, ts: '2026-11-23T10:00:17Z' });
    recent.add({ ...line, ts: '2026-11-23T10:00:20Z' });
    expect(recent.resumeFrom()).toBe(tsNanos('2026-11-23T10:00:17Z')); // 10:00:10 left the 5 s window
    expect(recent.add(line)).toBe(true); // forgotten: older than the window, and never asked for again
  });
  it('searches as typed or as a regex; an invalid regex matches nothing', () => {
    expect(lineFilter({ filter: 'a.b', regex: false, caseSensitive: false })('xA.By')).toBe(true);
    expect(lineFilter({ filter: 'a.b', regex: false, caseSensitive: false })('axb')).toBe(false);
    expect(lineFilter({ filter: '^A', regex: true, caseSensitive: true })('abc')).toBe(false);
    expect(searchPattern({ filter: '(', regex: true, caseSensitive: false })).toBeNull();
    expect(lineFilter({ filter: '(', regex: true, caseSensitive: false })('(')).toBe(false);
  });
});
