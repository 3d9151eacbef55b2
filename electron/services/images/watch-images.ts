import type { ImageSummary } from '../../../shared/images';
import { AsyncQueue } from '../engine/async-queue';
import type { EngineEvent } from '../engine/engine-event';
import type { EngineMonitor } from '../engine/engine-monitor';

/** Events within this window (a build tags, a prune deletes many) become one list call. */
const SETTLE_MS = 150;

/** Image events, and container create/destroy (they change "used by"): what makes the list stale. */
const changesList = (e: EngineEvent): boolean => e.type === 'image' || (e.type === 'container' && (e.action === 'create' || e.action === 'destroy'));

/**
 * The image list, live: sent now, after every (re)connect, and after the engine's events say it changed, whoever
 * changed it (Berth, the CLI, another tool). One list call per burst of events, never two at once.
 */
export async function* watchImages(engine: EngineMonitor, list: () => Promise<ImageSummary[]>, signal: AbortSignal): AsyncGenerator<ImageSummary[]> {
  const queue = new AsyncQueue<ImageSummary[]>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  const refresh = async (): Promise<void> => {
    if (running) return void (again = true);
    running = true;
    try {
      do {
        again = false;
        queue.push(await list());
      } while (again && !signal.aborted);
    } catch {
      // The engine went away: the next 'connected' sends the list again.
    } finally {
      running = false;
    }
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), SETTLE_MS);
  };
  const onEvent = (e: EngineEvent): void => { if (changesList(e)) schedule(); };
  engine.on('event', onEvent);
  engine.on('connected', schedule);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    engine.off('event', onEvent);
    engine.off('connected', schedule);
  }, { once: true });
  if (engine.current.state === 'connected') void refresh();
  yield* queue.iterate(signal);
}
