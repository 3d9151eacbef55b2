import { describe, expect, it } from 'vitest';
import { LogRing, type ViewLine } from './log-ring';
import { scanMatches } from './use-log-matches';

const line = (text: string): ViewLine => ({ kind: 'line', ts: '', stream: 'stdout', text });

describe('log ring', () => {
  it('keeps the newest lines up to its capacity and counts what it dropped', () => {
    const ring = new LogRing(3);
    for (const n of [1, 2, 3, 4, 5]) ring.push(line(`l${n}`));
    expect([ring.length, ring.dropped]).toEqual([3, 2]);
    expect([0, 1, 2].map((i) => (ring.at(i) as { text: string }).text)).toEqual(['l3', 'l4', 'l5']);
  });
  it('finds matches incrementally and forgets those that left the ring', () => {
    const ring = new LogRing(4);
    const search = { filter: 'x', regex: false, caseSensitive: false };
    for (const t of ['x1', 'a', 'x2']) ring.push(line(t));
    expect(scanMatches(ring, search)).toEqual([0, 2]);
    for (const t of ['b', 'x3']) ring.push(line(t)); // drops x1
    expect(scanMatches(ring, search)).toEqual([2, 4]);
    ring.clear();
    ring.push(line('x9'));
    expect(scanMatches(ring, search)).toEqual([0]);
  });
});
