import type Docker from 'dockerode';
import type { EngineMonitor } from '../engine/engine-monitor';

/** The part of the engine monitor a run watch listens to. */
type EngineEvents = Pick<EngineMonitor, 'on' | 'off' | 'current' | 'requireClient'>;

/**
 * The follower's "stopped" and "restarted" markers, each said once per run. A run is known by its StartedAt, read by
 * inspect: a start event only prompts a look, so a late or repeated event cannot invent a restart, and a start landing
 * between the follower's inspect and its stream is still told.
 */
export class RunWatch {
  private stoppedShown = false;
  private runStartedAt = '';
  private wake: ((why: 'restarted' | 'reconnected') => void) | null = null;
  private readonly onEvent = (e: { type: string; action: string; id: string }) => {
    if (e.type === 'container' && e.action === 'start' && (e.id === this.fullId || e.id.startsWith(this.id))) void this.look();
  };
  private readonly onConnected = () => this.wake?.('reconnected');

  constructor(private readonly engine: EngineEvents, private readonly id: string, private fullId: string,
    private readonly marker: (kind: 'stopped' | 'restarted' | 'reconnected', ts?: string) => void) {
    engine.on('event', this.onEvent);
    engine.on('connected', this.onConnected);
  }

  /** What an inspect saw: a run not seen before is a restart, if its stop was told. */
  seen(info: Docker.ContainerInspectInfo): void {
    this.fullId = info.Id;
    if (!info.State.Running || info.State.StartedAt === this.runStartedAt) return;
    this.runStartedAt = info.State.StartedAt;
    if (this.stoppedShown) this.marker('restarted');
    this.stoppedShown = false;
    this.wake?.('restarted');
  }

  /** After the stream ended: stopped, or already running again (a quick restart) — either way this run ended. */
  ended(info: Docker.ContainerInspectInfo, noticedAt: string): void {
    if (info.State.Running && info.State.StartedAt === this.runStartedAt) return; // only the stream broke
    // When it stopped, as the engine recorded it: seen only after the engine came back, it still says the real time.
    const finishedAt = info.State.FinishedAt;
    if (!this.stoppedShown) this.marker('stopped', !finishedAt || finishedAt.startsWith('0001-') ? noticedAt : finishedAt);
    this.stoppedShown = true;
    this.seen(info);
  }

  /** Resolves when the container starts again or the engine comes back, whichever is first. */
  next(signal: AbortSignal): Promise<'restarted' | 'reconnected'> {
    const ready = new Promise<'restarted' | 'reconnected'>((resolve, reject) => {
      const onAbort = () => { this.wake = null; reject(signal.reason); };
      signal.addEventListener('abort', onAbort, { once: true });
      this.wake = (why) => {
        this.wake = null;
        signal.removeEventListener('abort', onAbort);
        if (why === 'reconnected') this.marker('reconnected');
        resolve(why);
      };
    });
    void this.look(); // it may have started since the last inspect, before anyone was waiting
    return ready;
  }

  close(): void {
    this.engine.off('event', this.onEvent);
    this.engine.off('connected', this.onConnected);
  }

  private async look(): Promise<void> {
    if (!this.stoppedShown || this.engine.current.state !== 'connected') return;
    const info = await this.engine.requireClient().getContainer(this.fullId).inspect().catch(() => null);
    if (info) this.seen(info);
  }
}
