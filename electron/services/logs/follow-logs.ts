import type { Readable } from 'node:stream';
import type Docker from 'dockerode';
import { AsyncQueue, Batcher } from '../engine/async-queue';
import type { EngineMonitor } from '../engine/engine-monitor';
import { jobFailed } from '../engine/engine-errors';
import { FrameDecoder } from './log-frames';
import type { LogBatch, LogLine, LogQuery } from '../../../shared/logs';
import { packLines, tsNanos } from '../../../shared/log-wire';
import { FollowPosition, LineSplitter, sinceParam } from './log-lines';
import { openLogStream } from './log-stream';
import { RunWatch } from './run-watch';

/** Lines of a log stream as they arrive, stdout and stderr kept apart (demultiplexed unless the container has a TTY). */
export async function* logLines(stream: AsyncIterable<Buffer>, tty: boolean): AsyncGenerator<LogLine[]> {
  const splitters = { stdout: new LineSplitter('stdout'), stderr: new LineSplitter('stderr') };
  const frames = new FrameDecoder();
  for await (const chunk of stream) {
    if (tty) yield splitters.stdout.push(chunk);
    else yield frames.push(chunk).flatMap((f) => splitters[f.stream].push(f.payload));
  }
  yield [...splitters.stdout.flush(), ...splitters.stderr.flush()];
}

const sinceOf = (ts: string): string => sinceParam(tsNanos(ts));

function waitForClient(engine: EngineMonitor, signal: AbortSignal): Promise<Docker> {
  if (engine.current.state === 'connected') return Promise.resolve(engine.requireClient());
  return new Promise((resolve, reject) => {
    const done = () => { engine.off('connected', onConnected); signal.removeEventListener('abort', onAbort); };
    const onConnected = (docker: Docker) => { done(); resolve(docker); };
    const onAbort = () => { done(); reject(signal.reason); };
    engine.on('connected', onConnected);
    signal.addEventListener('abort', onAbort);
  });
}

/**
 * Tail first, then follow. When the stream ends because the container stopped or the engine went away, it waits for
 * the container to start or the engine to return and goes on from the last line's timestamp: no gap, no duplicate.
 */
export async function* followLogs(engine: EngineMonitor, query: LogQuery, signal: AbortSignal): AsyncGenerator<LogBatch> {
  for await (const event of followLogLines(engine, query, signal)) yield event.type === 'lines' ? packLines(event.lines) : event;
}

/** A follow's events before they are packed for the wire: batches of line objects, markers, errors. */
export type FollowEvent = { type: 'lines'; lines: LogLine[] } | Exclude<LogBatch, { type: 'lines' }>;

export async function* followLogLines(engine: EngineMonitor, query: LogQuery, signal: AbortSignal): AsyncGenerator<FollowEvent> {
  const queue = new AsyncQueue<FollowEvent>();
  const batcher = new Batcher<LogLine>((lines) => queue.push({ type: 'lines', lines }), {
    delayMs: 40, maxItems: 5000, maxWeight: 512 * 1024, weigh: (l) => l.text.length,
  });
  const marker = (kind: Extract<LogBatch, { type: 'marker' }>['kind'], ts = new Date().toISOString()) => {
    batcher.flush();
    queue.push({ type: 'marker', kind, ts });
  };

  void (async () => {
    const position = new FollowPosition();
    // Listening from the start, so a quick restart is not missed.
    const restarts = query.follow ? new RunWatch(engine, query.id, query.id, marker) : null;
    let stream: Readable | null = null;
    const stop = () => stream?.destroy();
    signal.addEventListener('abort', stop);
    try {
      for (let first = true; !signal.aborted; first = false) {
        const docker = await waitForClient(engine, signal);
        const container = docker.getContainer(query.id);
        let info: Docker.ContainerInspectInfo;
        try {
          info = await container.inspect();
        } catch (err) {
          if (!first && engine.current.state !== 'connected') continue; // the engine went away again
          throw err;
        }
        restarts?.seen(info);
        const resumeAt = first ? null : position.resumeFrom();
        const range: { tail?: number; since?: string } = first
          ? { tail: query.tail === 'all' ? undefined : query.tail, since: query.since ? sinceOf(query.since) : undefined }
          : { since: resumeAt === null ? undefined : sinceParam(resumeAt) };
        const until = query.until ? sinceOf(query.until) : undefined;
        // A refusal (e.g. a log driver that cannot be read) is the user's answer; only a lost engine is waited out.
        stream = await openLogStream(container, { follow: query.follow, stdout: true, stderr: true, timestamps: true, until, ...range }, signal)
          .catch(async (err: unknown) => { if (await container.inspect().then(() => true, () => false)) throw err; return null; });
        if (stream) try {
          for await (const lines of logLines(stream, info.Config.Tty)) {
            for (const line of lines) if (!line.ts || position.add(line)) batcher.add(line);
          }
        } catch {
          // The stream broke: below, the container's state tells whether it stopped, went away or the engine did.
        }
        batcher.flush();
        if (!restarts || signal.aborted) break;
        const noticedAt = new Date().toISOString();
        const after = await container.inspect().catch((err: { statusCode?: number }) => (err.statusCode === 404 ? 'gone' : 'unreachable'));
        if (after === 'gone') { marker('end'); break; }
        if (after !== 'unreachable') {
          restarts.ended(after, noticedAt);
          if (after.State.Running) continue;
        }
        await restarts.next(signal);
      }
      if (!query.follow && !signal.aborted) marker('end');
    } catch (err) {
      if (!signal.aborted) queue.push(jobFailed(err));
    } finally {
      restarts?.close();
      signal.removeEventListener('abort', stop);
      batcher.flush();
      queue.end();
    }
  })();
  yield* queue.iterate(signal);
}
