import type Docker from 'dockerode';
import { hostname } from 'node:os';
import { BerthError } from '../../../shared/errors';
import { engineCall, engineMessage, isStatus } from '../engine/engine-errors';
import type { EngineMonitor } from '../engine/engine-monitor';

/** Where a helper mounts the volume it serves. */
export const VOLUME_MOUNT = '/volume';
/** Every helper carries it, so a list (and a person) can tell what made it. */
export const HELPER_LABEL = 'berth.helper';
/** A browsing helper kept this long after its last use, so walking a volume's folders does not make one per click. */
const IDLE_MS = 3_000;
/** Which Berth made a helper: this machine and process, so a later Berth can tell one whose maker is gone. */
export const HELPER_OWNER = 'berth.helper.owner';
const OWNER = `${hostname()}:${process.pid}`;

/** Images tried, smallest first, for a helper that must run `rm` or `mv` (an image may lack them). */
const RUN_TRIES = 5;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

const noImage = () => new BerthError({ code: 'NOT_FOUND', message: { key: 'errors.files.noLocalImage' } });

/** Local images, smallest first: a helper that never starts can use any; one that runs a command wants a small one. */
async function localImages(docker: Docker): Promise<string[]> {
  const images = await engineCall(() => docker.listImages());
  return images.sort((a, b) => a.Size - b.Size).map((i) => i.Id);
}

function helperSpec(image: string, volume: string, cmd: string[]): Docker.ContainerCreateOptions {
  return {
    Image: image, Cmd: cmd, Entrypoint: [], Labels: { [HELPER_LABEL]: 'files', [HELPER_OWNER]: OWNER }, WorkingDir: '/', User: '0',
    NetworkDisabled: true,
    HostConfig: { Binds: [`${volume}:${VOLUME_MOUNT}`], NetworkMode: 'none', LogConfig: { Type: 'json-file', Config: {} } },
  };
}

interface Helper { id: string; users: number; idle: NodeJS.Timeout | null; made: Promise<string> }

/**
 * Stopped containers that mount a volume, so the engine's archive API can read and add its files: made from any local
 * image (nothing is pulled, nothing started), shared while a volume is being browsed, removed soon after its last use,
 * and on every failure.
 */
export class VolumeHelpers {
  private readonly helpers = new Map<string, Helper>();
  /** One-shot helpers running a command right now (the sweep must leave them). */
  private readonly running = new Set<string>();
  private swept: Promise<void> | null = null;

  constructor(private readonly engine: EngineMonitor, private readonly idleMs = IDLE_MS) {
    // An engine that went away mid-job kept the helpers it could not remove (they hold their volumes): once it is
    // back, every helper of this Berth that no job holds goes.
    engine.on('connected', () => {
      this.swept = null;
      if (this.helpers.size || this.running.size || this.leftBehind) void this.sweep();
    });
  }

  /** Whether a removal failed (the engine was gone): the next connection sweeps. */
  private leftBehind = false;

  /** A stopped helper's id (the volume's files are under VOLUME_MOUNT in it), held until `release` is called. */
  async hold(volume: string): Promise<{ container: string; release(): void }> {
    const helper = this.acquire(volume);
    const release = () => this.release(volume, helper);
    try {
      return { container: await helper.made, release };
    } catch (err) {
      release();
      throw err;
    }
  }

  /** Runs `work` with a stopped helper's id, held for exactly as long. */
  async use<T>(volume: string, work: (container: string) => Promise<T>): Promise<T> {
    const { container, release } = await this.hold(volume);
    try {
      return await work(container);
    } finally {
      release();
    }
  }

