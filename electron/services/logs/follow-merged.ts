import type { JobFailed } from '../../../shared/errors';
import type { LogBatch, LogLine, LogQuery, MergedLogQuery } from '../../../shared/logs';
import { packLines, tsNanos } from '../../../shared/log-wire';
import { AsyncQueue } from '../engine/async-queue';
import type { EngineMonitor } from '../engine/engine-monitor';
import { followLogLines } from './follow-logs';

const byTime = (a: LogLine, b: LogLine): number => {
  const [x, y] = [tsNanos(a.ts), tsNanos(b.ts)];
  return x < y ? -1 : x > y ? 1 : 0;
};

/** One container's log up to now, whole: a read that does not follow ends once the engine has sent all of it. */
async function readTail(engine: EngineMonitor, query: LogQuery, signal: AbortSignal): Promise<{ lines: LogLine[]; failed: JobFailed | null }> {
  const lines: LogLine[] = [];
  for await (const event of followLogLines(engine, { ...query, follow: false }, signal)) {
    if (event.type === 'lines') lines.push(...event.lines);
    else if (event.type === 'error') return { lines, failed: event };
  }
  return { lines, failed: null };
}

/**
 * Where following goes on after a tail: from the time of its newest line (the engine's own clock, so a remote engine's
 * skew does not matter), leaving out what the tail showed — everything before that time, and its lines at that very time.
 * After an empty tail, the query as asked.
 */
function resume(query: LogQuery, tail: LogLine[]): { query: LogQuery; shown: (line: LogLine) => boolean } {
  const newest = tail.reduce<LogLine | null>((a, b) => (a && byTime(a, b) >= 0 ? a : b), null);
  if (!newest) return { query, shown: () => false };
  const at = tsNanos(newest.ts);
  let repeats = tail.filter((line) => tsNanos(line.ts) === at).length;
  const shown = (line: LogLine) => {
    const ns = tsNanos(line.ts);
    return ns < at || (ns === at && repeats-- > 0);
  };
  return { query: { ...query, tail: 'all', since: newest.ts }, shown };
}

/**
 * The logs of several containers as one stream, each line tagged with its container. Every container's tail is read
 * whole first and all of them merged by time, however long each takes (a fixed gathering window put a tail that came
 * late after the others); then each container is followed from where its tail ended, and live lines go on in the order
 * they arrive (close to time order already). Each container follows on its own: restarts and reconnects as in one log.
 */
export async function* followMerged(engine: EngineMonitor, query: MergedLogQuery, signal: AbortSignal): AsyncGenerator<LogBatch> {
  const single = (id: string): LogQuery => ({ ...query, id, follow: true });
  const tails = await Promise.all(query.ids.map((id) => readTail(engine, single(id), signal)));
  const queue = new AsyncQueue<LogBatch>();
  const merged = tails.flatMap((tail, source) => tail.lines.map((line) => ({ ...line, source }))).sort(byTime);
  if (merged.length) queue.push(packLines(merged));
  const followers = query.ids.map(async (id, source) => {
    const { lines, failed } = tails[source]!;
    if (failed) {
      queue.push(failed);
      return;
    }
    const from = resume(single(id), lines);
    for await (const batch of followLogLines(engine, from.query, signal)) {
      if (batch.type === 'lines') {
        const fresh = batch.lines.filter((line) => !from.shown(line)).map((line) => ({ ...line, source }));
        if (fresh.length) queue.push(packLines(fresh));
      } else if (batch.type === 'marker') {
        queue.push({ ...batch, source });
      } else {
        queue.push(batch);
      }
    }
  });
  void Promise.allSettled(followers).then(() => queue.end());
  yield* queue.iterate(signal);
}
