import { describe, expect, it } from 'vitest';
import type { LogLine } from './logs';
import { batchColumns, packLines } from './log-wire';

describe('a lines batch on the wire', () => {
  it('comes back line by line exactly, timestamps front-coded', () => {
    const stamps = [
      '2026-11-23T21:59:51.811402880Z', '2026-11-23T21:59:51.811416923Z', '2026-11-23T21:59:51.8114Z', '2026-11-23T21:59:52Z',
      '', '2026-11-23T21:59:52.5+08:00', '2026-11-23T21:59:52.5+08:00', '1999-01-01T00:00:00Z',
    ];
    const lines: LogLine[] = stamps.map((ts, i) => ({ ts, stream: i % 3 ? 'stdout' : 'stderr', text: i === 2 ? '' : `line "${i}"\r\\` }));
    const batch = packLines(lines);
    // 24 shared characters is 'H' ('0' + 24), 18 is 'B'
    expect(batch.stamps.split('\n').slice(0, 4)).toEqual([`0${stamps[0]}`, 'H16923Z', 'HZ', 'B2Z']);
    expect(batchColumns(batch)).toEqual({ stamps, texts: lines.map((l) => l.text) });
    expect(batch.stderr).toEqual([0, 3, 6]);
    expect(batchColumns(packLines([]))).toEqual({ stamps: [], texts: [] });
  });
  it('is much smaller than the stamps themselves for lines of one second', () => {
    const oneSecond = Array.from({ length: 100 }, (_, i) => `2026-11-23T21:59:51.${String(811402880 + i * 9973).replace(/0+$/, '')}Z`);
    const batch = packLines(oneSecond.map((ts) => ({ ts, stream: 'stdout', text: '' })));
    expect(batchColumns(batch).stamps).toEqual(oneSecond);
    expect(batch.stamps.length).toBeLessThan(oneSecond.join('\n').length * 0.4);
  });
});
