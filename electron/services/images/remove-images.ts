import type { RemoveImageOutcome } from '../../../shared/images';
import type { EngineMonitor } from '../engine/engine-monitor';
import { toBerthError } from '../engine/engine-errors';

/**
 * Removes images one by one and says, for each, what happened. When the engine refuses because containers use the
 * image, their names are looked up, so the user knows what to remove (or to force).
 */
export async function removeImages(engine: EngineMonitor, ids: string[], force: boolean): Promise<RemoveImageOutcome[]> {
  const docker = engine.requireClient();
  return Promise.all(ids.map(async (id): Promise<RemoveImageOutcome> => {
    try {
      await docker.getImage(id).remove({ force });
      return { id, ok: true };
    } catch (err) {
      const error = toBerthError(err).data;
      if (error.code !== 'CONFLICT') return { id, ok: false, error };
      const users = await docker.listContainers({ all: true, filters: { ancestor: [id] } }).catch(() => []);
      return { id, ok: false, error, usedBy: users.map((c) => c.Names[0]?.replace(/^\//, '') ?? c.Id.slice(0, 12)) };
    }
  }));
}
