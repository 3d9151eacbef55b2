import { EventEmitter, on } from 'node:events';
import type Docker from 'dockerode';
import type { EngineAttempt, EngineStatus } from '../../../shared/engine';
import { BerthError, type ErrorData } from '../../../shared/errors';
import { closeDockerClient, createDockerClient } from './create-docker-client';
import type { EngineEndpoint } from './engine-endpoint';
import { toBerthError } from './engine-errors';
import { normalizeEngineEvent, type EngineEvent } from './engine-event';
import { jsonLines } from './json-lines';

export interface MonitorOptions {
  minRetryMs?: number;
  maxRetryMs?: number;
  /** Makes the client for an endpoint (tests: a fake that answers ping, events, version and info). */
  connect?: (endpoint: EngineEndpoint) => Docker;
}

/** What an engine's `/version` says of it, as the status and "Test connection" show it. */
export const versionFacts = (version: Docker.DockerVersion) => ({
  name: (version as { Platform?: { Name?: string } }).Platform?.Name || 'Docker Engine',
  version: version.Version, apiVersion: version.ApiVersion, os: version.Os, arch: version.Arch,
});

/** Container events that change how many containers there are, or how many run. */
const COUNTED = new Set(['create', 'start', 'die', 'destroy', 'pause', 'unpause']);

interface MonitorEvents {
  status: [EngineStatus];
  connected: [Docker];
  event: [EngineEvent];
}

/**
 * Owns the engine connection: tries each endpoint, follows the event stream while connected,
 * and retries with backoff when the engine goes away. Everything else asks it for the client.
 */
export class EngineMonitor extends EventEmitter<MonitorEvents> {
  private status: EngineStatus = { state: 'connecting' };
  private client: Docker | null = null;
  private lastEndpoint: EngineEndpoint | null = null;
  private wasConnected = false;
  private stopped = false;
  private wake: (() => void) | null = null;
  private events: { destroy?: () => void } | null = null;
  private recounting = false;
  private recountAgain = false;
  private readonly minRetryMs: number;
  private readonly maxRetryMs: number;
  private readonly connect: (endpoint: EngineEndpoint) => Docker;

  constructor(
    private readonly endpoints: EngineEndpoint[],
    options: MonitorOptions = {},
  ) {
    super();
    this.setMaxListeners(0);
    this.minRetryMs = options.minRetryMs ?? 250;
    this.maxRetryMs = options.maxRetryMs ?? 4000;
    this.connect = options.connect ?? createDockerClient;
  }

  start(): void {
    void this.run();
  }

  stop(): void {
    this.stopped = true;
    this.events?.destroy?.();
    this.wake?.();
  }

  /** Skip the rest of the current backoff (the "Retry now" button). */
  retryNow(): void {
    this.wake?.();
  }

  get current(): EngineStatus {
    return this.status;
  }

  /** The endpoint that answered last (the first to try before any did): checks that must outlive a restart dial it. */
  get endpoint(): EngineEndpoint | undefined {
    return this.lastEndpoint ?? this.endpoints[0];
  }

  /** The connected client, or a typed "no engine" error for the caller to pass on. */
  requireClient(): Docker {
    if (!this.client) throw new BerthError({ code: 'ENGINE_UNAVAILABLE' });
    return this.client;
  }

  async *watchStatus(signal: AbortSignal): AsyncGenerator<EngineStatus> {
    yield this.status;
    try {
      for await (const [status] of on(this, 'status', { signal })) yield status as EngineStatus;
    } catch (err) {
      if (!signal.aborted) throw err;
    }
  }

  private setStatus(status: EngineStatus): void {
    this.status = status;
    this.emit('status', status);
  }

  private async run(): Promise<void> {
    let delay = this.minRetryMs;
    while (!this.stopped) {
      const attempts: EngineAttempt[] = [];
      for (const endpoint of this.endpoints) {
        if (this.stopped) return;
        const result = await this.session(endpoint);
        if (result === 'ended') {
          delay = this.minRetryMs;
          attempts.push({ endpoint: endpoint.label, error: { code: 'ENGINE_UNAVAILABLE', message: { key: 'engine.connectionLost' } } });
          break;
        }
        attempts.push({ endpoint: endpoint.label, error: result });
      }
      if (this.stopped) return;
      this.setStatus({ state: 'disconnected', attempts, wasConnected: this.wasConnected, retryAt: Date.now() + delay });
      await this.sleep(delay);
      delay = Math.min(delay * 2, this.maxRetryMs);
    }
  }

  /** Connects and follows events until the stream ends ('ended'), or returns why it could not connect. */
  private async session(endpoint: EngineEndpoint): Promise<ErrorData | 'ended'> {
    let docker: Docker;
    let events: NodeJS.ReadableStream;
    let info: EngineStatus & { state: 'connected' };
    try {
      docker = this.connect(endpoint);
    } catch (err) {
      return toBerthError(err).data; // e.g. a TLS file that cannot be read
    }
    try {
      await docker.ping();
      // Subscribe before reading state, so nothing that happens in between is missed.
      events = (await docker.getEvents({})) as NodeJS.ReadableStream;
      const [version, system] = await Promise.all([docker.version(), docker.info()]);
      info = {
        state: 'connected',
        info: {
          ...versionFacts(version),
          kernel: version.KernelVersion ?? '', endpoint: endpoint.label,
          containers: system.Containers ?? 0, running: system.ContainersRunning ?? 0, images: system.Images ?? 0,
        },
      };
    } catch (err) {
      closeDockerClient(docker);
      return toBerthError(err).data;
    }
    this.client = docker;
    this.lastEndpoint = endpoint;
    this.events = events as unknown as { destroy?: () => void };
    this.wasConnected = true;
    this.setStatus(info);
    this.emit('connected', docker);
    try {
      for await (const raw of jsonLines(events as AsyncIterable<Buffer>)) {
        if (this.stopped) break;
        const event = normalizeEngineEvent(raw);
        if (!event) continue;
        this.emit('event', event);
        if (event.type === 'container' && COUNTED.has(event.action)) this.recount(docker);
      }
    } catch {
      // A broken stream is the same news as an ended one: the engine went away.
    } finally {
      this.client = null;
      this.events?.destroy?.();
      this.events = null;
      closeDockerClient(docker);
    }
    return 'ended';
  }

  /** Keeps the status's container counts current; a burst of events costs one /info call at a time, plus one after it. */
  private recount(docker: Docker): void {
    if (this.recounting) {
      this.recountAgain = true;
      return;
    }
    this.recounting = true;
    void docker.info().then(
      (system: { Containers?: number; ContainersRunning?: number; Images?: number }) => {
        const status = this.status;
        if (this.client !== docker || status.state !== 'connected') return;
        const { Containers = 0, ContainersRunning = 0, Images = 0 } = system;
        const info = status.info;
        if (info.containers === Containers && info.running === ContainersRunning && info.images === Images) return;
        this.setStatus({ state: 'connected', info: { ...info, containers: Containers, running: ContainersRunning, images: Images } });
      },
      () => undefined, // the event stream reports a lost engine; a count can wait for the next event
    ).finally(() => {
      this.recounting = false;
      if (this.recountAgain) {
        this.recountAgain = false;
        if (this.client === docker) this.recount(docker);
      }
    });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = null;
        done();
      };
    });
  }
}
