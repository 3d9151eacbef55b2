import { describe, expect, it } from 'vitest';
import type { StatsSample } from './containers';
import { rateSeries, topConsumers, UsageHistory, usageBetween } from './stats';

const sample = (time: number, over: Partial<StatsSample> = {}): StatsSample => ({
  time, cpuPercent: 0, memoryBytes: 0, memoryLimitBytes: 1000, networkRxBytes: 0, networkTxBytes: 0, blockReadBytes: 0, blockWriteBytes: 0, ...over,
});

describe('stats maths', () => {
  it('rates are per second between two readings; none for the first, none when a counter goes back', () => {
    expect(usageBetween(undefined, sample(1000, { networkRxBytes: 500 })).netRxPerSecond).toBe(0);
    const u = usageBetween(sample(1000, { networkRxBytes: 500, blockWriteBytes: 10 }), sample(3000, { networkRxBytes: 2500, blockWriteBytes: 4 }));
    expect(u.netRxPerSecond).toBe(1000);
    expect(u.blockWritePerSecond).toBe(0);
    expect(rateSeries([sample(0, { networkTxBytes: 0 }), sample(500, { networkTxBytes: 100 })], (s) => s.networkTxBytes)).toEqual([0, 200]);
  });

  it('top consumers are the biggest first, network being in plus out', () => {
    const history = new UsageHistory(3);
    history.add({ time: 0, ended: [], samples: [
      { id: 'a', sample: sample(0, { cpuPercent: 5, memoryBytes: 900 }) },
      { id: 'b', sample: sample(0, { cpuPercent: 50, memoryBytes: 100 }) },
      { id: 'c', sample: sample(0, { cpuPercent: 20, memoryBytes: 500 }) },
    ] });
    history.add({ time: 1000, ended: [], samples: [{ id: 'c', sample: sample(1000, { cpuPercent: 20, memoryBytes: 500, networkRxBytes: 300, networkTxBytes: 100 }) }] });
    expect(topConsumers(history.now, 'cpu', 2).map((t) => t.id)).toEqual(['b', 'c']);
    expect(topConsumers(history.now, 'memory', 1)).toEqual([{ id: 'a', value: 900 }]);
    expect(topConsumers(history.now, 'network', 1)).toEqual([{ id: 'c', value: 400 }]);
  });

  it('ranks values that read the same in the order last shown, so the list does not reshuffle on noise', () => {
    const history = new UsageHistory(3);
    history.add({ time: 0, ended: [], samples: [
      { id: 'a', sample: sample(0, { cpuPercent: 0.04 }) },
      { id: 'b', sample: sample(0, { cpuPercent: 0.02 }) },
      { id: 'c', sample: sample(0, { cpuPercent: 0.6 }) },
    ] });
    const round = (v: number) => Math.round(v * 10) / 10;
    expect(topConsumers(history.now, 'cpu', 3, { round, previous: ['b', 'a'] })).toEqual([
      { id: 'c', value: 0.6 }, { id: 'b', value: 0 }, { id: 'a', value: 0 },
    ]);
    expect(topConsumers(history.now, 'cpu', 3).map((t) => t.id)).toEqual(['c', 'a', 'b']);
    // Within `near` of each other the order last shown holds; clearly bigger moves up, even from outside the list.
    expect(topConsumers(history.now, 'cpu', 2, { previous: ['b', 'a'], near: 0.5 }).map((t) => t.id)).toEqual(['c', 'b']);
    expect(topConsumers(history.now, 'cpu', 2, { previous: ['a', 'b'], near: 0.5 }).map((t) => t.id)).toEqual(['c', 'a']);
  });

  it('keeps the last readings for sparklines and forgets a container whose stream ended', () => {
    const history = new UsageHistory(2);
    for (const cpu of [1, 2, 3]) history.add({ time: cpu * 1000, ended: [], samples: [{ id: 'a', sample: sample(cpu * 1000, { cpuPercent: cpu }) }] });
    expect(history.cpu.get('a')).toEqual([2, 3]);
    history.add({ time: 4000, ended: ['a'], samples: [] });
    expect(history.now.has('a')).toBe(false);
    expect(history.cpu.has('a')).toBe(false);
  });
});
