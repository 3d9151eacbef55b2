import { listedName } from '../../../shared/containers';
import { BerthError } from '../../../shared/errors';
import type { VolumesService } from '../../../shared/api/volumes';
import type { RawDiskUsage } from '../../../shared/system';
import type { VolumeSummary } from '../../../shared/volumes';
import { engineCall, isStatus } from '../engine/engine-errors';
import type { EngineMonitor } from '../engine/engine-monitor';
import type { LiveList } from '../live/live-list';
import type { VolumeHelpers } from '../files/volume-helpers';
import { volumeArchives } from './volume-archives';
import { listVolumes } from './volume-source';

/** Sizes cost the engine a walk of every volume: one walk serves every caller for this long. */
const SIZES_FRESH_MS = 30_000;

export function createVolumesService(engine: EngineMonitor, volumes: LiveList<VolumeSummary>, helpers: VolumeHelpers): VolumesService {
  const archives = volumeArchives(engine, helpers);
  let sizes: { at: number; answer: Promise<Record<string, number>> } | null = null;
  const readSizes = () => engineCall(async () => {
    const df = await engine.requireClient().df() as RawDiskUsage;
    return Object.fromEntries((df.Volumes ?? []).map((v) => [v.Name, v.UsageData?.Size ?? -1]));
  });
  return {
    list: () => listVolumes(engine),
    watch: (signal) => volumes.watchWhole(signal),
    sizes: () => {
      if (!sizes || Date.now() - sizes.at > SIZES_FRESH_MS) {
        const answer = readSizes();
        sizes = { at: Date.now(), answer };
        answer.catch(() => { sizes = null; }); // a failure is not kept: the next ask tries again
      }
      return sizes.answer;
    },
    inspect: ({ name }) => engineCall(() => engine.requireClient().getVolume(name).inspect()),
    create: async ({ name, driver, options, labels }) => {
      const docker = engine.requireClient();
      // The engine answers a create of an existing name with that volume, silently: say it is taken instead.
      if (name && await docker.getVolume(name).inspect().then(() => true, (err) => (isStatus(err, 404) ? false : Promise.reject(err)))) {
        throw new BerthError({ code: 'INVALID_INPUT', fields: { name: { key: 'validation.newVolume.taken', params: { name } } } });
      }
      const made = await engineCall(() => docker.createVolume({ Name: name || undefined, Driver: driver, DriverOpts: options, Labels: labels }));
      return { name: made.name };
    },
    export: (input, signal) => archives.exportVolume(input, signal),
    import: (input, signal) => archives.importVolume(input, signal),
    clone: (input, signal) => archives.cloneVolume(input, signal),
    remove: async ({ name }) => {
      await helpers.evict(name); // an idle browsing helper is Berth's, not a user of the volume
      // Only this volume's users, running or not: the engine filters (by volume name; a mount point is a path, never a name).
      const users = await engineCall(() => engine.requireClient().listContainers({ all: true, filters: { volume: [name] } }));
      if (users.length) {
        throw new BerthError({ code: 'CONFLICT', message: { key: 'errors.volumeInUse', params: { name, names: users.map(listedName).join(', ') } } });
      }
      await engineCall(() => engine.requireClient().getVolume(name).remove());
    },
  };
}
