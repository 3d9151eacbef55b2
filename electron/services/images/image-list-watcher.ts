import { EventEmitter, on } from 'node:events';
import type { ImageSummary } from '../../../shared/images';
import type { EngineEvent } from '../engine/engine-event';
import type { EngineMonitor } from '../engine/engine-monitor';

/** Events within this window (a build tags, a prune deletes many) become one list call. */
const SETTLE_MS = 150;

/** Image events, and container create/destroy (they change "used by"): what makes the list stale. */
const changesList = (e: EngineEvent): boolean => e.type === 'image' || (e.type === 'container' && (e.action === 'create' || e.action === 'destroy'));

/**
 * The image list, kept in main and live: listed on every (re)connect and after the engine's events say it changed,
 * whoever changed it (Berth, the CLI, another tool). One list call per burst of events, never two at once.
 */
export class ImageListWatcher extends EventEmitter<{ list: [ImageSummary[]] }> {
  private current: ImageSummary[] | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private again = false;

  constructor(private readonly engine: EngineMonitor, private readonly list: () => Promise<ImageSummary[]>) {
    super();
    this.setMaxListeners(0);
  }

  start(): void {
    this.engine.on('event', (e) => { if (changesList(e)) this.schedule(); });
    this.engine.on('connected', () => {
      this.current = null;
      this.schedule();
    });
    if (this.engine.current.state === 'connected') void this.refresh();
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  /** The list, once read since the engine last connected. */
  snapshot(): ImageSummary[] | null {
    return this.engine.current.state === 'connected' ? this.current : null;
  }

  async *watch(signal: AbortSignal): AsyncGenerator<ImageSummary[]> {
    const lists = on(this, 'list', { signal });
    if (this.current) yield this.current;
    try {
      for await (const [list] of lists) yield list as ImageSummary[];
    } catch (err) {
      if (!signal.aborted) throw err;
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), SETTLE_MS);
  }

  private async refresh(): Promise<void> {
    if (this.running) return void (this.again = true);
    this.running = true;
    try {
      do {
        this.again = false;
        this.current = await this.list();
        this.emit('list', this.current);
      } while (this.again);
    } catch {
      // The engine went away: the next 'connected' lists again.
    } finally {
      this.running = false;
    }
  }
}
