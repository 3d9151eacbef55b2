import type { RecentEvent } from '../../../shared/events';
import { AsyncQueue, Batcher } from './async-queue';
import type { EngineEvent } from './engine-event';
import type { EngineMonitor } from './engine-monitor';

const KEEP = 50;
/** Noise for a person: exec, attach and resize come with every shell; top and archive calls are Berth's own reads. */
const QUIET = new Set(['exec_create', 'exec_start', 'exec_die', 'exec_detach', 'attach', 'detach', 'resize', 'top', 'archive-path', 'extract-to-dir', 'commit']);

export const toRecentEvent = (e: EngineEvent): RecentEvent => ({
  time: Math.floor(e.timeNano / 1e6), type: e.type, action: e.action, id: e.id,
  name: e.attributes.name ?? e.attributes.image ?? '',
});

/** The engine's last events, kept as they come, for the dashboard: the recent ones first, then the new ones in batches. */
export class RecentEvents {
  private readonly ring: RecentEvent[] = [];
  private readonly listeners = new Set<(e: RecentEvent) => void>();

  constructor(engine: Pick<EngineMonitor, 'on'>) {
    engine.on('event', (e: EngineEvent) => {
      if (QUIET.has(e.action)) return;
      const event = toRecentEvent(e);
      this.ring.push(event);
      if (this.ring.length > KEEP) this.ring.shift();
      for (const listener of this.listeners) listener(event);
    });
  }

  async *watch(signal: AbortSignal): AsyncGenerator<RecentEvent[]> {
    const queue = new AsyncQueue<RecentEvent[]>();
    const batcher = new Batcher<RecentEvent>((batch) => queue.push(batch), { delayMs: 250, maxItems: KEEP });
    const listener = (e: RecentEvent) => batcher.add(e);
    this.listeners.add(listener);
    try {
      yield [...this.ring];
      yield* queue.iterate(signal);
    } finally {
      this.listeners.delete(listener);
      batcher.flush();
    }
  }
}