  /** Runs a command (`rm`, `mv`) over the volume in a helper of its own that is started, waited for and removed. */
  async run(volume: string, cmd: string[]): Promise<void> {
    const docker = this.engine.requireClient();
    await this.checkVolume(volume);
    const images = (await localImages(docker)).slice(0, RUN_TRIES);
    if (!images.length) throw noImage();
    for (const image of images) {
      const container = docker.getContainer((await engineCall(() => docker.createContainer(helperSpec(image, volume, cmd)))).id);
      this.running.add(container.id);
      try {
        try {
          await container.start();
        } catch (err) {
          if (/executable file not found|no such file or directory/i.test(engineMessage(err))) continue; // this image lacks the tool
          throw err;
        }
        const { StatusCode } = (await container.wait()) as { StatusCode: number };
        if (StatusCode !== 0) {
          const output = (await container.logs({ stdout: true, stderr: true, follow: false })).toString('utf8');
          // The log's frames carry an 8-byte header each; the words are what is left.
          throw new BerthError({ code: 'ENGINE_ERROR', message: { key: 'errors.files.commandFailed' }, detail: output.replace(/[\0-\x08]/g, '').trim() });
        }
        return;
      } finally {
        this.running.delete(container.id);
        await this.removeContainer(container.id);
      }
    }
    throw new BerthError({ code: 'NOT_FOUND', message: { key: 'errors.files.noToolImage' } });
  }

  /** Removes the volume's helper now if no one uses it (the volume is about to be removed). */
  async evict(volume: string): Promise<void> {
    const helper = this.helpers.get(volume);
    if (!helper || helper.users > 0) return;
    this.helpers.delete(volume);
    await this.remove(helper);
  }

  /** Removes every helper now (the engine's scope is closing). */
  async closeAll(): Promise<void> {
    const all = [...this.helpers.values()];
    this.helpers.clear();
    await Promise.all(all.map((h) => this.remove(h)));
  }

  private async checkVolume(volume: string): Promise<void> {
    // A mount of a missing volume would quietly make one.
    await engineCall(() => this.engine.requireClient().getVolume(volume).inspect());
  }

  /**
   * Removes the helpers no job holds: those a Berth on this machine left when it ended without cleaning up (killed,
   * crashed: their maker's process is gone), and this Berth's own that it could not remove when the engine went away.
   * Another machine's helpers, and other live processes' helpers, are not ours to judge.
   */
  private sweep(): Promise<void> {
    return (this.swept ??= (async () => {
      const docker = this.engine.requireClient();
      const left = await docker.listContainers({ all: true, filters: { label: [HELPER_LABEL] } }).catch(() => null);
      if (!left) {
        this.swept = null; // tried again with the next helper or connection
        return;
      }
      const held = new Set([...this.running, ...[...this.helpers.values()].map((h) => h.id)]);
      const gone = left.filter((c) => {
        const owner = c.Labels[HELPER_OWNER] ?? '';
        if (owner === OWNER) return !held.has(c.Id);
        const [host, pid] = owner.split(':');
        return host === hostname() && pid && !processAlive(Number(pid));
      });
      this.leftBehind = false;
      await Promise.all(gone.map((c) => this.removeContainer(c.Id)));
    })());
  }

  /** Removes a helper; when the engine cannot be asked, the next connection's sweep does it. */
  private async removeContainer(id: string): Promise<void> {
    try {
      await this.engine.requireClient().getContainer(id).remove({ force: true });
    } catch (err) {
      if (!isStatus(err, 404)) this.leftBehind = true;
    }
  }

  private acquire(volume: string): Helper {
    let helper = this.helpers.get(volume);
    if (!helper) {
      const made = this.create(volume);
      helper = { id: '', users: 0, idle: null, made };
      const created = helper;
      made.then((id) => { created.id = id; }, () => { if (this.helpers.get(volume) === created) this.helpers.delete(volume); });
      this.helpers.set(volume, helper);
    }
    if (helper.idle) clearTimeout(helper.idle);
    helper.idle = null;
    helper.users++;
    return helper;
  }

  private release(volume: string, helper: Helper): void {
    if (--helper.users > 0) return;
    helper.idle = setTimeout(() => {
      if (this.helpers.get(volume) === helper && helper.users === 0) {
        this.helpers.delete(volume);
        void this.remove(helper);
      }
    }, this.idleMs);
    helper.idle.unref?.();
  }

  private async create(volume: string): Promise<string> {
    await this.sweep();
    const docker = this.engine.requireClient();
    await this.checkVolume(volume);
    const [image] = await localImages(docker);
    if (!image) throw noImage();
    return (await engineCall(() => docker.createContainer(helperSpec(image, volume, ['berth-files-helper'])))).id;
  }

  private async remove(helper: Helper): Promise<void> {
    if (helper.idle) clearTimeout(helper.idle);
    const id = await helper.made.catch(() => null);
    if (id) await this.removeContainer(id);
  }
}
