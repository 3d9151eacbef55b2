import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FilesService } from '../../../shared/api/files';
import { BerthError } from '../../../shared/errors';
import { childOf, parentOf, type FileTarget } from '../../../shared/files';
import { engineCall, isStatus, toBerthError } from '../engine/engine-errors';
import type { EngineMonitor } from '../engine/engine-monitor';
import { execInContainer } from './container-commands';
import { checkTarget, counted, fileJob, invalid, toFile, type Report } from './file-job';
import { folderArchive, packSources, renamedSource, sourcesOf } from './host-archive';
import { SingleFileBody } from './single-file';
import { listArchiveFolder } from './tar-listing';
import { VOLUME_MOUNT, type VolumeHelpers } from './volume-helpers';

/** What `HEAD /containers/{id}/archive` says of a path (Go's FileMode: the folder and link bits are high). */
interface PathStat { name: string; size: number; mode: number; mtime: string; linkTarget: string }
const GO_DIR = 2 ** 31;

const GO_SYMLINK = 2 ** 27;

const isFolder = (stat: PathStat): boolean => stat.mode >= GO_DIR && Math.floor(stat.mode / GO_DIR) % 2 === 1;
const isLink = (stat: PathStat): boolean => Math.floor(stat.mode / GO_SYMLINK) % 2 === 1;

/** One target's files through the engine: where they are in the container the engine reads, and how to change them. */
interface Place {
  container: string;
  /** The engine path of a browser path. */
  at(path: string): string;
  /** Runs `rm`/`mv` over browser paths; null where no process can (a stopped container's own files). */
  command: ((cmd: (at: (path: string) => string) => string[]) => Promise<void>) | null;
}

/**
 * An uploaded source from its temporary name to its own: a new name or a file is a rename (replacing a file, as the
 * archive API would have); a folder that was there already takes the upload's files into it, as the archive API merges.
 */
function moveInto(temp: string, final: string, existed: boolean): string[] {
  return existed ? ['sh', '-c', 'if [ -d "$2" ] && [ -d "$1" ]; then cp -a "$1/." "$2/" && rm -rf "$1"; else rm -rf "$2" && mv "$1" "$2"; fi', 'sh', temp, final] : ['mv', '--', temp, final];
}

