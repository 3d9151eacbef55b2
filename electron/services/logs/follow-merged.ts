import type { LogBatch, LogLine, MergedLogQuery } from '../../../shared/logs';
import { packLines, tsNanos } from '../../../shared/log-wire';
import { AsyncQueue } from '../engine/async-queue';
import type { EngineMonitor } from '../engine/engine-monitor';
import { followLogLines } from './follow-logs';

/** How long the first tails of all containers are gathered, so that they can be shown in time order. */
const TAIL_WINDOW_MS = 400;

const byTime = (a: LogLine, b: LogLine): number => {
  const [x, y] = [tsNanos(a.ts), tsNanos(b.ts)];
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * The logs of several containers as one stream, each line tagged with its container. The containers' tails are
 * gathered briefly and merged by time; after that, lines go on in the order they arrive (live lines are close to
 * time order already). Each container follows on its own: restarts and reconnects as in a single log.
 */
export async function* followMerged(engine: EngineMonitor, query: MergedLogQuery, signal: AbortSignal): AsyncGenerator<LogBatch> {
  const queue = new AsyncQueue<LogBatch>();
  let gathering: LogLine[] | null = [];
  const timer = setTimeout(() => {
    const lines = gathering!.sort(byTime);
    gathering = null;
    if (lines.length) queue.push(packLines(lines));
  }, TAIL_WINDOW_MS);
  const followers = query.ids.map(async (id, source) => {
    for await (const batch of followLogLines(engine, { ...query, id, follow: true }, signal)) {
      if (batch.type === 'lines') {
        const lines = batch.lines.map((line) => ({ ...line, source }));
        if (gathering) gathering.push(...lines);
        else queue.push(packLines(lines));
      } else if (batch.type === 'marker') {
        queue.push({ ...batch, source });
      } else {
        queue.push(batch);
      }
    }
  });
  void Promise.allSettled(followers).then(() => { clearTimeout(timer); queue.end(); });
  yield* queue.iterate(signal);
}
