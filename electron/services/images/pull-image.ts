import type { Readable } from 'node:stream';
import type { LayerProgress, PullEvent } from '../../../shared/images';
import { parseImageReference } from '../../../shared/parse/parse-image-reference';
import { BerthError } from '../../../shared/errors';
import { AsyncQueue } from '../engine/async-queue';
import type { EngineMonitor } from '../engine/engine-monitor';
import { engineMessage } from '../engine/engine-errors';
import { jsonLines } from '../engine/json-lines';

/** Snapshots go out at most this often: the engine reports many times per layer per second. */
const SNAPSHOT_MS = 100;

interface PullLine { status?: string; id?: string; progressDetail?: { current?: number; total?: number }; error?: string; errorDetail?: { message?: string } }

/** The engine's progress lines folded into one state: per layer, its latest status and byte counts. */
export class PullProgress {
  private readonly layers = new Map<string, LayerProgress>();
  status = '';

  apply(line: PullLine): void {
    if (line.error || line.errorDetail) throw new Error(line.errorDetail?.message ?? line.error);
    const status = line.status ?? '';
    // Lines without an id, or whose id is the tag being pulled, describe the whole pull.
    if (!line.id || !/^[0-9a-f]{12}$/.test(line.id)) {
      this.status = line.id ? `${status}: ${line.id}` : status;
      return;
    }
    const before = this.layers.get(line.id);
    const detail = line.progressDetail ?? {};
    const done = /complete|already exists/i.test(status);
    const total = detail.total ?? before?.total ?? 0;
    this.layers.set(line.id, { id: line.id, status, total, current: done ? total : detail.current ?? before?.current ?? 0 });
  }

  snapshot(): LayerProgress[] {
    return [...this.layers.values()];
  }
}

/**
 * `docker pull` with per-layer progress. The reference is checked first; leaving (cancel) closes the connection,
 * which makes the engine stop the pull.
 */
export async function* pullImage(engine: EngineMonitor, reference: string, signal: AbortSignal): AsyncGenerator<PullEvent> {
  const parsed = parseImageReference(reference);
  if (!parsed.ok) throw new BerthError({ code: 'INVALID_INPUT', fields: { reference: parsed.error } });
  const queue = new AsyncQueue<PullEvent>();
  const progress = new PullProgress();
  let stream: Readable | null = null;
  const stop = () => stream?.destroy();
  signal.addEventListener('abort', stop);
  const timer = setInterval(() => queue.push({ type: 'progress', status: progress.status, layers: progress.snapshot() }), SNAPSHOT_MS);
  void (async () => {
    try {
      stream = (await engine.requireClient().pull(reference.trim())) as Readable;
      for await (const line of jsonLines(stream as AsyncIterable<Buffer>)) progress.apply(line as PullLine);
      if (!signal.aborted) {
        queue.push({ type: 'progress', status: progress.status, layers: progress.snapshot() });
        queue.push({ type: 'done', status: progress.status });
      }
    } catch (err) {
      if (!signal.aborted) queue.push({ type: 'error', message: engineMessage(err) });
    } finally {
      clearInterval(timer);
      signal.removeEventListener('abort', stop);
      queue.end();
    }
  })();
  yield* queue.iterate(signal);
}
