import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { FileJobEvent } from '../../../shared/image-files';
import { engineCall, isStatus } from '../engine/engine-errors';
import type { EngineMonitor } from '../engine/engine-monitor';
import { checkSource, checkTarget, counted, fileJob, invalid, toFile, type Report } from '../files/file-job';
import { listArchiveFolder } from '../files/tar-listing';
import { VOLUME_MOUNT, type VolumeHelpers } from '../files/volume-helpers';

/** The volume's contents as `tar -C /volume -c .` writes them: every entry under `./`. */
const CONTENTS = `${VOLUME_MOUNT}/.`;

const compressed = (file: string): boolean => /\.(tgz|gz)$/i.test(file);

/** Volume export, import and clone: tar streams through stopped helpers, so nothing runs and nothing is pulled. */
export function volumeArchives(engine: EngineMonitor, helpers: VolumeHelpers) {
  const docker = () => engine.requireClient();
  const exists = (name: string) => docker().getVolume(name).inspect().then(() => true, (err: unknown) => (isStatus(err, 404) ? false : Promise.reject(err)));

  const contents = (container: string, signal?: AbortSignal) =>
    engineCall(() => docker().getContainer(container).getArchive({ path: CONTENTS, abortSignal: signal })) as Promise<unknown> as Promise<Readable>;

  /** A tar into the volume's root, counted; a cancel stops the source, which fails the engine's unpacking. */
  async function put(container: string, source: Readable, report: Report, signal: AbortSignal): Promise<void> {
    const stop = () => source.destroy(new Error('cancelled'));
    signal.addEventListener('abort', stop);
    try {
      await engineCall(() => docker().getContainer(container).putArchive(Readable.from(counted(source, report)), { path: VOLUME_MOUNT, abortSignal: signal }));
    } finally {
      signal.removeEventListener('abort', stop);
    }
  }

  /** Whether a volume to fill exists (then it must be empty, and allowed): checked before the job, at the field. */
  async function checkInto(name: string, field: string, allowExisting: boolean): Promise<boolean> {
    const existed = await exists(name);
    if (existed && !allowExisting) throw invalid(field, 'validation.volumeImport.taken', name);
    if (existed && (await helpers.use(name, async (c) => listArchiveFolder(await contents(c), 2))).entries.length) {
      throw invalid(field, 'validation.volumeImport.notEmpty', name);
    }
    return existed;
  }

  /** Fills a volume through its helper; one made here is removed again if that fails, so nothing half-made stays. */
  async function intoVolume(name: string, existed: boolean, fill: (container: string) => Promise<void>): Promise<void> {
    if (!existed) await engineCall(() => docker().createVolume({ Name: name }));
    try {
      await helpers.use(name, fill);
    } catch (err) {
      if (!existed) {
        await helpers.evict(name);
        await docker().getVolume(name).remove().catch(() => {});
      }
      throw err;
    }
  }

  return {
    /** `docker run --rm -v vol:/v busybox tar -C /v -c . > file`, without running anything; `.gz`/`.tgz` compressed. */
    async* exportVolume({ name, path, overwrite }: { name: string; path: string; overwrite: boolean }, signal: AbortSignal): AsyncGenerator<FileJobEvent> {
      const target = await checkTarget(path, overwrite);
      if (!(await exists(name))) throw invalid('name', 'validation.volumeImport.missing', name);
      yield* fileJob(0, (report, s) => helpers.use(name, (c) =>
        toFile(() => contents(c, s), target, report, s, ...(compressed(target) ? [createGzip({ level: 6 })] : []))), signal);
    },

    /** A tar (plain or gzip: the engine unpacks either) into a new or empty volume. */
    async* importVolume({ name, path }: { name: string; path: string }, signal: AbortSignal): AsyncGenerator<FileJobEvent> {
      const { source, size } = await checkSource(path);
      const existed = await checkInto(name, 'name', true);
      yield* fileJob(size, async (report, s) => {
        await intoVolume(name, existed, (c) => put(c, createReadStream(source), report, s));
        return [name];
      }, signal);
    },

    /** A new volume with the same files: one helper's tar straight into another's. */
    async* cloneVolume({ name, to }: { name: string; to: string }, signal: AbortSignal): AsyncGenerator<FileJobEvent> {
      if (!(await exists(name))) throw invalid('name', 'validation.volumeImport.missing', name);
      await checkInto(to, 'to', false);
      yield* fileJob(0, async (report, s) => {
        await helpers.use(name, (from) => intoVolume(to, false, async (into) => put(into, await contents(from, s), report, s)));
        return [to];
      }, signal);
    },
  };
}
