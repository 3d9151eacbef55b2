import type { Readable } from 'node:stream';
import type { LayerProgress, TransferEvent } from '../../../shared/images';
import { parseImageReference, type ImageReference } from '../../../shared/parse/parse-image-reference';
import { BerthError } from '../../../shared/errors';
import { streamJob } from '../engine/async-queue';
import type { EngineMonitor } from '../engine/engine-monitor';
import { jobFailed } from '../engine/engine-errors';
import { jsonLines } from '../engine/json-lines';

/** Snapshots go out at most this often: the engine reports many times per layer per second. */
const SNAPSHOT_MS = 100;

interface ProgressLine { status?: string; id?: string; progressDetail?: { current?: number; total?: number }; error?: string; errorDetail?: { message?: string } }

/** The engine's pull or push lines folded into one state: per layer, its latest status and byte counts. */
export class TransferProgress {
  private readonly layers = new Map<string, LayerProgress>();
  status = '';

  apply(line: ProgressLine): void {
    if (line.error || line.errorDetail) throw new Error(line.errorDetail?.message ?? line.error);
    const status = line.status ?? '';
    // Lines without an id, or whose id is the tag being moved, describe the whole transfer.
    if (!line.id || !/^[0-9a-f]{12}$/.test(line.id)) {
      if (status) this.status = line.id ? `${status}: ${line.id}` : status;
      return;
    }
    const before = this.layers.get(line.id);
    const detail = line.progressDetail ?? {};
    const done = /complete|already exists|^pushed$|mounted from/i.test(status);
    const total = detail.total ?? before?.total ?? 0;
    this.layers.set(line.id, { id: line.id, status, total, current: done ? total : detail.current ?? before?.current ?? 0 });
  }

  snapshot(): LayerProgress[] {
    return [...this.layers.values()];
  }
}

export function checkedReference(reference: string, field = 'reference'): ImageReference {
  const parsed = parseImageReference(reference);
  if (!parsed.ok) throw new BerthError({ code: 'INVALID_INPUT', fields: { [field]: parsed.error } });
  return parsed.value;
}

/**
 * A pull or push with per-layer progress, sent as coalesced snapshots. Leaving (cancel) closes the connection, which
 * makes the engine stop the transfer.
 */
export function streamTransfer(open: () => Promise<Readable>, signal: AbortSignal): AsyncGenerator<TransferEvent> {
  return streamJob<TransferEvent>(signal, async (push) => {
    const progress = new TransferProgress();
    const snapshot = () => push({ type: 'progress', status: progress.status, layers: progress.snapshot() });
    let stream: Readable | null = null;
    const stop = () => stream?.destroy();
    signal.addEventListener('abort', stop);
    const timer = setInterval(snapshot, SNAPSHOT_MS);
    try {
      stream = await open();
      if (signal.aborted) stream.destroy();
      for await (const line of jsonLines(stream as AsyncIterable<Buffer>)) progress.apply(line as ProgressLine);
      if (!signal.aborted) {
        snapshot();
        push({ type: 'done', status: progress.status });
      }
    } finally {
      clearInterval(timer);
      signal.removeEventListener('abort', stop);
    }
  }, jobFailed);
}

/** Engine image names: the reference without its tag (the tag goes in the query), as the push endpoint wants. */
export const nameWithoutTag = (ref: ImageReference): string => (ref.registry ? `${ref.registry}/${ref.path}` : ref.path);

export function pullImage(engine: EngineMonitor, reference: string, authconfig: object | undefined, signal: AbortSignal): AsyncGenerator<TransferEvent> {
  checkedReference(reference);
  return streamTransfer(async () => (await engine.requireClient().pull(reference.trim(), { authconfig })) as Readable, signal);
}

/** `docker push` of one tag (newer engines push every tag when none is given). */
export function pushImage(engine: EngineMonitor, reference: string, authconfig: object | undefined, signal: AbortSignal): AsyncGenerator<TransferEvent> {
  const ref = checkedReference(reference);
  if (ref.digest) throw new BerthError({ code: 'INVALID_INPUT', fields: { reference: { key: 'validation.image.pushDigest' } } });
  const image = engine.requireClient().getImage(nameWithoutTag(ref));
  return streamTransfer(async () => (await image.push({ tag: ref.tag || 'latest', authconfig })) as unknown as Readable, signal);
}
