import { listedName } from '../../../shared/containers';
import type { RemoveImageOutcome } from '../../../shared/images';
import type { EngineMonitor } from '../engine/engine-monitor';
import { toBerthError } from '../engine/engine-errors';

type Docker = ReturnType<EngineMonitor['requireClient']>;

/** The names of the containers made from an image (by id or reference). */
async function usersOf(docker: Docker, image: string): Promise<string[]> {
  const users = await docker.listContainers({ all: true, filters: { ancestor: [image] } }).catch(() => []);
  return users.map(listedName);
}

/**
 * Removes images one after another, as `docker rmi a b` does (in parallel the engine raced on an image two of the tags
 * shared: "unrecognized image ID" for one although both went), and says, for each, what happened. When the engine refuses because containers use the
 * image, their names are looked up, so the user knows what to remove (or to force). When only the tag went, the
 * image stays: that is said too, with the containers that keep using it.
 */
export async function removeImages(engine: EngineMonitor, ids: string[], force: boolean): Promise<RemoveImageOutcome[]> {
  const docker = engine.requireClient();
  const outcomes: RemoveImageOutcome[] = [];
  for (const id of ids) outcomes.push(await removeOne(docker, id, force));
  return outcomes;
}

async function removeOne(docker: Docker, id: string, force: boolean): Promise<RemoveImageOutcome> {
  try {
    const imageId = (await docker.getImage(id).inspect()).Id;
    const answer = (await docker.getImage(id).remove({ force })) as { Deleted?: string }[];
    if (answer.some((entry) => entry.Deleted)) return { id, ok: true };
    return { id, ok: true, untaggedOnly: true, usedBy: await usersOf(docker, imageId) };
  } catch (err) {
    const error = toBerthError(err).data;
    if (error.code !== 'CONFLICT') return { id, ok: false, error };
    return { id, ok: false, error, usedBy: await usersOf(docker, id) };
  }
}
