import type { StatsSample } from './containers';

/** Every running container's newest `docker stats` sample, sent about once a second by the engine's stats hub. */
export interface StatsFrame {
  time: number;
  samples: { id: string; sample: StatsSample }[];
  /** Containers whose stream ended since the last frame (stopped or gone). */
  ended: string[];
}

/** What a container uses now: CPU and memory as sampled, network and disk as rates between two samples. */
export interface Usage {
  cpuPercent: number;
  memoryBytes: number;
  memoryLimitBytes: number;
  netRxPerSecond: number;
  netTxPerSecond: number;
  blockReadPerSecond: number;
  blockWritePerSecond: number;
}

/** A per-second rate from two readings of a cumulative counter; a counter that went back (a restart) reads 0. */
export function ratePerSecond(prev: StatsSample | undefined, next: StatsSample, pick: (s: StatsSample) => number): number {
  if (!prev) return 0;
  const seconds = (next.time - prev.time) / 1000;
  return seconds > 0 ? Math.max(0, (pick(next) - pick(prev)) / seconds) : 0;
}

export function usageBetween(prev: StatsSample | undefined, next: StatsSample): Usage {
  return {
    cpuPercent: next.cpuPercent,
    memoryBytes: next.memoryBytes,
    memoryLimitBytes: next.memoryLimitBytes,
    netRxPerSecond: ratePerSecond(prev, next, (s) => s.networkRxBytes),
    netTxPerSecond: ratePerSecond(prev, next, (s) => s.networkTxBytes),
    blockReadPerSecond: ratePerSecond(prev, next, (s) => s.blockReadBytes),
    blockWritePerSecond: ratePerSecond(prev, next, (s) => s.blockWriteBytes),
  };
}

/** The rate series of a run of samples (the first reads 0: it has nothing before it). */
export const rateSeries = (samples: StatsSample[], pick: (s: StatsSample) => number): number[] =>
  samples.map((s, i) => ratePerSecond(samples[i - 1], s, pick));

export type UsageMeasure = 'cpu' | 'memory' | 'network';
const measureOf: Record<UsageMeasure, (u: Usage) => number> = {
  cpu: (u) => u.cpuPercent,
  memory: (u) => u.memoryBytes,
  network: (u) => u.netRxPerSecond + u.netTxPerSecond,
};

export interface TopOptions {
  /** The value as the view shows it (rounded). */
  round?: (value: number) => number;
  /** The ids in the order last shown. */
  previous?: readonly string[];
  /** Values closer than this are about the same: they keep the order last shown, so the list does not reshuffle on noise. */
  near?: number;
}

/** The `count` biggest users of a measure, biggest first, with their values rounded as shown. */
export function topConsumers(
  usage: ReadonlyMap<string, Usage>, measure: UsageMeasure, count: number,
  { round = (v) => v, previous = [], near = 0 }: TopOptions = {},
): { id: string; value: number }[] {
  const value = measureOf[measure];
  const all = [...usage].map(([id, u]) => ({ id, value: round(value(u)) }));
  // Only the last shown and the biggest by value can make the list; the last shown go first, in their order.
  const shown = new Set(previous);
  const rows = [
    ...previous.flatMap((id) => all.filter((e) => e.id === id)),
    ...all.filter((e) => !shown.has(e.id)).sort((a, b) => b.value - a.value).slice(0, count),
  ];
  // One moves above another only when clearly bigger (insertion sort: a few rows, and stable).
  for (let i = 1; i < rows.length; i++) {
    for (let j = i; j > 0 && rows[j]!.value - rows[j - 1]!.value > near; j--) [rows[j - 1], rows[j]] = [rows[j]!, rows[j - 1]!];
  }
  return rows.slice(0, count);
}

/**
 * The recent usage of every container in a stats feed: the newest, and the last `keep` readings of CPU and memory for
 * sparklines. Containers whose stream ended are dropped.
 */
export class UsageHistory {
  private readonly last = new Map<string, StatsSample>();
  readonly now = new Map<string, Usage>();
  readonly cpu = new Map<string, number[]>();
  readonly memory = new Map<string, number[]>();

  constructor(private readonly keep = 60) {}

  add(frame: StatsFrame): void {
    for (const id of frame.ended) {
      for (const map of [this.last, this.now, this.cpu, this.memory]) map.delete(id);
    }
    for (const { id, sample } of frame.samples) {
      const usage = usageBetween(this.last.get(id), sample);
      this.last.set(id, sample);
      this.now.set(id, usage);
      this.push(this.cpu, id, usage.cpuPercent);
      this.push(this.memory, id, usage.memoryBytes);
    }
  }

  private push(series: Map<string, number[]>, id: string, value: number): void {
    const values = series.get(id) ?? [];
    values.push(value);
    if (values.length > this.keep) values.shift();
    series.set(id, values);
  }
}
