import type { ContainerSummary, StatsSample } from '../../../shared/containers';
import type { StatsFrame } from '../../../shared/stats';
import { AsyncQueue } from '../engine/async-queue';
import { engineCall } from '../engine/engine-errors';
import type { EngineMonitor } from '../engine/engine-monitor';
import { jsonLines } from '../engine/json-lines';
import type { LiveList } from '../live/live-list';
import { toStatsSample } from './container-stats';

const FRAME_MS = 1000;

/** One engine stats stream, shared by everyone who watches its container. */
interface Stream {
  users: number;
  latest: StatsSample | null;
  readers: Set<AsyncQueue<StatsSample>>;
  close(): void;
}

const sleep = (ms: number, signal: AbortSignal) => new Promise<void>((resolve) => {
  const done = () => { clearTimeout(timer); signal.removeEventListener('abort', done); resolve(); };
  const timer = setTimeout(done, ms);
  signal.addEventListener('abort', done, { once: true });
});

/**
 * `docker stats` for many watchers at once: one engine stream per container however many views show it, every running
 * container for dashboards (a frame about once a second), and no stream at all when nobody looks.
 */
export class StatsHub {
  private readonly streams = new Map<string, Stream>();
  /** Running containers the fleet view holds a stream for (or will again, once the engine is back). */
  private readonly fleet = new Set<string>();
  private readonly left = new Set<string>();
  private fleetWatchers = 0;
  private readonly reconcile = () => this.followFleet();

  constructor(private readonly engine: EngineMonitor, private readonly containers: LiveList<ContainerSummary>) {}

  /** How many engine stats streams are open (the benchmark and tests read it). */
  get openStreams(): number {
    return this.streams.size;
  }

  /** One container's samples as the engine sends them (about one a second). */
  async *one(id: string, signal: AbortSignal): AsyncGenerator<StatsSample> {
    const reader = new AsyncQueue<StatsSample>();
    const stream = await this.acquire(id);
    stream.readers.add(reader);
    try {
      yield* reader.iterate(signal);
    } finally {
      stream.readers.delete(reader);
      this.release(id, stream);
    }
  }

  /** Every running container's newest sample, once a second while someone watches. */
  async *all(signal: AbortSignal): AsyncGenerator<StatsFrame> {
    if (this.fleetWatchers++ === 0) {
      this.containers.start();
      this.containers.on('update', this.reconcile);
      this.engine.on('connected', this.reconcile);
      this.followFleet();
    }
    const sent = new Map<string, StatsSample>();
    try {
      while (!signal.aborted) {
        const frame: StatsFrame = { time: Date.now(), samples: [], ended: [...this.left] };
        this.left.clear();
        for (const id of frame.ended) sent.delete(id);
        for (const id of this.fleet) {
          const latest = this.streams.get(id)?.latest;
          if (latest && sent.get(id) !== latest) {
            frame.samples.push({ id, sample: latest });
            sent.set(id, latest);
          }
        }
        if (frame.samples.length || frame.ended.length) yield frame;
        await sleep(FRAME_MS, signal);
      }
    } finally {
      if (--this.fleetWatchers === 0) {
        this.containers.off('update', this.reconcile);
        this.engine.off('connected', this.reconcile);
        for (const id of [...this.fleet]) this.leave(id);
        this.left.clear();
      }
    }
  }

  /** Holds a stream for each running container, and only those; reopens one that broke while the engine was away. */
  private followFleet(): void {
    const running = new Set(this.containers.snapshot().filter((c) => c.state === 'running').map((c) => c.id));
    for (const id of [...this.fleet]) if (!running.has(id)) this.leave(id);
    if (this.engine.current.state !== 'connected') return;
    for (const id of running) {
      if (this.fleet.has(id) && this.streams.has(id)) continue;
      this.fleet.add(id);
      this.acquire(id).catch(() => {}); // gone already: the list's next update says so
    }
  }

  private leave(id: string): void {
    if (!this.fleet.delete(id)) return;
    this.left.add(id);
    const stream = this.streams.get(id);
    if (stream) this.release(id, stream);
  }

  private async acquire(id: string): Promise<Stream> {
    const open = this.streams.get(id);
    if (open) {
      open.users++;
      return open;
    }
    const stream: Stream = { users: 1, latest: null, readers: new Set(), close: () => {} };
    this.streams.set(id, stream);
    try {
      const body = (await engineCall(() => this.engine.requireClient().getContainer(id).stats({ stream: true }))) as unknown as
        AsyncIterable<Buffer> & { destroy(): void };
      stream.close = () => body.destroy();
      if (stream.users === 0) body.destroy(); // everyone left while it opened
      void this.read(id, stream, body);
      return stream;
    } catch (err) {
      if (this.streams.get(id) === stream) this.streams.delete(id);
      throw err;
    }
  }

  private async read(id: string, stream: Stream, body: AsyncIterable<Buffer>): Promise<void> {
    try {
      for await (const raw of jsonLines(body)) {
        const sample = toStatsSample(raw as Parameters<typeof toStatsSample>[0]);
        stream.latest = sample;
        for (const reader of stream.readers) reader.push(sample);
      }
    } catch {
      // The container stopped or the engine went away: this stream is over either way.
    } finally {
      if (this.streams.get(id) === stream) this.streams.delete(id);
      for (const reader of stream.readers) reader.end();
    }
  }

  private release(id: string, stream: Stream): void {
    if (--stream.users > 0) return;
    if (this.streams.get(id) === stream) this.streams.delete(id);
    stream.close();
  }
}