export function createFilesService(engine: EngineMonitor, helpers: VolumeHelpers): FilesService {
  const docker = () => engine.requireClient();

  /** A target's files: a container directly, a volume through its helper (held until released). */
  async function open(target: FileTarget): Promise<Place & { release(): void }> {
    if (target.kind === 'volume') {
      const at = (path: string) => (path === '/' ? VOLUME_MOUNT : VOLUME_MOUNT + path);
      const { container, release } = await helpers.hold(target.name);
      return { container, at, command: (cmd) => helpers.run(target.name, cmd(at)), release };
    }
    const facts = await engineCall(() => docker().getContainer(target.id).inspect());
    const running = facts.State.Running && !facts.State.Paused;
    return {
      container: facts.Id, at: (path) => path, release: () => {},
      command: running ? (cmd) => execInContainer(docker(), facts.Id, cmd((path) => path)) : null,
    };
  }

  async function within<T>(target: FileTarget, work: (place: Place) => Promise<T>): Promise<T> {
    const place = await open(target);
    try {
      return await work(place);
    } finally {
      place.release();
    }
  }

  /** A file job on a target's files, holding them (a volume's helper) until the job ends, however it ends. */
  async function* jobWithin<E>(target: FileTarget, make: (place: Place) => Promise<AsyncIterable<E>>): AsyncGenerator<E> {
    const place = await open(target);
    try {
      yield* await make(place);
    } finally {
      place.release();
    }
  }

  async function stat(place: Place, path: string): Promise<PathStat | null> {
    try {
      const head = (await docker().getContainer(place.container).infoArchive({ path: place.at(path) })) as { headers?: Record<string, string> } & Record<string, string>;
      const raw = head.headers?.['x-docker-container-path-stat'] ?? head['x-docker-container-path-stat'] ?? '';
      return JSON.parse(Buffer.from(raw, 'base64').toString('utf8')) as PathStat;
    } catch (err) {
      if (isStatus(err, 404)) return null;
      throw toBerthError(err);
    }
  }

  async function folderStat(place: Place, folder: string, field = 'path'): Promise<void> {
    const found = await stat(place, folder);
    if (!found) throw invalid(field, 'validation.files.missing', folder);
    if (!isFolder(found)) throw invalid(field, 'validation.files.notFolder', folder);
  }

  const mustChange = (place: Place) => {
    if (!place.command) throw new BerthError({ code: 'CONFLICT', message: { key: 'errors.files.needsRunning' } });
    return place.command;
  };

  async function nameFree(place: Place, path: string, field: string): Promise<void> {
    if (await stat(place, path)) throw invalid(field, 'validation.files.taken', path);
  }

  const getArchive = async (place: Place, path: string, signal?: AbortSignal) =>
    (await engineCall(() => docker().getContainer(place.container).getArchive({ path: place.at(path), abortSignal: signal }))) as unknown as Readable;

  /** One file's bytes out of the engine's single-entry archive, to a temp file renamed when complete. */
  const fileToDisk = (place: Place, path: string, target: string, report: Report, signal: AbortSignal): Promise<string[]> =>
    toFile(() => getArchive(place, path, signal), target, report, signal, new SingleFileBody());

  return {
    abilities: ({ target }) => within(target, async (place) => ({ change: place.command ? null : 'errors.files.needsRunning' })),

    list: ({ target, path }) => within(target, async (place) => {
      await folderStat(place, path);
      return { path, ...(await listArchiveFolder(await getArchive(place, path))) };
    }),

    download: async function* ({ target, path, to, overwrite }, signal) {
      const file = await checkTarget(to, overwrite);
      yield* jobWithin(target, async (place) => {
        const found = await stat(place, path);
        if (!found) throw invalid('path', 'validation.files.missing', path);
        // The archive of a link holds the link, not its target: downloaded, it was an empty file.
        if (isLink(found)) throw new BerthError({ code: 'INVALID_INPUT', fields: { path: { key: 'validation.files.isLink', params: { value: path, target: found.linkTarget } } } });
        const folder = isFolder(found);
        return fileJob(folder ? 0 : found.size, (report, s) => (folder
          ? toFile(() => getArchive(place, path, s), file, report, s)
          : fileToDisk(place, path, file, report, s)), signal);
      });
    },

    upload: async function* ({ target, folder, from, overwrite }, signal) {
      const sources = await sourcesOf(from);
      yield* jobWithin(target, async (place) => {
        await folderStat(place, folder, 'folder');
        const names = sources.map((s) => childOf(folder, s.name));
        const taken = (await Promise.all(names.map(async (n) => ((await stat(place, n)) ? n : null)))).filter((n) => n !== null);
        if (taken.length && !overwrite) throw invalid('from', 'validation.files.exists', taken.join(', '));
        const total = sources.reduce((sum, s) => sum + s.bytes, 0);
        return fileJob(total, async (report, s) => {
          // Where a process can rename (a running container, a volume), each source goes in under a hidden temporary
          // name and is renamed once all of it is there: an engine killed mid-upload leaves no part under the real
          // name (a retry said "exists"). A stopped container's files cannot be renamed: there it goes in as named.
          const staged = place.command ? sources.map((source) => renamedSource(source, `.berth-upload-${randomBytes(8).toString('hex')}`)) : sources;
          const body = Readable.from(counted(packSources(staged), report));
          const stop = () => body.destroy(new Error('cancelled'));
          s.addEventListener('abort', stop);
          const landed = staged.map((source) => childOf(folder, source.name));
          try {
            await engineCall(() => docker().getContainer(place.container).putArchive(body, { path: place.at(folder), abortSignal: s }));
            if (place.command) {
              for (const [i, temp] of landed.entries()) await place.command((at) => moveInto(at(temp), at(names[i]!), taken.includes(names[i]!)));
            }
            return names;
          } catch (err) {
            // What this upload began and did not finish goes; what was there before (replaced or not) is the user's choice.
            const begun = place.command ? landed : names.filter((n) => !taken.includes(n));
            if (place.command && begun.length) await place.command((at) => ['rm', '-rf', '--', ...begun.map(at)]).catch(() => {});
            throw err;
          } finally {
            s.removeEventListener('abort', stop);
          }
        }, signal);
      });
    },

    makeFolder: ({ target, folder, name }) => within(target, async (place) => {
      await folderStat(place, folder, 'folder');
      await nameFree(place, childOf(folder, name), 'name');
      await engineCall(() => docker().getContainer(place.container).putArchive(folderArchive(name), { path: place.at(folder) }));
    }),

    delete: ({ target, paths }) => within(target, async (place) => {
      if (paths.includes('/')) throw invalid('paths', 'validation.files.root', '/');
      await mustChange(place)((at) => ['rm', '-rf', '--', ...paths.map(at)]);
    }),

    rename: ({ target, path, name }) => within(target, async (place) => {
      if (path === '/') throw invalid('path', 'validation.files.root', '/');
      const command = mustChange(place);
      const to = childOf(parentOf(path), name);
      await nameFree(place, to, 'name');
      await command((at) => ['mv', '--', at(path), at(to)]);
    }),
  };
}
